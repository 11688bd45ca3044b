// The product pages: the split's "must add up to the price" check in words, and photo uploads with progress.
// Without script both forms still work: the split is checked by the server, the photo is posted as a form.
import { format } from './room-client.js';
import { yuan } from './sale-common.js';

const config = JSON.parse(document.getElementById('product-config').textContent);
const t = config.texts;

// Yuan as typed ("28", "28.5", "¥28.50") to fen, exactly; null when it is not an amount.
function fen(text) {
  const value = (text ?? '').trim().replace(/[¥￥]/g, '');
  if (value === '') {
    return 0;
  }
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
}

// The split check: written after typing pauses, so a screen reader hears the result once rather than per key.
const split = document.querySelector('[data-split]');
const price = document.querySelector('[data-money="price"]');
if (split && price) {
  const check = split.querySelector('.split-check');
  const parts = [...split.querySelectorAll('[data-money]')];
  let timer = 0;
  const update = () => {
    const total = parts.reduce((sum, input) => (sum === null || fen(input.value) === null ? null : sum + fen(input.value)), 0);
    const wanted = fen(price.value);
    let text;
    if (total === null || wanted === null) {
      text = t.split_unreadable;
    } else if (total === wanted) {
      text = format(t.split_sum, yuan(total), yuan(wanted));
    } else if (total < wanted) {
      text = format(t.split_short, yuan(total), yuan(wanted), yuan(wanted - total));
    } else {
      text = format(t.split_over, yuan(total), yuan(wanted), yuan(total - wanted));
    }
    check.classList.toggle('error', total !== wanted);
    if (check.textContent !== text) {
      check.textContent = text;
    }
  };
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 600);
  };
  for (const input of [price, ...parts]) {
    input.addEventListener('input', later);
  }
  update();
}

// Photo upload through the API, with the bytes sent shown in a <progress> and said in steps of a quarter.
const form = document.querySelector('form[data-upload]');
if (form && config.photosUrl) {
  const progressLine = document.getElementById('photo-progress-line');
  const progress = document.getElementById('photo-progress');
  const status = document.getElementById('photo-status');
  const error = document.getElementById('photo-error');
  const button = document.getElementById('photo-upload');
  const file = document.getElementById('photo-file');

  const refusal = (code) => {
    const text = t['error.' + code] ?? t['error.generic'];
    return format(text, config.maxUploadMegabytes);
  };
  const fail = (message) => {
    progressLine.hidden = true;
    status.textContent = '';
    error.textContent = format(t.upload_failed, message);
    button.disabled = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    const chosen = file.files[0];
    if (chosen && config.maxUploadBytes > 0 && chosen.size > config.maxUploadBytes) {
      fail(refusal('media.too_large'));
      return;
    }
    const request = new XMLHttpRequest();
    let spoken = -1;
    request.open('POST', config.photosUrl);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (progressEvent) => {
      if (!progressEvent.lengthComputable) {
        return;
      }
      const percent = Math.floor((progressEvent.loaded / progressEvent.total) * 100);
      progress.value = percent;
      const step = Math.floor(percent / 25) * 25;
      if (step !== spoken) {
        spoken = step;
        status.textContent = step === 100 ? t.processing : format(t.uploading, step);
      }
    });
    request.addEventListener('load', () => {
      if (request.status === 201) {
        progress.value = 100;
        status.textContent = t.upload_done;
        // The page is drawn again with the new photo in its list, and says so there.
        window.location.assign(`${window.location.pathname}?uploaded=true`);
        return;
      }
      let code = null;
      try {
        code = JSON.parse(request.responseText).type;
      } catch {
        // not problem details: the general message
      }
      fail(refusal(code));
    });
    request.addEventListener('error', () => fail(t.upload_network));
    progress.value = 0;
    progressLine.hidden = false;
    status.textContent = format(t.uploading, 0);
    button.disabled = true;
    request.send(new FormData(form));
  });
}
