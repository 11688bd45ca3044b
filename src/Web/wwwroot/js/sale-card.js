// The pinned product card of a charity sale: photo, price, live stock, makers, split, the flash-sale countdown and
// the Buy link. Drawn from the room's pin (snapshot and PinChanged) and kept current by StockChanged events.
// The countdown is redrawn every second for sighted viewers, but only a change of state (started, ended, sold out)
// is said through the live region.
import { format } from './room-client.js';
import { element, yuan, mediaUrl } from './sale-common.js';

const webpWidths = [320, 800, 1600];

function picture(product) {
  const photo = product.photo;
  const node = element('picture');
  const source = element('source');
  source.type = 'image/webp';
  const seen = new Set();
  source.srcset = webpWidths
    .map((width) => [width, Math.min(width, photo.width)])
    .filter(([, real]) => !seen.has(real) && seen.add(real))
    .map(([width, real]) => `${mediaUrl(product.productId, photo.photoId, width + '.webp')} ${real}w`)
    .join(', ');
  source.sizes = '(min-width: 60rem) 24rem, 100vw';
  const img = element('img', 'sale-photo');
  img.src = mediaUrl(product.productId, photo.photoId, '1600.jpg');
  img.alt = photo.altText;
  img.width = photo.width;
  img.height = photo.height;
  node.append(source, img);
  return node;
}

function fact(list, term, value) {
  const dd = element('dd', null, value);
  list.append(element('dt', null, term), dd);
  return dd;
}

// How long until an instant, in words: "3 min 20 s".
function duration(t, ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) {
    return format(t['sale.hours'], hours, minutes, seconds);
  }
  return minutes > 0 ? format(t['sale.minutes'], minutes, seconds) : format(t['sale.seconds'], seconds);
}

export class SaleCard {
  constructor(config, announce) {
    this.config = config;
    this.t = config.texts;
    this.announce = announce;
    this.container = document.getElementById('sale-card');
    this.empty = document.getElementById('sale-empty');
    this.product = null;
    this.state = null;
    this.timer = 0;
  }

  // A pin of any kind, or null; only product pins are drawn here.
  show(pin, spoken) {
    const product = pin?.kind === 'Product' ? pin.product : null;
    window.clearInterval(this.timer);
    this.product = product;
    this.state = null;
    this.container.replaceChildren();
    this.empty.hidden = product !== null;
    if (!product) {
      return;
    }
    this.draw(product);
    this.tick(false);
    if (product.terms.startsAt || product.terms.endsAt) {
      this.timer = window.setInterval(() => this.tick(true), 1000);
    }
    if (spoken) {
      this.announce(format(this.t['sale.pinned_announce'], product.title, yuan(product.priceFen)));
    }
  }

  // A StockChanged event: only for the product shown.
  stock(productStock) {
    if (!this.product || productStock.productId !== this.product.productId) {
      return;
    }
    const wasAvailable = this.product.stock.available;
    this.product.stock = productStock.stock;
    this.drawStock();
    if (wasAvailable > 0 && productStock.stock.available === 0) {
      this.announce(format(this.t['sale.sold_out_announce'], this.product.title));
    }
  }

  draw(product) {
    const t = this.t;
    const card = element('article', 'sale-card');
    card.setAttribute('aria-labelledby', 'sale-card-title');
    const title = element('h3', null, product.title);
    title.id = 'sale-card-title';
    card.append(title);
    if (product.photo) {
      card.append(picture(product));
    }
    const facts = element('dl', 'facts');
    fact(facts, t['sale.price'], yuan(product.priceFen)).className = 'price';
    this.stockLine = fact(facts, t['sale.stock'], '');
    this.stockLine.id = 'sale-stock';
    fact(facts, t['sale.workshop'], product.workshopName);
    const makers = [...product.makerNames];
    if (product.anonymousMakers > 0) {
      makers.push(format(t['sale.anonymous_makers'], product.anonymousMakers));
    }
    if (makers.length > 0) {
      fact(facts, t['sale.makers'], makers.join('、'));
    }
    card.append(facts);
    if (product.terms.perBuyerLimit) {
      card.append(element('p', null, format(t['sale.limit'], product.terms.perBuyerLimit)));
    }
    this.countdown = element('p', 'sale-countdown');
    this.countdown.id = 'sale-countdown';
    this.countdown.hidden = true;
    card.append(this.countdown);

    card.append(element('h4', null, t['sale.split']));
    const split = element('ul', 'split-list');
    const parts = [
      [t['sale.maker_share'], product.split.makerShare],
      [format(t['sale.charity_share'], product.split.charityName), product.split.charityShare],
      [t['sale.materials'], product.split.materials],
      [t['sale.platform_fee'], product.split.platformFee],
      [t['sale.payment_fee'], product.split.paymentFee],
    ];
    for (const [label, fen] of parts.filter(([, amount]) => amount > 0)) {
      split.append(element('li', null, `${label}：${yuan(fen)}`));
    }
    card.append(split);

    const links = element('p', 'sale-links');
    this.buy = element('a', 'button primary', format(t['sale.buy'], product.title));
    this.buy.id = 'sale-buy';
    this.buy.href = `/products/${encodeURIComponent(product.productId)}/buy?room=${encodeURIComponent(this.config.roomId)}`;
    const details = element('a', null, t['sale.details']);
    details.href = `/products/${encodeURIComponent(product.productId)}`;
    links.append(this.buy, ' ', details);
    card.append(links);
    this.container.append(card);
    this.drawStock();
  }

  drawStock() {
    const available = this.product.stock.available;
    this.stockLine.textContent = available > 0 ? format(this.t['sale.stock_left'], available) : this.t['sale.sold_out'];
    this.drawBuy();
  }

  drawBuy() {
    this.buy.hidden = this.product.stock.available === 0 || this.state === 'before' || this.state === 'ended';
  }

  // The flash-sale window: 'before', 'open' (ending or not) or 'ended'.
  tick(spoken) {
    const terms = this.product.terms;
    const now = Date.now();
    const starts = terms.startsAt ? Date.parse(terms.startsAt) : null;
    const ends = terms.endsAt ? Date.parse(terms.endsAt) : null;
    let state = 'open';
    let text = '';
    if (ends !== null && now >= ends) {
      state = 'ended';
      text = this.t['sale.ended'];
      window.clearInterval(this.timer);
    } else if (starts !== null && now < starts) {
      state = 'before';
      text = format(this.t['sale.starts_in'], duration(this.t, starts - now));
    } else if (ends !== null) {
      text = format(this.t['sale.ends_in'], duration(this.t, ends - now));
    }
    this.countdown.hidden = text === '';
    this.countdown.textContent = text;
    if (spoken && this.state !== null && state !== this.state) {
      this.announce(format(this.t[state === 'ended' ? 'sale.ended_announce' : 'sale.started_announce'], this.product.title));
    }
    this.state = state;
    this.drawBuy();
  }
}
