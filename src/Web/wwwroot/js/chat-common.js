// What the viewer's chat and the moderators' panel share: one way to draw a message, one way to explain a refusal.
import { clockTime, errorCode, errorMessage, format } from './room-client.js';

// A list item for a message; every piece of text is set as text, never as HTML.
export function messageItem(message, t) {
  const item = document.createElement('li');
  item.dataset.id = message.messageId;
  const author = document.createElement('span');
  author.className = 'author';
  author.textContent = message.authorName;
  item.append(author);
  if (message.fromStaff) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = t['chat.staff'];
    item.append(' ', badge);
  }
  const time = document.createElement('time');
  time.dateTime = message.sentAt;
  time.textContent = clockTime(message.sentAt);
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = message.text;
  item.append(time, text);
  return item;
}

export function findItem(list, messageId) {
  return list.querySelector(`li[data-id="${CSS.escape(messageId)}"]`);
}

// Keeps the newest message in view only for someone already reading the newest.
export function appendInView(list, item) {
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
  list.append(item);
  if (nearBottom) {
    list.scrollTop = list.scrollHeight;
  }
}

// Removing an item that holds focus would drop focus to the page start; the list keeps it instead.
export function removeItem(list, messageId) {
  const item = findItem(list, messageId);
  if (!item) {
    return false;
  }
  const hadFocus = item.contains(document.activeElement);
  item.remove();
  if (hadFocus) {
    list.focus();
  }
  return true;
}

// A button; `action` names what it does (data-action) independent of the page's language.
export function button(text, label, onClick, action = null) {
  const element = document.createElement('button');
  element.type = 'button';
  if (action) {
    element.dataset.action = action;
  }
  element.textContent = text;
  if (label) {
    element.setAttribute('aria-label', label);
  }
  element.addEventListener('click', onClick);
  return element;
}

const codeTexts = {
  'chat.rate_limited': 'chat.rate_limited',
  'chat.blocked': 'chat.blocked',
  'chat.closed': 'chat.closed',
  'chat.too_long': 'chat.too_long',
  'chat.empty': 'chat.empty_text',
  'chat.invalid_characters': 'chat.invalid_characters',
  'chat.staff_exempt': 'chat.staff_exempt',
  'chat.already_blocked': 'chat.already_blocked',
  'chat.message_not_found': 'chat.message_not_found',
};

// A refusal in the reader's language; codes without their own wording fall back to the server's explanation.
export function chatErrorText(error, t) {
  const key = codeTexts[errorCode(error)];
  return key ? t[key] : format(t.error, errorMessage(error));
}
