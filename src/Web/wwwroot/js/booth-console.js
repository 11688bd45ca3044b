// The recruiter console: draws the booth from its console endpoint, redraws it when the booth says the queue
// changed, and runs the recruiter's side of the text interview. Announces only what the recruiter must know:
// who was called, who answered, what the applicant wrote, and when an interview ended.
import { RoomClient, readConfig, format, errorMessage, clockTime, announce as announceIn, timeSpanSeconds } from './room-client.js';
import { button } from './chat-common.js';
import { appendInterviewMessage } from './interview-common.js';
import { api } from './api.js';

const config = readConfig();
const t = config.texts;
const $ = (id) => document.getElementById(id);
const base = config.api;
let consoleState = null;
let selected = null; // the application whose interview or outcome is open
let lastTyping = 0;

function announce(message) {
  announceIn($('console-announcer'), message);
}

async function run(action) {
  $('console-error').textContent = '';
  try {
    await action();
  } catch (error) {
    $('console-error').textContent = format(t.request_failed, errorMessage(error));
  }
}

function timeSpan(totalSeconds) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}`;
}

function cell(row, text, header = false) {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) {
    element.scope = 'row';
  }
  element.textContent = text;
  row.append(element);
}

function applicationItem(application) {
  const item = document.createElement('li');
  const outcome = application.outcome ? ' · ' + t['outcome.' + application.outcome] : '';
  const due = application.status === 'Called' && application.answerBy ? ' · ' + format(t['recruiter.answer_by'], clockTime(application.answerBy)) : '';
  item.textContent = format(t['recruiter.application'], application.applicantName, application.jobTitle, t['application.' + application.status]) + due + outcome + ' ';
  if (application.status === 'Interviewing' && application.mine) {
    item.append(button(format(t['recruiter.open_interview'], application.applicantName), null, () => run(() => openInterview(application.applicationId, true))));
  }
  if (application.status === 'Interviewed' || application.status === 'NoShow') {
    item.append(button(format(t['recruiter.record_outcome'], application.applicantName), null, () => openOutcome(application)));
  }
  return item;
}

function draw(view) {
  consoleState = view;
  const booth = view.booth;
  $('console-status').textContent = t['booth.' + booth.status];
  for (const statusButton of document.querySelectorAll('[data-status]')) {
    statusButton.setAttribute('aria-pressed', String(statusButton.dataset.status === booth.status));
  }
  if (document.activeElement?.closest('#settings-form') === null || !document.activeElement) {
    $('settings-capacity').value = booth.settings.capacity;
    $('settings-answer').value = timeSpanSeconds(booth.settings.answerTime);
    $('settings-grace').value = timeSpanSeconds(booth.settings.disconnectGrace);
  }
  $('console-waiting').textContent = format(t['recruiter.waiting'], booth.waiting);
  const rows = $('queue-rows');
  rows.replaceChildren(...view.queue.map((entry) => {
    const row = document.createElement('tr');
    cell(row, String(entry.position), true);
    cell(row, entry.jobTitle);
    cell(row, clockTime(entry.joinedAt));
    cell(row, entry.connected ? t['recruiter.connected'] : t['recruiter.away']);
    return row;
  }));
  $('open-list').replaceChildren(...view.open.map(applicationItem));
  $('recent-list').replaceChildren(...view.recent.map(applicationItem));
}

async function refresh() {
  draw(await api('GET', `${base}/console`));
}

// The recruiter's side: the applicant's messages are "theirs".
function appendMessage(message) {
  return appendInterviewMessage($('interview-log'), message, !message.fromApplicant);
}

async function openInterview(applicationId, focus) {
  const interview = await api('GET', `${base}/interviews/${applicationId}`);
  selected = applicationId;
  $('interview-log').replaceChildren();
  $('interview-panel').hidden = false;
  $('outcome-panel').hidden = true;
  $('interview-with').textContent = format(t['recruiter.interview_with'], interview.applicantName, interview.jobTitle);
  $('video-url').value = interview.videoLink ?? '';
  interview.messages.forEach(appendMessage);
  setActive(interview.active);
  // The applicant's accommodations come first, drawn by the server in the recruiter's language.
  const response = await fetch(`${location.pathname}?handler=Applicant&applicationId=${encodeURIComponent(applicationId)}`, { credentials: 'same-origin' });
  $('applicant').innerHTML = response.ok ? await response.text() : '';
  if (focus) {
    $('interview-heading').tabIndex = -1;
    $('interview-heading').focus();
  }
}

function setActive(active) {
  $('interview-form').hidden = !active;
  $('video-form').hidden = !active;
  $('interview-end').hidden = !active;
}

function openOutcome(application) {
  selected = application.applicationId;
  $('outcome-panel').hidden = false;
  $('outcome-for').textContent = format(t['recruiter.outcome_for'], application.applicantName, application.jobTitle);
  const preset = application.outcome ?? (application.status === 'NoShow' ? 'NoShow' : null);
  for (const radio of document.querySelectorAll('input[name="outcome"]')) {
    radio.checked = radio.value === preset;
  }
  $('outcome-heading').tabIndex = -1;
  $('outcome-heading').focus();
}

for (const statusButton of document.querySelectorAll('[data-status]')) {
  statusButton.addEventListener('click', () => run(async () => {
    await api('PUT', `${base}/status`, { status: statusButton.dataset.status });
    await refresh();
    announce(format(t['recruiter.status_now'], t['booth.' + statusButton.dataset.status]));
  }));
}

$('settings-form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(async () => {
    await api('PUT', `${base}/settings`, {
      capacity: Number($('settings-capacity').value),
      answerTime: timeSpan(Number($('settings-answer').value)),
      disconnectGrace: timeSpan(Number($('settings-grace').value)),
    });
    await refresh();
    announce(t['recruiter.settings_saved']);
  });
});

$('call-next').addEventListener('click', () => run(async () => {
  const call = await api('POST', `${base}/call-next`);
  announce(format(t['recruiter.called'], call.applicantName, clockTime(call.answerBy)));
  await refresh();
}));

$('interview-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('interview-message');
  const text = input.value.trim();
  if (!text || !selected) {
    return;
  }
  run(async () => {
    appendMessage(await api('POST', `${base}/interviews/${selected}/messages`, { text }));
    input.value = '';
  });
});
$('interview-message').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $('interview-form').requestSubmit();
  }
});
$('interview-message').addEventListener('input', () => {
  if (selected && Date.now() - lastTyping > 3000) {
    lastTyping = Date.now();
    client.invoke('InterviewTyping', config.employerId, selected).catch(() => {});
  }
});
$('video-form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(async () => {
    const url = $('video-url').value.trim();
    await api('PUT', `${base}/interviews/${selected}/video-link`, { url: url || null });
    announce(t['recruiter.video_saved']);
  });
});
$('interview-end').addEventListener('click', () => run(async () => {
  await api('POST', `${base}/interviews/${selected}/end`);
  setActive(false);
  await refresh();
  const application = consoleState.recent.find((a) => a.applicationId === selected);
  if (application) {
    openOutcome(application);
  }
}));
$('outcome-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value;
  if (!outcome) {
    $('console-error').textContent = t['recruiter.choose_outcome'];
    return;
  }
  run(async () => {
    await api('PUT', `${base}/applications/${selected}/outcome`, { outcome, note: $('outcome-note').value || null });
    $('outcome-note').value = '';
    $('outcome-panel').hidden = true;
    announce(t['recruiter.outcome_saved']);
    await refresh();
  });
});

const client = new RoomClient(config, {
  onSnapshot() {},
  onEvent() {},
  onConnection(state) {
    $('console-connection').textContent = t[state];
    if (state === 'connected' || state === 'reconnected') {
      run(async () => {
        await client.invoke('WatchBoothConsole', config.employerId);
        await refresh();
      });
    }
  },
});
client.connection.on('boothQueue', () => run(refresh));
client.connection.on('interviewEvent', (event) => {
  if (event.kind === 'Started') {
    announce(format(t['recruiter.answered'], event.interview.applicantName));
    run(async () => {
      await refresh();
      await openInterview(event.applicationId, false);
    });
    return;
  }
  if (event.applicationId !== selected) {
    return;
  }
  switch (event.kind) {
    case 'Message':
      if (appendMessage(event.message) && event.message.fromApplicant) {
        $('interview-typing').textContent = '';
        announce(format(t['interview.from'], event.message.authorName, event.message.text));
      }
      break;
    case 'Typing':
      $('interview-typing').textContent = t['interview.typing'];
      window.setTimeout(() => { $('interview-typing').textContent = ''; }, 5000);
      break;
    case 'Ended':
      setActive(false);
      announce(t['interview.ended']);
      run(refresh);
      break;
    default:
      break;
  }
});
client.start();
