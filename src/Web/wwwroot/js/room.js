// The viewer's room page: live captions, transcript, caption display settings, sign-language window, video.
/* global Hls */
import { RoomClient, readConfig, format, appendCaption, renderStatus, errorMessage, announce as announceIn } from './room-client.js';
import { ViewerChat } from './chat.js';
import { renderPin } from './pin-card.js';
import { QueuePanels } from './queue-panel.js';
import { api } from './api.js';
import { SaleCard } from './sale-card.js';
import { SaleTicker } from './sale-ticker.js';

const config = readConfig();
const t = config.texts;
const $ = (id) => document.getElementById(id);

const announcer = $('announcer');
const connectionStatus = $('connection-status');
const statusBadge = $('room-status');
const viewerCount = $('viewer-count');
const current = $('current-caption');
const transcript = $('transcript');
const captionArea = $('caption-area');
const transcriptLog = $('transcript-log');

function announce(message) {
  announceIn(announcer, message);
}

function showStatus(status, spoken) {
  renderStatus(statusBadge, status, t);
  if (spoken) {
    announce(format(t.status_changed, t['status.' + status]));
  }
}

// Caption display settings, remembered on this device.
const sizeSelect = $('caption-size');
const contrast = $('high-contrast');
function applySettings() {
  captionArea.dataset.size = sizeSelect.value;
  captionArea.classList.toggle('high-contrast', contrast.checked);
  localStorage.setItem('livefair.captionSize', sizeSelect.value);
  localStorage.setItem('livefair.highContrast', contrast.checked ? '1' : '0');
}
sizeSelect.value = localStorage.getItem('livefair.captionSize') ?? 'normal';
contrast.checked = localStorage.getItem('livefair.highContrast') === '1';
sizeSelect.addEventListener('change', applySettings);
contrast.addEventListener('change', applySettings);
applySettings();

// Sign-language window: shown by default, can be hidden and enlarged.
const signWindow = $('sign-window');
const signToggle = $('sign-toggle');
const signEnlarge = $('sign-enlarge');
signToggle.addEventListener('click', () => {
  const show = signWindow.hidden;
  signWindow.hidden = !show;
  signToggle.setAttribute('aria-expanded', String(show));
  signToggle.textContent = show ? t.sign_hide : t.sign_show;
  signEnlarge.disabled = !show;
});
signEnlarge.addEventListener('click', () => {
  const large = signEnlarge.getAttribute('aria-pressed') !== 'true';
  signEnlarge.setAttribute('aria-pressed', String(large));
  signEnlarge.textContent = large ? t.sign_shrink : t.sign_enlarge;
  signWindow.classList.toggle('enlarged', large);
});

function attachStream(video) {
  if (!video?.dataset.src) {
    return;
  }
  const source = video.dataset.src;
  if (window.Hls?.isSupported()) {
    const hls = new Hls();
    hls.on(Hls.Events.ERROR, (_, data) => {
      if (data.fatal) {
        connectionStatus.textContent = t.video_error;
      }
    });
    hls.loadSource(source);
    hls.attachMedia(video);
  } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = source;
  }
}
attachStream($('player'));
attachStream($('sign-video'));

// The pinned card (job fairs): drawn from the snapshot and from each PinChanged event.
const pinPanel = $('pin-panel');
const pinCard = $('pin-card');
const pinError = $('pin-error');
async function applyFromPin(job, booth, shareDisability, button) {
  pinError.textContent = '';
  button.disabled = true;
  try {
    await api('POST', `/api/fairs/${config.roomId}/booths/${booth.employerId}/applications`, { jobId: job.jobId, shareDisability });
    const panel = await panels.add(config.roomId, booth.employerId, $('my-queues'));
    announce(format(t['pin.applied'], booth.employerName));
    const heading = panel.element.querySelector('h2');
    heading.tabIndex = -1;
    heading.focus();
  } catch (error) {
    pinError.textContent = format(t['pin.apply_failed'], errorMessage(error));
  } finally {
    button.disabled = false;
  }
}
function showPin(pin, spoken) {
  saleCard?.show(pin, spoken);
  if (!pinPanel) {
    return;
  }
  pinPanel.hidden = !pin;
  renderPin(pinCard, pin, config, applyFromPin);
  if (spoken && pin) {
    announce(pin.kind === 'Job'
      ? format(t['pin.announce_job'], pin.job.title, pin.job.booth.employerName)
      : format(t['pin.announce_booth'], pin.booth.employerName));
  }
}

// Charity sales: the pinned product card, the ticker and the running totals.
const saleCard = $('sale-panel') ? new SaleCard(config, announce) : null;
const saleTicker = $('sale-panel') ? new SaleTicker(config) : null;

const client = new RoomClient(config, {
  onSnapshot(snapshot, resync) {
    showPin(snapshot.pin, false);
    saleTicker?.snapshot(snapshot);
    showStatus(snapshot.status, false);
    viewerCount.textContent = format(t.viewers, snapshot.viewers);
    current.textContent = snapshot.currentPartial?.text ?? '';

    // Lines caught up in bulk after a reconnect are not read out one by one; new lines are.
    transcriptLog.setAttribute('aria-live', 'off');
    let added = 0;
    for (const caption of snapshot.recentCaptions) {
      added += appendCaption(transcript, caption) ? 1 : 0;
    }
    window.setTimeout(() => transcriptLog.setAttribute('aria-live', 'polite'), 0);
    if (resync && added > 0) {
      announce(format(t.caught_up, added));
    }
    // A snapshot says nothing about chat: what was posted or removed meanwhile is fetched again.
    chat.load();
    if (snapshot.status === 'Ended') {
      chat.disable();
    }
  },
  onEvent(event) {
    switch (event.kind) {
      case 'CaptionPartial':
        current.textContent = event.caption.text;
        break;
      case 'CaptionFinal':
        appendCaption(transcript, event.caption);
        current.textContent = '';
        break;
      case 'StatusChanged':
        showStatus(event.status, true);
        if (event.status === 'Ended') {
          current.textContent = '';
          chat.disable();
        }
        break;
      case 'ChatPosted':
        chat.posted(event.chat);
        break;
      case 'ChatRemoved':
        chat.removedMessages(event.removedMessageIds);
        break;
      case 'PinChanged':
        showPin(event.pin, true);
        break;
      case 'SaleConfirmed':
      case 'SaleTotalsChanged':
        saleTicker?.sale(event);
        break;
      case 'StockChanged':
        saleCard?.stock(event.stock);
        break;
      case 'ViewersChanged':
        viewerCount.textContent = format(t.viewers, event.viewers);
        break;
      default:
        break;
    }
  },
  onConnection(state) {
    connectionStatus.textContent = t[state];
    if (config.signedIn && (state === 'connected' || state === 'reconnected')) {
      panels.watchAll();
    }
    if (state === 'reconnecting' || state === 'reconnected' || state === 'disconnected') {
      announce(t[state]);
    }
  },
  onError(error) {
    connectionStatus.textContent = String(error?.message ?? error);
  },
  onRemoved() {
    chat.removedFromRoom();
    connectionStatus.textContent = t['chat.removed_from_room'];
  },
});
const chat = new ViewerChat(client, config);
const panels = new QueuePanels(client, config);

client.start();
