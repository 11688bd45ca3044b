// What both sides of a text interview draw: a message as a list item, set as text, never as HTML.
import { appendInView } from './chat-common.js';

// Appends the message unless it is already shown (an answer and its live echo can both arrive).
export function appendInterviewMessage(log, message, mine) {
  if (log.querySelector(`li[data-id="${CSS.escape(message.messageId)}"]`)) {
    return false;
  }
  const item = document.createElement('li');
  item.dataset.id = message.messageId;
  item.className = mine ? 'mine' : 'theirs';
  const author = document.createElement('span');
  author.className = 'author';
  author.textContent = message.authorName + '：';
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = message.text;
  item.append(author, text);
  appendInView(log, item);
  return true;
}
