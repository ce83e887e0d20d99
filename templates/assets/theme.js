/* Applies the reader's light or dark choice before the page is drawn (no flash), and wires the theme
   button. Without a choice the site follows the system setting. Print is always light. */
(function () {
  "use strict";
  var root = document.documentElement;
  var key = (document.currentScript && document.currentScript.getAttribute("data-guide") || "guidegen") + ":theme";
  var stored = null;
  try { stored = localStorage.getItem(key); } catch (e) { stored = null; }
  if (stored === "light" || stored === "dark") root.setAttribute("data-theme", stored);

  function effective() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    // The button says what it will do ("Dark mode" while the page is light), not a fixed name with a
    // pressed state: a changing label and aria-pressed together would contradict each other.
    var label = function () {
      button.textContent = effective() === "dark" ? "Light mode" : "Dark mode";
    };
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = effective() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(key, next); } catch (e) { /* the choice lasts for this page */ }
      label();
    });
  });
})();
