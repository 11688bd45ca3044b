// A seeker's place at a booth and their interview, on the booth page and the room page. The panel's markup
// comes from the server (_QueuePanel); this follows it live: `queuePlace` moves the place, `interviewEvent`
// drives the interview. Only what changed is announced, through the panel's own status region.
import { format, errorMessage, announce, timeSpanSeconds } from './room-client.js';
import { appendInterviewMessage } from './interview-common.js';
import { api } from './api.js';

const typingEvery = 3000;
const typingShownFor = 5000;

function minutes(timeSpan) {
  return Math.max(1, Math.ceil(timeSpanSeconds(timeSpan) / 60));
}

function clock(iso) {
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
}

// A short two-note chime; browsers allow it because the person has already interacted with the page.
function chime() {
  try {
    const audio = new AudioContext();
    [660, 880].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + i * 0.25);
      oscillator.stop(audio.currentTime + i * 0.25 + 0.2);
    });
  } catch {
    // No sound on this device: the banner, the announcement and the vibration still tell them.
  }
}

class QueuePanel {
  constructor(owner, element) {
    this.owner = owner;
    this.t = owner.t;
    this.element = element;
    this.roomId = element.dataset.room;
    this.employerId = element.dataset.employer;
    this.boothId = `${this.roomId}.${this.employerId}`;
    this.api = `/api/fairs/${this.roomId}/booths/${this.employerId}`;
    this.applicationId = element.dataset.application || null;
    this.state = element.dataset.state;
    this.position = null;
    this.lastTyping = 0;
    const prefix = `q-${this.employerId}-`;
    this.$ = (id) => document.getElementById(prefix + id);
    this.wire();
    if (this.state === 'Called') {
      this.startCountdown(this.$('state').dataset.answerBy);
    }
  }

