/* GuideGen search, the part every page loads: it only decides when to load the rest (search-loader.js
   to search-ui.js, which then load MiniSearch and the index). That is at the first focus of or typing
   into the search box, at once on the search page or when arriving from a result (to highlight the
   words), and otherwise when the browser is idle, so that opening a page stays light and typing never
   waits. */
(function () {
  "use strict";

  var currentScript = document.currentScript;
  var root = currentScript ? currentScript.src.replace(/assets\/search\.js(?:[?#].*)?$/, "") : "";
  var requested = false;

  function load() {
    if (requested) return;
    requested = true;
    // In this order, each using what the ones before it defined: added scripts that are not async run in
    // the order they were added.
    ["search-loader.js", "search-results.js", "search-box.js", "search-page.js", "search-ui.js"].forEach(function (name) {
      var tag = document.createElement("script");
      tag.src = root + "assets/" + name;
      tag.async = false;
      document.head.appendChild(tag);
    });
  }

  function start() {
    if (document.getElementById("search-page-form") || new URLSearchParams(location.search).has("hl")) { load(); return; }
    var input = document.getElementById("site-search-input");
    if (input) {
      input.addEventListener("focus", load);
      input.addEventListener("input", load);
      if (document.activeElement === input) load();
    }
    var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1500); };
    idle(load, { timeout: 5000 });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
