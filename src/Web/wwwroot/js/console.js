// The caption console: partial text streams while typing, Enter finishes the line.
import { RoomClient, readConfig, format, appendCaption, errorMessage, renderStatus, announce } from './room-client.js';
import { ModerationPanel } from './moderation.js';
import { SaleConsole } from './sale-console.js';

const config = readConfig();
const t = config.texts;
const $ = (id) => document.getElementById(id);

const input = $('caption-input');
const speaker = $('speaker');
const charCount = $('char-count');
const errorBox = $('console-error');
const statusBadge = $('room-status');
const startButton = $('start-room');
const endButton = $('end-room');
const endConfirm = $('end-confirm');
const transcript = $('transcript');
const announcer = $('announcer');
const connectionStatus = $('connection-status');

function newSegmentId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let segmentId = newSegmentId();
let status = null;

// The alert box is rewritten only when its message changes, so a failing partial per keystroke is said once.
function showError(error) {
  const message = error ? format(t.error, errorMessage(error)) : '';
  if (errorBox.textContent !== message) {
    errorBox.textContent = message;
  }
}

function showStatus(next, spoken) {
  status = next;
  renderStatus(statusBadge, next, t);
  startButton.disabled = next !== 'Scheduled';
  endButton.disabled = next === 'Ended';
  input.disabled = next !== 'Live';
  if (spoken) {
    announcer.textContent = format(t.status_changed, t['status.' + next]);
  }
}

// Charity sales: the product list with pin and unpin buttons.
const saleConsole = $('sale-console') ? new SaleConsole(config, (message) => announce(announcer, message)) : null;

const client = new RoomClient(config, {
  onSnapshot(snapshot) {
    saleConsole?.pinned(snapshot.pin);
    showStatus(snapshot.status, false);
    for (const caption of snapshot.recentCaptions) {
      appendCaption(transcript, caption);
    }
    moderation.load();
  },
  onEvent(event) {
    if (event.kind === 'CaptionFinal') {
      appendCaption(transcript, event.caption);
    } else if (event.kind === 'StatusChanged') {
      showStatus(event.status, true);
    } else if (event.kind === 'ChatPosted') {
      moderation.posted(event.chat);
    } else if (event.kind === 'PinChanged') {
      saleConsole?.pinned(event.pin);
    } else if (event.kind === 'ChatRemoved') {
      moderation.removedMessages(event.removedMessageIds);
    }
  },
  onConnection(state) {
    connectionStatus.textContent = t[state];
  },
  onError: showError,
});
const moderation = new ModerationPanel(client, config);

// Sends go out one at a time, in order; while one is in flight only the newest partial text waits.
let queue = Promise.resolve();
let partialWaiting = false;

function sendPartial() {
  if (partialWaiting) {
    return;
  }
  partialWaiting = true;
  queue = queue.then(async () => {
    partialWaiting = false;
    const text = input.value.trim();
    if (!text || status !== 'Live') {
      return;
    }
    try {
      await client.invoke('SendCaption', { segmentId, text, isFinal: false, speaker: speaker.value });
      showError(null);
    } catch (error) {
      showError(error);
    }
  });
}

// The box is cleared at once so the captioner can keep typing the next line; if the line is refused,
// it comes back in front of whatever was typed since, with its own segment id, so a retry cannot store it twice.
function sendFinal() {
  const text = input.value.trim();
  if (!text) {
    return;
  }
  const id = segmentId;
  segmentId = newSegmentId();
  input.value = '';
  updateCount();
  queue = queue.then(async () => {
    try {
      await client.invoke('SendCaption', { segmentId: id, text, isFinal: true, speaker: speaker.value });
      showError(null);
    } catch (error) {
      showError(error);
      const typedSince = input.value.trim();
      input.value = typedSince ? `${text} ${typedSince}` : text;
      segmentId = id;
      updateCount();
    }
  });
}

function updateCount() {
  charCount.textContent = format(t.chars, input.value.length);
}

input.addEventListener('input', (event) => {
  updateCount();
  // Pinyin being composed is not yet words: viewers get the line once a candidate is chosen.
  if (!event.isComposing) {
    sendPartial();
  }
});
input.addEventListener('compositionend', sendPartial);
input.addEventListener('keydown', (event) => {
  // Enter during IME composition picks a candidate; it must not end the line.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    sendFinal();
  }
});

startButton.addEventListener('click', async () => {
  try {
    const snapshot = await client.invoke('StartRoom');
    showStatus(snapshot.status, false);
    showError(null);
    input.focus();
  } catch (error) {
    showError(error);
  }
});
endButton.addEventListener('click', () => {
  endConfirm.hidden = false;
  $('end-no').focus();
});
$('end-no').addEventListener('click', () => {
  endConfirm.hidden = true;
  endButton.focus();
});
$('end-yes').addEventListener('click', async () => {
  try {
    const snapshot = await client.invoke('EndRoom');
    showStatus(snapshot.status, false);
    endConfirm.hidden = true;
    showError(null);
    statusBadge.focus();
  } catch (error) {
    showError(error);
  }
});

client.start();
