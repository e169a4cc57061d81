// ikoe works without JavaScript; this file only enhances.
// Move focus to the error summary when a form comes back with errors
// (autofocus does this already in most browsers).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
  // Buttons that ask for confirmation before a destructive action.
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (ev) {
      if (!window.confirm(el.getAttribute("data-confirm"))) {
        ev.preventDefault();
      }
    });
  });
});
