// The viewer's chat on the room page: a message list that screen readers read out only when asked,
// a send box for signed-in people, and a report button with a confirm step on every message.
import { clockTime, errorCode, format } from './room-client.js';
import { appendInView, button, chatErrorText, findItem, messageItem, removeItem } from './chat-common.js';

const $ = (id) => document.getElementById(id);
const announceKey = 'livefair.chatAnnounce';

export class ViewerChat {
  constructor(client, config) {
    this.client = client;
    this.t = config.texts;
    this.signedIn = config.signedIn;
    this.list = $('chat-list');
    this.log = $('chat-log');
    this.empty = $('chat-empty');
    this.status = $('chat-status');
    this.form = $('chat-form');
    this.input = $('chat-input');
    this.send = $('chat-send');
    this.count = $('chat-count');
    this.announce = $('chat-announce');
    this.mine = new Set(); // this page's own messages: no report button on them
    this.removedIds = new Set(); // removals seen live, so an older history answer cannot bring them back
    this.loading = 0;
    this.closed = false;

    this.announce.checked = localStorage.getItem(announceKey) === '1';
    this.announce.addEventListener('change', () => {
      localStorage.setItem(announceKey, this.announce.checked ? '1' : '0');
      this.applyLive();
    });
    this.applyLive();

    if (this.form) {
      this.form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.submit();
      });
      this.input.addEventListener('input', () => this.updateCount());
      this.updateCount();
    }
  }

  // Polite only while the person asked for it and no history is being drawn.
  applyLive() {
    this.log.setAttribute('aria-live', this.announce.checked && this.loading === 0 ? 'polite' : 'off');
  }

  say(message) {
    this.status.textContent = message;
  }

  updateCount() {
    this.count.textContent = format(this.t['chat.chars'], this.input.value.length);
  }

  // After the first snapshot and after every catch-up by snapshot: the history is fetched again and
  // merged without announcing it.
  async load() {
    this.loading++;
    this.applyLive();
    try {
      const messages = await this.client.invoke('GetChat');
      this.merge(messages);
      if (this.signedIn) {
        this.showStanding(await this.client.invoke('GetChatStanding'));
      }
    } catch (error) {
      this.say(chatErrorText(error, this.t));
    } finally {
      // Let the browser settle the silent additions before new ones may be read out.
      window.setTimeout(() => {
        this.loading--;
        this.applyLive();
      }, 0);
    }
  }

  merge(messages) {
    const latest = messages.length ? messages[messages.length - 1].sentAt : null;
    const ids = new Set(messages.map((message) => message.messageId));
    for (const item of [...this.list.children]) {
      // Gone from the history while we were away; anything newer than the answer arrived live and stays.
      const sentAt = item.querySelector('time')?.dateTime;
      if (!ids.has(item.dataset.id) && latest !== null && sentAt <= latest) {
        removeItem(this.list, item.dataset.id);
      }
    }
    for (const message of messages) {
      this.add(message);
    }
    this.updateEmpty();
  }

  posted(message) {
    this.add(message);
    this.updateEmpty();
  }

  removedMessages(ids) {
    for (const id of ids) {
      this.removedIds.add(id);
      removeItem(this.list, id);
    }
    this.updateEmpty();
  }

  add(message) {
    if (this.removedIds.has(message.messageId) || findItem(this.list, message.messageId)) {
      return;
    }
    const item = messageItem(message, this.t);
    if (this.signedIn && !this.mine.has(message.messageId)) {
      const actions = document.createElement('span');
      actions.className = 'actions';
      const report = button(this.t['chat.report'], format(this.t['chat.report_label'], message.authorName), () => this.openReport(item, report, message), 'report');
      report.disabled = this.closed;
      actions.append(report);
      item.append(actions);
    }
    appendInView(this.list, item);
  }

  updateEmpty() {
    this.empty.hidden = this.list.children.length > 0;
  }

  // The confirm step: an optional reason, then send or cancel; focus returns to the report button.
  openReport(item, reportButton, message) {
    document.getElementById('chat-report-form')?.remove();
    const panel = document.createElement('div');
    panel.id = 'chat-report-form';
    panel.className = 'confirm';
    const label = document.createElement('label');
    label.htmlFor = 'chat-report-reason';
    label.textContent = this.t['chat.report_reason'];
    const reason = document.createElement('input');
    reason.type = 'text';
    reason.id = 'chat-report-reason';
    reason.maxLength = 200;
    reason.autocomplete = 'off';
    const close = () => {
      panel.remove();
      if (reportButton.isConnected) {
        reportButton.focus();
      }
    };
    const confirm = button(this.t['chat.report_send'], null, async () => {
      confirm.disabled = true;
      try {
        await this.client.invoke('ReportChat', message.messageId, reason.value.trim() || null);
        this.say(this.t['chat.reported']);
        close();
      } catch (error) {
        confirm.disabled = false;
        this.say(chatErrorText(error, this.t));
      }
    });
    const cancel = button(this.t['chat.report_cancel'], null, close);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
    reason.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        confirm.click();
      }
    });
    const actions = document.createElement('span');
    actions.className = 'actions';
    actions.append(confirm, cancel);
    panel.append(label, reason, actions);
    item.append(panel);
    reason.focus();
  }

  async submit() {
    const text = this.input.value.trim();
    if (!text) {
      this.say(this.t['chat.empty_text']);
      return;
    }
    if (this.send.disabled) {
      return;
    }
    this.send.disabled = true;
    try {
      const message = await this.client.invoke('SendChat', text);
      this.mine.add(message.messageId);
      this.input.value = '';
      this.updateCount();
      this.posted(message);
      this.say(this.t['chat.sent']);
    } catch (error) {
      await this.refused(error);
    } finally {
      this.send.disabled = this.closed;
    }
  }

  async refused(error) {
    const code = errorCode(error);
    if (code === 'chat.muted') {
      try {
        this.showStanding(await this.client.invoke('GetChatStanding'));
        return;
      } catch {
        // Fall through to the server's own explanation.
      }
    }
    if (code === 'chat.blocked' || code === 'chat.closed') {
      this.disable();
    }
    this.say(chatErrorText(error, this.t));
  }

  showStanding(standing) {
    if (standing.blocked) {
      this.disable();
      this.say(this.t['chat.blocked']);
    } else if (standing.mutedUntil && new Date(standing.mutedUntil) > new Date()) {
      this.say(format(this.t['chat.muted_until'], clockTime(standing.mutedUntil)));
    }
  }

  disable() {
    this.closed = true;
    if (this.form) {
      this.input.disabled = true;
      this.send.disabled = true;
    }
    for (const reportButton of this.list.querySelectorAll('button')) {
      reportButton.disabled = true;
    }
  }

  // A moderator blocked this person: the page stops, and says so once, clearly.
  removedFromRoom() {
    this.disable();
    document.getElementById('chat-report-form')?.remove();
    $('chat-removed').textContent = this.t['chat.removed_from_room'];
  }
}
