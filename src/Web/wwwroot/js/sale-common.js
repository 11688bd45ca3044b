// Small pieces shared by the sale card, ticker, console and product form scripts.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

// Fen as people read money: ¥12.50.
export function yuan(fen) {
  const sign = fen < 0 ? '-' : '';
  const value = Math.abs(fen);
  return `${sign}¥${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

export function mediaUrl(productId, photoId, rendition) {
  return `/media/products/${encodeURIComponent(productId)}/${encodeURIComponent(photoId)}/${rendition}`;
}
