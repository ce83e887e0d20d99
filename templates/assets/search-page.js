/* GuideGen search, the search page: all the results, a page at a time, with filters (key question,
   kind, service type), what the service filter hides, and suggestions when nothing is found. Adds
   `setUpSearchPage` to GuideGenSearchParts; search-ui.js calls it. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var ui = Parts.ui, withEngine = ui.withEngine;
  // The engine's folding (search-engine.js): suggestions come only once it is loaded.
  function E() { return window.GuideGenSearchEngine; }
  var element = Parts.render.element, renderResult = Parts.render.renderResult, statusText = Parts.render.statusText, plural = Parts.render.plural;
  var PAGE_SIZE = 50; // results shown on the search page at first and added by "Show more results"

  Parts.setUpSearchPage = function () {
    var form = document.getElementById("search-page-form");
    if (!form) return;
    var input = document.getElementById("search-page-input");
    var status = document.getElementById("search-page-status");
    var list = document.getElementById("search-page-results");
    var empty = document.getElementById("search-page-empty");
    // "Show more results": added here, so the page template needs no change.
    var moreItem = element("p", "search-show-more");
    var moreButton = element("button", "link-button", "Show more results");
    moreButton.type = "button";
    moreItem.appendChild(moreButton);
    moreItem.hidden = true;
    list.parentNode.insertBefore(moreItem, list.nextSibling);
    var filters = { kq: document.getElementById("filter-kq"), kind: document.getElementById("filter-kind"), service: document.getElementById("filter-service") };
    // What the service filter hides, with a way to show it: a reader who chose "residential" once
    // (perhaps on another page) may not know the filter is why a result is missing.
    var hiddenNote = element("p", "search-hidden");
    hiddenNote.hidden = true;
    status.parentNode.insertBefore(hiddenNote, status.nextSibling);

    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Object.keys(filters).forEach(function (name) { if (params.get(name)) filters[name].value = params.get(name); });
    // Without a service filter in the address, start from the reader's "show items for" choice.
    if (!params.get("service") && window.GuideGenService && window.GuideGenService.current()) filters.service.value = window.GuideGenService.current();

    var remember = function () {
      var next = new URLSearchParams();
      if (input.value) next.set("q", input.value);
      Object.keys(filters).forEach(function (name) { if (filters[name].value) next.set(name, filters[name].value); });
      try { history.replaceState(null, "", "?" + next.toString()); } catch (e) { /* some browsers refuse for file:// pages */ }
    };

    var showEmpty = function (search, raw, activeFilters) {
      empty.textContent = "";
      empty.hidden = false;
      empty.appendChild(element("p", "", "Some things to try:"));
      var tips = element("ul");
      empty.appendChild(tips);
      ["Check the spelling, or try fewer words.", "Try a plainer or more general word (for example “drinks” instead of “fluid intake”).", "Browse the " + search.keyQuestionsWord + " from the menu at the top of the page."]
        .forEach(function (tip) { tips.appendChild(element("li", "", tip)); });
      if (activeFilters) {
        var clear = element("li");
        var clearButton = element("button", "link-button", "Clear the filters");
        clearButton.type = "button";
        clearButton.addEventListener("click", function () { Object.keys(filters).forEach(function (n) { filters[n].value = ""; }); run(); input.focus(); });
        clear.appendChild(clearButton);
        tips.insertBefore(clear, tips.firstChild);
      }
      search.suggest(raw, function (suggestion) {
        if (input.value !== raw || empty.hidden || !suggestion || E().fold(suggestion) === E().fold(raw.trim())) return;
        var item = element("li");
        item.appendChild(document.createTextNode("Did you mean "));
        var button = element("button", "link-button", suggestion);
        button.type = "button";
        button.addEventListener("click", function () { input.value = suggestion; run(); input.focus(); });
        item.appendChild(button);
        item.appendChild(document.createTextNode("?"));
        tips.insertBefore(item, tips.firstChild);
      });
    };

    var run = function () {
      remember();
      var raw = input.value;
      var chosen = { kq: filters.kq.value, kind: filters.kind.value, service: filters.service.value };
      var activeFilters = !!(chosen.kq || chosen.kind || chosen.service);
      if (!raw.trim()) { list.textContent = ""; status.textContent = ""; empty.hidden = true; moreItem.hidden = true; return; }
      if (!ui.engine()) status.textContent = "Loading search…";
      withEngine(function (search) {
        if (!search) { status.textContent = "Search could not be loaded."; return; }
        if (input.value !== raw) return;
        search.search(raw, chosen, function (outcome) {
          var stale = function () { return input.value !== raw || filters.kq.value !== chosen.kq || filters.kind.value !== chosen.kind || filters.service.value !== chosen.service; };
          var shown = 0;
          // Shows the next page of results, once their documents are ready.
          var showMore = function (first, then) {
            var upTo = Math.min(outcome.results.length, shown + PAGE_SIZE);
            search.load(outcome, upTo, function () {
              if (stale()) return;
              if (first) list.textContent = "";
              outcome.results.slice(shown, upTo).forEach(function (r) { list.appendChild(renderResult(r, search, outcome.query.phrases)); });
              shown = upTo;
              status.textContent = statusText(outcome, raw, shown) + (activeFilters && outcome.results.length ? " Filters are on." : "");
              moreItem.hidden = shown >= outcome.results.length;
              moreButton.onclick = function () {
                var next = list.children.length;
                // Keyboard users carry on from the first new result.
                showMore(false, function () { var a = list.children[next] && list.children[next].querySelector("a"); if (a) a.focus(); });
              };
              if (outcome.results.length) { empty.hidden = true; empty.textContent = ""; }
              else showEmpty(search, raw, activeFilters);
              if (then) then();
            });
          };
          showMore(true);
          hiddenNote.hidden = true;
          hiddenNote.textContent = "";
          if (!chosen.service) return;
          search.search(raw, { kq: chosen.kq, kind: chosen.kind, service: "" }, function (unfiltered) {
            var hidden = unfiltered.results.length - outcome.results.length;
            if (stale() || hidden <= 0) return;
            var label = search.serviceTypes[chosen.service] || chosen.service;
            hiddenNote.appendChild(document.createTextNode(plural(hidden, "more result") + " " + (hidden === 1 ? "is" : "are") + " for other service types, hidden by the service type filter (" + label + "). "));
            var showAll = element("button", "link-button", "Show " + (hidden === 1 ? "it" : "them"));
            showAll.type = "button";
            showAll.addEventListener("click", function () { filters.service.value = ""; run(); input.focus(); });
            hiddenNote.appendChild(showAll);
            hiddenNote.hidden = false;
          });
        });
      });
    };

    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", run);
    Object.keys(filters).forEach(function (name) { filters[name].addEventListener("change", run); });
    withEngine(function () {});
    run();
  };
})();
