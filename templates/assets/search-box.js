/* GuideGen search, the search box in the header: results as the reader types, a few at a time, with
   a link to the search page for all of them and its filters. Adds `setUpHeaderSearch` to
   GuideGenSearchParts; search-ui.js calls it. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var ui = Parts.ui, root = ui.root, withEngine = ui.withEngine;
  var element = Parts.render.element, renderResult = Parts.render.renderResult, statusText = Parts.render.statusText;
  var HEADER_LIMIT = 8;

  Parts.setUpHeaderSearch = function () {
    var input = document.getElementById("site-search-input");
    var panel = document.getElementById("site-search-panel");
    if (!input || !panel) return;
    var form = input.form;
    var status = panel.querySelector(".search-status");
    var list = panel.querySelector(".search-results");
    var more = panel.querySelector(".search-more");

    var hide = function () { panel.hidden = true; };
    var show = function () { panel.hidden = false; };

    var update = function () {
      var raw = input.value;
      if (!raw.trim()) { hide(); list.textContent = ""; status.textContent = ""; return; }
      show();
      if (!ui.engine()) status.textContent = ui.loadState() === "failed" ? "Search could not be loaded." : "Loading search…";
      withEngine(function (search) {
        if (!search) { status.textContent = "Search could not be loaded."; return; }
        if (input.value !== raw) return; // a newer keystroke will render
        // The reader's "show items for" choice narrows the header's results too.
        var service = window.GuideGenService ? window.GuideGenService.current() : "";
        search.search(raw, { service: service }, function (outcome) {
          var shown = Math.min(outcome.results.length, HEADER_LIMIT);
          search.load(outcome, shown, function () {
            if (input.value !== raw) return;
            list.textContent = "";
            outcome.results.slice(0, shown).forEach(function (r) { list.appendChild(renderResult(r, search, outcome.query.phrases)); });
            status.textContent = statusText(outcome, raw, shown);
            more.textContent = "";
            var all = element("a", "", outcome.results.length ? "See all results and filters" : "Search with filters and suggestions");
            all.href = root + "search.html?q=" + encodeURIComponent(raw);
            more.appendChild(all);
          });
        });
      });
    };

    input.addEventListener("focus", function () { withEngine(function () {}); if (input.value.trim()) update(); });
    // This script arrives after the reader has focused the box, and perhaps typed: catch up.
    if (document.activeElement === input) { withEngine(function () {}); if (input.value.trim()) update(); }
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { hide(); return; }
      if (event.key === "ArrowDown" && !panel.hidden) {
        var first = panel.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    panel.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(panel.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "Escape") { event.preventDefault(); hide(); input.focus(); }
      else if (event.key === "ArrowDown" && at >= 0 && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      else if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at === 0 ? input : links[at - 1]).focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!panel.hidden && !panel.contains(event.target) && !form.contains(event.target)) hide();
    });
  };
})();