  wire() {
    this.element.querySelector('[data-action="answer"]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(async () => this.showInterview(await api('POST', `${this.api}/answer`), true));
    });
    this.element.querySelector('[data-action="leave"]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(async () => this.place(await api('DELETE', `${this.api}/place`)));
    });
    const form = this.$('message-form');
    const input = this.$('message');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) {
        return;
      }
      this.run(async () => {
        const message = await api('POST', `${this.api}/interviews/${this.applicationId}/messages`, { text });
        input.value = '';
        this.append(message);
      });
    });
    input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter starts a new line, as in most chat boxes.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    input.addEventListener('input', () => {
      const now = Date.now();
      if (this.applicationId && now - this.lastTyping > typingEvery) {
        this.lastTyping = now;
        this.owner.client.invoke('InterviewTyping', this.employerId, this.applicationId).catch(() => {});
      }
    });
    this.$('end').addEventListener('click', () => {
      this.run(async () => this.showInterview(await api('POST', `${this.api}/interviews/${this.applicationId}/end`), false));
    });
  }

  async run(action) {
    try {
      await action();
    } catch (error) {
      this.announce(format(this.t.request_failed, errorMessage(error)));
    }
  }

  announce(message) {
    announce(this.$('announcer'), message);
  }

  async watch() {
    this.place(await this.owner.client.invoke('WatchBooth', this.employerId), true);
    if (this.state === 'Interviewing' && this.applicationId) {
      this.showInterview(await api('GET', `${this.api}/interviews/${this.applicationId}`), false);
    }
  }

  place(place, quiet = false) {
    const previous = this.state;
    this.state = place.state;
    this.element.dataset.state = place.state;
    if (place.applicationId) {
      this.applicationId = place.applicationId;
    }
    const stateText = this.$('state');
    this.$('leave-form').hidden = !(place.state === 'Waiting' || place.state === 'Called');
    if (place.state !== 'Called') {
      this.stopCalling();
    }
    switch (place.state) {
      case 'Waiting': {
        const ahead = place.position - 1;
        stateText.textContent = format(this.t['queue.waiting'], place.position, ahead, minutes(place.estimatedWait))
          + (place.boothStatus === 'Paused' ? ' ' + this.t['queue.paused'] : '');
        if (!quiet && this.position !== null && place.position < this.position) {
          this.announce(format(this.t['queue.moved'], ahead));
        }
        this.position = place.position;
        break;
      }
      case 'Called':
        stateText.textContent = this.t['queue.called'];
        if (previous !== 'Called') {
          this.called(place.answerBy);
        }
        break;
      case 'Interviewing':
        stateText.textContent = this.t['queue.interviewing'];
        break;
      default:
        stateText.textContent = this.t['queue.none'];
        this.position = null;
        break;
    }
  }

  // Their turn: a visible banner, an alert for screen readers, a sound, a vibration, the tab's title, and
  // the keyboard focus on the button that answers.
  called(answerBy) {
    const banner = this.$('call');
    banner.hidden = false;
    this.$('call-text').textContent = this.t['queue.called'];
    chime();
    navigator.vibrate?.([300, 150, 300]);
    if (!document.title.startsWith(this.t['queue.title_called'])) {
      document.title = this.t['queue.title_called'] + document.title;
    }
    this.$('answer').focus();
    this.startCountdown(answerBy);
  }

  startCountdown(answerBy) {
    window.clearInterval(this.countdown);
    if (!answerBy) {
      return;
    }
    const deadline = this.$('call-deadline');
    const tick = () => {
      const left = Math.max(0, Math.round((new Date(answerBy) - Date.now()) / 1000));
      deadline.textContent = format(this.t['queue.answer_by'], clock(answerBy), left);
    };
    tick();
    this.countdown = window.setInterval(tick, 1000);
  }

  stopCalling() {
    window.clearInterval(this.countdown);
    this.$('call').hidden = true;
    this.$('call-text').textContent = '';
    if (document.title.startsWith(this.t['queue.title_called'])) {
      document.title = document.title.slice(this.t['queue.title_called'].length);
    }
  }

  showInterview(interview, focus) {
    this.applicationId = interview.applicationId;
    this.stopCalling();
    this.$('interview').hidden = false;
    this.$('interview-with').textContent = format(this.t['interview.with'], interview.recruiterName, interview.jobTitle);
    this.videoLink(interview.videoLink);
    for (const message of interview.messages) {
      this.append(message);
    }
    this.ended(!interview.active);
    if (interview.active) {
      this.$('state').textContent = this.t['queue.interviewing'];
      this.$('leave-form').hidden = true;
      if (focus) {
        this.$('message').focus();
      }
    }
  }

  videoLink(url) {
    const holder = this.$('video');
    holder.hidden = !url;
    if (url) {
      this.$('video-link').href = url;
    }
  }

  ended(isEnded) {
    this.$('message-form').hidden = isEnded;
    this.$('end').hidden = isEnded;
    this.$('ended').hidden = !isEnded;
    if (isEnded) {
      this.$('typing').textContent = '';
    }
  }

  // The applicant's side: their own messages are "mine".
  append(message) {
    return appendInterviewMessage(this.$('log'), message, message.fromApplicant);
  }

  async interviewEvent(event) {
    switch (event.kind) {
      case 'Started':
        this.showInterview(event.interview, false);
        this.announce(format(this.t['interview.started'], event.interview.recruiterName));
        break;
      case 'Message':
        if (this.append(event.message) && !event.message.fromApplicant) {
          this.$('typing').textContent = '';
          this.announce(format(this.t['interview.from'], event.message.authorName, event.message.text));
        }
        break;
      case 'Typing': {
        const typing = this.$('typing');
        typing.textContent = this.t['interview.typing'];
        window.clearTimeout(this.typingTimer);
        this.typingTimer = window.setTimeout(() => { typing.textContent = ''; }, typingShownFor);
        break;
      }
      case 'Changed':
        if (event.interview.videoLink && this.$('video').hidden) {
          this.announce(this.t['interview.video']);
        }
        this.videoLink(event.interview.videoLink);
        break;
      case 'Ended':
        this.ended(true);
        this.announce(this.t['interview.ended']);
        break;
      case 'Outcome': {
        const application = await api('GET', `/api/me/applications/${this.applicationId}`);
        if (application.outcome) {
          const outcome = this.t['outcome.' + application.outcome];
          this.$('ended').firstChild.textContent = format(this.t['interview.outcome'], outcome) + ' ';
          this.announce(format(this.t['interview.outcome'], outcome));
        }
        break;
      }
      default:
        break;
    }
  }
}

export class QueuePanels {
  constructor(client, config) {
    this.client = client;
    this.t = config.texts;
    this.panels = new Map();
    for (const element of document.querySelectorAll('[data-queue-panel]')) {
      this.attach(element);
    }
    client.connection.on('queuePlace', (place) => this.panels.get(place.boothId)?.place(place));
    client.connection.on('interviewEvent', (event) => {
      for (const panel of this.panels.values()) {
        if (panel.applicationId === event.applicationId) {
          panel.interviewEvent(event);
        }
      }
    });
  }

  attach(element) {
    const panel = new QueuePanel(this, element);
    this.panels.set(panel.boothId, panel);
    return panel;
  }

  // After every (re)connection: a new connection follows nothing until it asks again.
  async watchAll() {
    await Promise.all([...this.panels.values()].map((panel) => panel.watch().catch((error) => panel.announce(errorMessage(error)))));
  }

  // After applying from the room page: draw the booth's panel from the server and follow it.
  async add(roomId, employerId, container) {
    const response = await fetch(`/rooms/${roomId}/booths/${employerId}?handler=Panel`, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(response.statusText);
    }
    const boothId = `${roomId}.${employerId}`;
    this.panels.get(boothId)?.element.remove();
    const holder = document.createElement('div');
    // The fragment is the server's own escaped markup (_QueuePanel), not text from anyone else.
    holder.innerHTML = await response.text();
    const element = holder.querySelector('[data-queue-panel]');
    container.append(element);
    const panel = this.attach(element);
    await panel.watch();
    return panel;
  }
}
