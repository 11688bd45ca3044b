// The moderation panel of the caption console: live messages with delete / mute / block, open reports
// with delete / dismiss, and current restrictions with lift. Reports are not room events, so they are polled.
import { clockTime, format } from './room-client.js';
import { appendInView, button, chatErrorText, findItem, messageItem, removeItem } from './chat-common.js';

const $ = (id) => document.getElementById(id);
const muteMinutes = [5, 30, 60, 1440];
const pollMs = 15000;

export class ModerationPanel {
  constructor(client, config) {
    this.client = client;
    this.t = config.texts;
    this.messages = $('mod-messages');
    this.messagesEmpty = $('mod-messages-empty');
    this.reports = $('mod-reports');
    this.restrictions = $('mod-restrictions');
    this.status = $('mod-status');
    this.removedIds = new Set();
    this.lastModeration = '';
    $('mod-refresh').addEventListener('click', () => this.refreshModeration(true));
    window.setInterval(() => this.refreshModeration(false), pollMs);
  }

  say(message) {
    this.status.textContent = message;
  }

  async load() {
    try {
      const messages = await this.client.invoke('GetChat');
      const ids = new Set(messages.map((message) => message.messageId));
      const latest = messages.length ? messages[messages.length - 1].sentAt : null;
      for (const item of [...this.messages.children]) {
        if (!ids.has(item.dataset.id) && latest !== null && item.querySelector('time').dateTime <= latest) {
          removeItem(this.messages, item.dataset.id);
        }
      }
      for (const message of messages) {
        this.add(message);
      }
      this.updateEmpty();
    } catch (error) {
      this.say(chatErrorText(error, this.t));
    }
    await this.refreshModeration(true);
  }

  posted(message) {
    this.add(message);
    this.updateEmpty();
  }

  removedMessages(ids) {
    for (const id of ids) {
      this.removedIds.add(id);
      removeItem(this.messages, id);
    }
    this.updateEmpty();
    this.refreshModeration(false);
  }

  updateEmpty() {
    this.messagesEmpty.hidden = this.messages.children.length > 0;
  }

  add(message) {
    if (this.removedIds.has(message.messageId) || findItem(this.messages, message.messageId)) {
      return;
    }
    const item = messageItem(message, this.t);
    const actions = document.createElement('span');
    actions.className = 'actions';
    const name = message.authorName;
    actions.append(button(this.t['chat.delete'], format(this.t['chat.delete_label'], name), () => this.deleteMessage(message), 'delete'));
    if (!message.fromStaff) {
      // Staff are exempt from mutes and blocks, so their messages offer only delete.
      const duration = document.createElement('select');
      duration.dataset.action = 'duration';
      duration.setAttribute('aria-label', format(this.t['chat.mute_for_label'], name));
      for (const minutes of muteMinutes) {
        const option = document.createElement('option');
        option.value = String(minutes);
        option.textContent = this.t[`chat.minutes_${minutes}`];
        duration.append(option);
      }
      actions.append(
        duration,
        button(this.t['chat.mute'], format(this.t['chat.mute_label'], name), () =>
          this.act(() => this.client.invoke('MuteChatAuthor', message.messageId, Number(duration.value)), format(this.t['chat.muted_done'], name)), 'mute'),
        button(this.t['chat.block'], format(this.t['chat.block_label'], name), () =>
          this.act(() => this.client.invoke('BlockChatAuthor', message.messageId), format(this.t['chat.blocked_done'], name)), 'block'),
      );
    }
    item.append(actions);
    appendInView(this.messages, item);
  }

  deleteMessage(message) {
    return this.act(() => this.client.invoke('DeleteChat', message.messageId), this.t['chat.deleted']);
  }

  async act(call, done) {
    try {
      await call();
      this.say(done);
    } catch (error) {
      this.say(chatErrorText(error, this.t));
    }
    await this.refreshModeration(true);
  }

  // A timed refresh never redraws a list the moderator is working in; the refresh button always does.
  async refreshModeration(force) {
    let moderation;
    try {
      moderation = await this.client.invoke('GetChatModeration');
    } catch (error) {
      if (force) {
        this.say(chatErrorText(error, this.t));
      }
      return;
    }
    const json = JSON.stringify(moderation);
    const busy = this.reports.contains(document.activeElement) || this.restrictions.contains(document.activeElement);
    if (json === this.lastModeration || (busy && !force)) {
      return;
    }
    this.lastModeration = json;
    this.renderReports(moderation.openReports);
    this.renderRestrictions(moderation.restrictions);
  }

  renderReports(reports) {
    this.reports.replaceChildren();
    for (const report of reports) {
      const item = document.createElement('li');
      const name = report.message.authorName;
      const summary = messageItem(report.message, this.t);
      const details = document.createElement('p');
      details.textContent = format(this.t['chat.report_count'], report.count)
        + (report.reason ? ' · ' + format(this.t['chat.report_reason_shown'], report.reason) : '');
      const actions = document.createElement('span');
      actions.className = 'actions';
      actions.append(
        button(this.t['chat.delete'], format(this.t['chat.delete_label'], name), () => this.deleteMessage(report.message), 'delete'),
        button(this.t['chat.dismiss'], format(this.t['chat.dismiss_label'], name), () =>
          this.act(() => this.client.invoke('DismissChatReport', report.reportId), this.t['chat.dismissed']), 'dismiss'),
      );
      // The message is shown as a plain block here, not as a second list item.
      const quote = document.createElement('div');
      quote.append(...summary.childNodes);
      item.append(quote, details, actions);
      this.reports.append(item);
    }
    if (reports.length === 0) {
      this.reports.append(this.note(this.t['chat.no_reports']));
    }
  }

  renderRestrictions(restrictions) {
    this.restrictions.replaceChildren();
    for (const restriction of restrictions) {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'author';
      name.textContent = restriction.displayName;
      const kind = document.createElement('span');
      kind.textContent = ' · ' + (restriction.kind === 'Blocked'
        ? this.t['chat.blocked_kind']
        : format(this.t['chat.muted_kind'], clockTime(restriction.until)));
      const actions = document.createElement('span');
      actions.className = 'actions';
      actions.append(button(this.t['chat.lift'], format(this.t['chat.lift_label'], restriction.displayName), () =>
        this.act(() => this.client.invoke('LiftChatRestriction', restriction.personId), this.t['chat.lifted']), 'lift'));
      item.append(name, kind, actions);
      this.restrictions.append(item);
    }
    if (restrictions.length === 0) {
      this.restrictions.append(this.note(this.t['chat.no_restrictions']));
    }
  }

  note(text) {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }
}
