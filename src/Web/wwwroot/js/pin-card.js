// The card the host pinned to the stream: a job (with a one-tap apply form for signed-in viewers) or a booth.
// Drawn from the room event itself, so every viewer sees it at once without asking the server for anything.
import { format } from './room-client.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function fact(list, term, value) {
  if (!value) {
    return;
  }
  list.append(element('dt', null, term), element('dd', null, value));
}

function salary(t, job) {
  if (job.salaryMin && job.salaryMax) {
    return format(t['pin.salary_range'], job.salaryMin, job.salaryMax);
  }
  if (job.salaryMin) {
    return format(t['pin.salary_from'], job.salaryMin);
  }
  if (job.salaryMax) {
    return format(t['pin.salary_to'], job.salaryMax);
  }
  return t['pin.salary_none'];
}

function employerLine(t, booth) {
  const line = element('p', 'pin-employer', booth.employerName + ' ');
  line.append(element('span', 'badge ' + (booth.employerVerified ? 'badge-verified' : 'badge-unverified'),
    booth.employerVerified ? t['pin.verified'] : t['pin.unverified']));
  return line;
}

export function renderPin(container, pin, config, onApply) {
  const t = config.texts;
  const label = (prefix, value) => config.labels[prefix + value] ?? value;
  container.replaceChildren();
  if (!pin) {
    return null;
  }
  const booth = pin.kind === 'Job' ? pin.job.booth : pin.booth;
  const [roomId, employerId] = [config.roomId, booth.employerId];
  const boothPath = `/rooms/${roomId}/booths/${employerId}`;
  const card = element('div', 'pin-card');
  if (pin.kind === 'Job') {
    const job = pin.job;
    card.append(element('h3', null, job.title), employerLine(t, booth));
    const facts = element('dl', 'facts');
    fact(facts, t['pin.city'], job.city + ' · ' + label('jobs.work_mode.', job.workMode));
    fact(facts, t['pin.salary'], salary(t, job));
    fact(facts, t['pin.headcount'], String(job.headcount));
    fact(facts, t['pin.accommodations'], job.accommodations.map((a) => label('jobs.accommodation.', a)).join(t['pin.separator']));
    fact(facts, t['pin.categories'], job.suitableCategories.map((c) => label('people.DisabilityCategory.', c)).join(t['pin.separator']));
    fact(facts, t['pin.benefits'], job.benefits.map((b) => label('jobs.benefit.', b)).join(t['pin.separator']));
    card.append(facts);
    const links = element('p', 'pin-links');
    const details = element('a', null, t['pin.job_details']);
    details.href = `/jobs/${job.jobId}`;
    const boothLink = element('a', null, format(t['pin.booth_link'], booth.employerName));
    boothLink.href = boothPath;
    links.append(details, ' ', boothLink);
    card.append(links);
    card.append(applyForm(t, config, job, boothPath, onApply));
  } else {
    card.append(element('h3', null, format(t['pin.booth_title'], booth.employerName)), employerLine(t, booth));
    card.append(element('p', null, format(t['pin.booth_jobs'], booth.jobCount)));
    const link = element('a', null, format(t['pin.booth_link'], booth.employerName));
    link.href = boothPath;
    card.append(element('p')).append(link);
  }
  container.append(card);
  return card;
}

function applyForm(t, config, job, boothPath, onApply) {
  if (!config.signedIn) {
    const link = element('a', null, t['pin.sign_in']);
    link.href = '/account/login?returnUrl=' + encodeURIComponent(location.pathname);
    const line = element('p');
    line.append(link);
    return line;
  }
  // A real form: without script it posts to the booth page, which sends the seeker back here.
  const form = element('form', 'pin-apply');
  form.method = 'post';
  form.action = `${boothPath}?handler=Apply`;
  const token = document.querySelector('input[name="__RequestVerificationToken"]');
  if (token) {
    form.append(token.cloneNode());
  }
  for (const [name, value] of [['jobId', job.jobId], ['returnUrl', location.pathname]]) {
    const hidden = element('input');
    hidden.type = 'hidden';
    hidden.name = name;
    hidden.value = value;
    form.append(hidden);
  }
  const share = element('input');
  share.type = 'checkbox';
  share.name = 'shareDisability';
  share.value = 'true';
  share.id = 'pin-share';
  const shareLabel = element('label', null, t['pin.share']);
  shareLabel.htmlFor = 'pin-share';
  const shareLine = element('p');
  shareLine.append(share, ' ', shareLabel);
  const submit = element('button', 'primary', format(t['pin.apply'], job.title));
  submit.type = 'submit';
  submit.id = 'pin-apply';
  const submitLine = element('p');
  submitLine.append(submit);
  form.append(shareLine, submitLine);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onApply(job, job.booth, share.checked, submit);
  });
  return form;
}
