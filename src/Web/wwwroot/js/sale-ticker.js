// The live sale ticker and running totals of a charity sale. The list is not a live region: only the newest line is
// said, once, through a polite region of its own, so a burst of orders never re-reads the list.
import { format, clockTime, announce } from './room-client.js';
import { element, yuan } from './sale-common.js';

const keep = 30;

export class SaleTicker {
  constructor(config) {
    this.t = config.texts;
    this.list = document.getElementById('sale-ticker');
    this.empty = document.getElementById('sale-ticker-empty');
    this.region = document.getElementById('sale-ticker-announcer');
    this.items = document.getElementById('sale-items');
    this.raised = document.getElementById('sale-raised');
    this.earned = document.getElementById('sale-earned');
  }

  line(tick) {
    return tick.nickname
      ? format(this.t['sale.tick_nickname'], tick.city, tick.quantity, tick.productTitle, tick.nickname)
      : format(this.t['sale.tick'], tick.city, tick.quantity, tick.productTitle);
  }

  append(tick) {
    const item = element('li');
    const time = element('time', null, clockTime(tick.at));
    time.dateTime = tick.at;
    item.append(time, ' ', element('span', null, this.line(tick)));
    this.list.append(item);
    while (this.list.children.length > keep) {
      this.list.firstElementChild.remove();
    }
    this.empty.hidden = true;
  }

  // Drawn again from scratch, silently: a late or reconnecting viewer is not read the backlog.
  snapshot(snapshot) {
    this.list.replaceChildren();
    for (const tick of snapshot.recentSales ?? []) {
      this.append(tick);
    }
    this.empty.hidden = (snapshot.recentSales ?? []).length > 0;
    this.totals(snapshot.saleTotals);
  }

  sale(event) {
    if (event.sale) {
      this.append(event.sale);
      announce(this.region, this.line(event.sale));
    }
    this.totals(event.saleTotals);
  }

  totals(totals) {
    if (!totals) {
      return;
    }
    this.items.textContent = String(totals.itemsSold);
    this.raised.textContent = yuan(totals.raisedForCharityFen);
    this.earned.textContent = yuan(totals.earnedByMakersFen);
  }
}
