/* GuideGen site script: small keyboard and navigation helpers. A classic script (no modules) so that
   it runs from file://; the site works without it. */
(function () {
  "use strict";
  var menu = document.querySelector(".contents-menu");
  if (!menu) return;

  // Escape closes the "All topics" menu and returns focus to its toggle.
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  // Following a link to a section of the current page closes the menu so the target is visible.
  menu.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) menu.open = false;
  });
})();
