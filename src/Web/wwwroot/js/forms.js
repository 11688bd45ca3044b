// Forms on the organisation pages: after a post the page reloads, so focus is moved to what changed
// (the error summary, a confirmation, the new invitation link) instead of leaving screen-reader and
// keyboard users at the top of a page that looks the same.
const target = document.querySelector('[data-autofocus]');
if (target && (document.activeElement === null || document.activeElement === document.body)) {
  target.focus();
  if (target instanceof HTMLInputElement) {
    target.select();
  }
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
