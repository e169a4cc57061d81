// ikoe works without JavaScript; this file only enhances.
// Move focus to the error summary when a form comes back with errors
// (autofocus does this already in most browsers).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }
  // File fields: refuse a too large file before sending it, and accept
  // files dropped onto the field.
  document.querySelectorAll("[data-drop]").forEach(function (zone) {
    var input = zone.querySelector('input[type="file"]');
    if (!input) {
      return;
    }
    var max = parseInt(input.getAttribute("data-max-bytes") || "0", 10);
    var sizeError = document.getElementById(input.id + "-size");
    function fits() {
      var tooBig = max > 0 && Array.prototype.some.call(input.files || [], function (f) {
        return f.size > max;
      });
      if (sizeError) {
        sizeError.hidden = !tooBig;
      }
      if (tooBig) {
        input.setAttribute("aria-invalid", "true");
      }
      return !tooBig;
    }
    input.addEventListener("change", fits);
    zone.addEventListener("dragover", function (ev) {
      ev.preventDefault();
      zone.classList.add("is-dragover");
    });
    zone.addEventListener("dragleave", function () {
      zone.classList.remove("is-dragover");
    });
    zone.addEventListener("drop", function (ev) {
      ev.preventDefault();
      zone.classList.remove("is-dragover");
      var dropped = ev.dataTransfer && ev.dataTransfer.files;
      if (!dropped || !dropped.length) {
        return;
      }
      var dt = new DataTransfer();
      for (var i = 0; i < dropped.length && (input.multiple || i < 1); i++) {
        dt.items.add(dropped[i]);
      }
      input.files = dt.files;
      fits();
    });
    if (input.form) {
      input.form.addEventListener("submit", function (ev) {
        if (!fits()) {
          ev.preventDefault();
          input.focus();
        }
      });
    }
  });
  // Session form: show only the details of the chosen format.
  var format = document.getElementById("f-format");
  if (format) {
    var sets = document.querySelectorAll("fieldset[data-format]");
    var show = function () {
      sets.forEach(function (set) {
        set.hidden = set.getAttribute("data-format") !== format.value && !set.querySelector(".field--error");
      });
    };
    format.addEventListener("change", show);
    show();
  }
  // Tables wider than the screen: say so above them, and let the keyboard
  // scroll them (the shadow at the hidden side shows it without JavaScript).
  var hint = document.body.getAttribute("data-table-hint");
  var marked = 0;
  var markTables = function () {
    document.querySelectorAll(".table-wrap").forEach(function (wrap) {
      var wide = wrap.scrollWidth > wrap.clientWidth + 1;
      var note = wrap.previousElementSibling;
      var has = note && note.classList.contains("table-hint");
      if (wide && !has && hint) {
        marked += 1;
        note = document.createElement("p");
        note.className = "table-hint";
        note.id = "table-hint-" + marked;
        note.textContent = hint;
        wrap.parentNode.insertBefore(note, wrap);
        if (!wrap.hasAttribute("tabindex")) {
          wrap.setAttribute("tabindex", "0");
          wrap.setAttribute("role", "region");
          var caption = wrap.querySelector("caption");
          wrap.setAttribute("aria-label", caption ? caption.textContent.trim() : hint);
        }
        wrap.setAttribute("aria-describedby", note.id);
      } else if (!wide && has) {
        note.remove();
      }
    });
  };
  markTables();
  window.addEventListener("resize", markTables);
});
