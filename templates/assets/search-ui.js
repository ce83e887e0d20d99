/* GuideGen search: instant, forgiving, offline. Loaded by search.js when search is first needed.
   A classic script (no modules, no fetch): MiniSearch and the prebuilt index are loaded by adding
   <script> tags, which works when the site is opened straight from disk (search-loader.js). They load
   on the first focus of a search box, or when the browser is idle, so typing never waits on a page
   load. Every result is built with DOM methods and textContent: nothing from the index becomes markup
   (search-results.js). The header's box is search-box.js, the search page search-page.js; this file
   loads last, marks a result's words on the page it leads to, and starts the others. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts;
  var ui = Parts.ui, root = ui.root, withEngine = ui.withEngine, loadScript = ui.loadScript;
  var appendMarked = Parts.render.appendMarked, setUpHeaderSearch = Parts.setUpHeaderSearch, setUpSearchPage = Parts.setUpSearchPage;
  // The engine's word pattern, folding and stemming (search-engine.js), once it is loaded.
  function E() { return window.GuideGenSearchEngine; }

  // ---- Highlighting on the page a result leads to -----------------------------------------------------
  function highlightArrival() {
    var words = new URLSearchParams(location.search).get("hl");
    var main = document.getElementById("main");
    if (!words || !main) return;
    var matched = new Set(words.split(" ").map(E().fold).filter(Boolean));
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest("script, style, mark, .search-results") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var hit = false;
      text.replace(E().WORD, function (word) { if (matched.has(E().stemmed(word))) hit = true; return word; });
      if (!hit) return;
      var fragment = document.createDocumentFragment();
      appendMarked(fragment, text, matched);
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function start() {
    setUpHeaderSearch();
    setUpSearchPage();
    // Marking a result's words needs them in their indexed (stemmed) form.
    var arrive = function () { highlightArrival(); };
    if (window.GuideGenSearchEngine) arrive();
    else loadScript(root + "assets/stemmer.js", function () { ui.loadScripts(ui.ENGINE_PARTS, arrive, function () {}); }, function () {});
    // Warm up in idle time so the first keystroke finds the index ready.
    var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1500); };
    idle(function () { withEngine(function () {}); }, { timeout: 5000 });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
