// After a refused post the error summary takes focus, so a screen reader reads what to fix first; its
// links move focus into the field itself (following a #fragment alone only scrolls).
const summary = document.getElementById('error-summary');
if (summary) {
  summary.focus();
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    const field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
}
