// The console's product list in a charity sale: pin or unpin a product card without leaving the page. The buttons
// are forms that also work without script; here they call the API, and every console shows the state the room
// reports (PinChanged), whoever pinned.
import { format } from './room-client.js';
import { api } from './api.js';

export class SaleConsole {
  constructor(config, announce) {
    this.t = config.texts;
    this.announce = announce;
    this.section = document.getElementById('sale-console');
    this.error = document.getElementById('sale-console-error');
    this.roomId = this.section.dataset.roomId;
    for (const item of this.section.querySelectorAll('li[data-product-id]')) {
      const productId = item.dataset.productId;
      item.querySelector('form[data-pin]').addEventListener('submit', (event) => {
        event.preventDefault();
        this.act(item, 'POST', { roomId: this.roomId }, productId);
      });
      item.querySelector('form[data-unpin]').addEventListener('submit', (event) => {
        event.preventDefault();
        this.act(item, 'DELETE', undefined, productId);
      });
    }
  }

  async act(item, method, body, productId) {
    const button = item.querySelector(method === 'POST' ? 'form[data-pin] button' : 'form[data-unpin] button');
    this.error.textContent = '';
    button.disabled = true;
    try {
      await api(method, `/api/products/${encodeURIComponent(productId)}/pin`, body);
      this.show(method === 'POST' ? productId : null);
      this.announce(format(this.t[method === 'POST' ? 'sale.pinned_now' : 'sale.unpinned_now'], item.dataset.title));
      // The pressed button is hidden now; the one that undoes it takes the focus.
      item.querySelector(method === 'POST' ? 'form[data-unpin] button' : 'form[data-pin] button').focus();
    } catch (error) {
      this.error.textContent = format(this.t['sale.failed'], error.message);
    } finally {
      button.disabled = false;
    }
  }

  // The room's pin changed (here or in another console).
  pinned(pin) {
    this.show(pin?.kind === 'Product' ? pin.product.productId : null);
  }

  show(pinnedId) {
    for (const item of this.section.querySelectorAll('li[data-product-id]')) {
      const pinned = item.dataset.productId === pinnedId;
      const focused = item.contains(document.activeElement) ? document.activeElement : null;
      item.querySelector('form[data-pin]').hidden = pinned;
      item.querySelector('form[data-unpin]').hidden = !pinned;
      item.querySelector('[data-state]').textContent = pinned ? this.t['sale.console_pinned_now'] : '';
      if (focused && focused.closest('form')?.hidden) {
        item.querySelector(pinned ? 'form[data-unpin] button' : 'form[data-pin] button').focus();
      }
    }
  }
}
