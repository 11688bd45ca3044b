// Every form page: after a post the page reloads, so focus is moved to what changed (the error summary,
// a confirmation, the new invitation link) instead of leaving screen-reader and keyboard users at the
// top of a page that looks the same.
const target = document.querySelector('[data-autofocus]');
if (target && (document.activeElement === null || document.activeElement === document.body)) {
  target.focus();
  if (target instanceof HTMLInputElement) {
    target.select();
  }
}

// An error summary's links move focus into the field itself (following a #fragment alone only scrolls).
for (const summary of document.querySelectorAll('.error-summary')) {
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    const field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
}

// Copy buttons exist only when script runs; without it the read-only field can still be selected and copied.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.copyStatus);
  if (!(field instanceof HTMLInputElement) || !status) {
    continue;
  }

  button.hidden = false;
  button.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      // The clipboard API needs a secure context; the older command still works on plain http.
      document.execCommand('copy');
    }
    status.textContent = button.dataset.copied;
  });
}
