// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // The year and period selectors show the chosen view at once (the "Xem" button remains for keyboards and no-JS).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
});
