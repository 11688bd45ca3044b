// Shared by the room page and the caption console: one SignalR connection to the room hub that
// applies events strictly in sequence order, asks for what it missed, and rejoins after reconnects.
/* global signalR */

export function readConfig() {
  return JSON.parse(document.getElementById('room-config').textContent);
}

export function format(template, ...args) {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

// HubException messages arrive as "... HubException: code: explanation"; people need the explanation.
export function errorMessage(error) {
  const text = String(error?.message ?? error);
  const hub = text.lastIndexOf('HubException: ');
  const detail = hub >= 0 ? text.slice(hub + 'HubException: '.length) : text;
  const colon = detail.indexOf(': ');
  return colon > 0 && /^[a-z_.]+$/.test(detail.slice(0, colon)) ? detail.slice(colon + 2) : detail;
}

// The stable code in front of a HubException's explanation ("chat.muted"), or null.
export function errorCode(error) {
  const text = String(error?.message ?? error);
  const hub = text.lastIndexOf('HubException: ');
  const detail = hub >= 0 ? text.slice(hub + 'HubException: '.length) : text;
  const match = /^([a-z_.]+): /.exec(detail);
  return match ? match[1] : null;
}

// Says a message once through a live region; cleared first so repeating the same words is still announced.
export function announce(region, message) {
  region.textContent = '';
  window.setTimeout(() => { region.textContent = message; }, 50);
}

// A .NET TimeSpan as JSON ("hh:mm:ss" or "d.hh:mm:ss", maybe with fractions) in whole seconds; 0 when absent.
export function timeSpanSeconds(timeSpan) {
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(timeSpan ?? '');
  return match ? ((Number(match[1] ?? 0) * 24 + Number(match[2])) * 60 + Number(match[3])) * 60 + Number(match[4]) : 0;
}

export function clockTime(iso) {
  const date = new Date(iso);
  return date.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
}

// Appends a final caption line unless the list already shows it. Text is always set as text, never HTML.
export function appendCaption(list, caption) {
  if (list.querySelector(`li[data-id="${CSS.escape(caption.id)}"]`)) {
    return false;
  }
  const item = document.createElement('li');
  item.dataset.id = caption.id;
  const time = document.createElement('time');
  time.dateTime = caption.startedAt;
  time.textContent = clockTime(caption.startedAt);
  item.append(time, ' ');
  if (caption.speaker) {
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    speaker.textContent = caption.speaker + '：';
    item.append(speaker);
  }
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = caption.text;
  item.append(text);

  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  list.append(item);
  if (nearBottom) {
    list.scrollTop = list.scrollHeight;
  }
  document.getElementById('transcript-empty')?.remove();
  return true;
}

export function renderStatus(badge, status, texts) {
  badge.textContent = texts['status.' + status];
  badge.className = 'badge badge-' + status.toLowerCase();
}

const callTimeoutMs = 15000;
const sleep = (ms) => new Promise((resolve) => { window.setTimeout(resolve, ms); });

// Keep trying for as long as the page is open: a fair lasts hours, a network drop may last minutes.
const retryDelay = (attempt) => Math.min(30000, 1000 * 2 ** Math.min(attempt, 5));

export class RoomClient {
  constructor(config, handlers) {
    this.roomId = config.roomId;
    this.texts = config.texts;
    this.handlers = handlers;
    this.lastSequence = null; // null until the first snapshot
    this.buffer = new Map();
    this.catchingUp = false;
    this.generation = 0; // rises with every (re)join; work begun for an older one is dropped
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl(config.hub, { transport: signalR.HttpTransportType.WebSockets })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
      .withStatefulReconnect()
      .build();
    this.stopped = false; // set for good once a moderator removes this person from the room
    this.connection.on('roomEvent', (event) => this.receive(event));
    this.connection.on('removedFromRoom', (roomId) => {
      if (roomId === this.roomId) {
        this.removed();
      }
    });
    this.connection.onreconnecting(() => handlers.onConnection?.('reconnecting'));
    this.connection.onreconnected(() => this.join('reconnected'));
    this.connection.onclose(() => {
      if (this.stopped) {
        return;
      }
      handlers.onConnection?.('reconnecting');
      this.start();
    });
  }

  // Connects and joins, retrying until it works, unless the person may not be here at all.
  async start() {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        if (this.connection.state === signalR.HubConnectionState.Disconnected) {
          await this.connection.start();
        }
        await this.join('connected');
        return;
      } catch (error) {
        if (errorCode(error) === 'room.blocked') {
          this.removed();
          return;
        }
        this.handlers.onConnection?.(attempt === 0 ? 'reconnecting' : 'disconnected');
        await sleep(retryDelay(attempt));
      }
    }
  }

  // Stops for good: no reconnecting, no more events.
  removed() {
    if (this.stopped) {
      return;
    }
    this.stopped = true;
    this.generation++;
    this.buffer.clear();
    this.handlers.onRemoved?.();
    this.connection.stop();
  }

  // Calls fail at once when not connected, and after a time limit otherwise: a call made while the
  // connection was being replaced would otherwise never settle, and everything queued behind it would wait.
  invoke(method, ...args) {
    if (this.connection.state !== signalR.HubConnectionState.Connected) {
      return Promise.reject(new Error(this.texts.disconnected));
    }
    return Promise.race([
      this.connection.invoke(method, this.roomId, ...args),
      sleep(callTimeoutMs).then(() => { throw new Error('Timed out'); }),
    ]);
  }

  // Joins (again), asking only for what was missed since the last applied event.
  async join(state) {
    const generation = ++this.generation;
    this.catchingUp = false;
    this.buffer.clear();
    try {
      const catchUp = await this.invoke('JoinRoom', this.lastSequence);
      if (generation === this.generation) {
        this.apply(catchUp, state === 'reconnected');
        this.handlers.onConnection?.(state);
      }
    } catch (error) {
      if (errorCode(error) === 'room.blocked') {
        this.removed();
        return;
      }
      this.handlers.onError?.(error);
      if (state === 'connected') {
        throw error;
      }
    }
  }

  receive(event) {
    if (this.stopped) {
      return;
    }
    if (this.lastSequence === null || this.catchingUp) {
      this.buffer.set(event.sequence, event);
      return;
    }
    if (event.sequence <= this.lastSequence) {
      return; // already applied (catch-up and live push can overlap)
    }
    if (event.sequence === this.lastSequence + 1) {
      this.deliver(event);
      this.drain();
      return;
    }
    this.buffer.set(event.sequence, event);
    this.catchUp();
  }

  async catchUp() {
    if (this.catchingUp) {
      return;
    }
    this.catchingUp = true;
    const generation = this.generation;
    for (let attempt = 0; generation === this.generation; attempt++) {
      try {
        const catchUp = await this.invoke('GetEventsSince', this.lastSequence);
        if (generation === this.generation) {
          this.catchingUp = false;
          this.apply(catchUp, true);
        }
        return;
      } catch (error) {
        this.handlers.onError?.(error);
        await sleep(retryDelay(attempt));
      }
    }
  }

  apply(catchUp, resync) {
    if (catchUp.snapshot) {
      this.lastSequence = catchUp.snapshot.sequence;
      this.handlers.onSnapshot(catchUp.snapshot, resync);
    }
    for (const event of catchUp.events ?? []) {
      if (event.sequence > this.lastSequence) {
        this.deliver(event);
      }
    }
    this.drain();
  }

  deliver(event) {
    this.lastSequence = event.sequence;
    this.handlers.onEvent(event);
  }

  drain() {
    if (this.catchingUp || this.lastSequence === null) {
      return;
    }
    for (const sequence of [...this.buffer.keys()].sort((a, b) => a - b)) {
      const event = this.buffer.get(sequence);
      if (sequence <= this.lastSequence) {
        this.buffer.delete(sequence);
      } else if (sequence === this.lastSequence + 1) {
        this.buffer.delete(sequence);
        this.deliver(event);
      } else {
        this.catchUp(); // still a hole: ask for it
        return;
      }
    }
  }
}
