// Autocomplete for the header search: the combobox pattern (WAI-ARIA APG). htmx fills the
// listbox; this script opens and closes it and moves the active option with the arrow keys
// through aria-activedescendant, so the focus stays in the field. Without JavaScript the
// field is a plain GET form to /suche/.
(function () {
  "use strict";

  function setup(input) {
    var listbox = document.getElementById(input.getAttribute("aria-controls"));
    if (!listbox) return;
    var active = -1;

    function options() {
      return Array.prototype.slice.call(listbox.querySelectorAll('[role="option"]'));
    }

    function setActive(index) {
      var all = options();
      all.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
        option.classList.toggle("is-active", i === index);
      });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(show) {
      listbox.hidden = !show;
      input.setAttribute("aria-expanded", show ? "true" : "false");
      if (!show) setActive(-1);
    }

    function go(option) {
      if (option && option.dataset.href) window.location.assign(option.dataset.href);
    }

    listbox.addEventListener("htmx:afterSwap", function () {
      setActive(-1);
      open(options().length > 0 && input.value.trim().length > 1);
    });

    input.addEventListener("keydown", function (event) {
      var all = options();
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!all.length) return;
        event.preventDefault();
        open(true);
        var step = event.key === "ArrowDown" ? 1 : -1;
        setActive((active + step + all.length) % all.length);
      } else if (event.key === "Enter" && active >= 0 && !listbox.hidden) {
        event.preventDefault();
        go(all[active]);
      } else if (event.key === "Escape" && !listbox.hidden) {
        event.preventDefault();
        open(false);
      }
    });

    input.addEventListener("input", function () {
      if (input.value.trim().length < 2) open(false);
    });

    // mousedown rather than click: it comes before the blur that closes the list.
    listbox.addEventListener("mousedown", function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) {
        event.preventDefault();
        go(option);
      }
    });

    input.addEventListener("blur", function () {
      open(false);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll('input[role="combobox"][aria-controls]').forEach(setup);
  });
})();
