/* GuideGen search: instant, forgiving, offline. Loaded by search.js when search is first needed.
   A classic script (no modules, no fetch): MiniSearch and the prebuilt index are loaded by adding
   <script> tags, which works when the site is opened straight from disk. They load on the first
   focus of a search box, or when the browser is idle, so typing never waits on a page load.
   Every result is built with DOM methods and textContent: nothing from the index becomes markup. */
(function () {
  "use strict";

  var Engine = null, WORD = null, fold = null, stemmed = null; // from search-engine.js, once loaded
  var HEADER_LIMIT = 8;
  var PAGE_SIZE = 50; // results shown on the search page at first and added by "Show more results"

  var currentScript = document.currentScript;
  var root = currentScript ? currentScript.src.replace(/assets\/search-ui\.js(?:[?#].*)?$/, "") : "";

  // ---- Loading -------------------------------------------------------------------------------
  var engine = null;
  var loadState = "idle"; // idle | loading | ready | failed
  var waiting = [];

  function loadScript(src, onload, onerror) {
    var tag = document.createElement("script");
    tag.src = src;
    tag.async = false;
    tag.onload = onload;
    tag.onerror = onerror;
    document.head.appendChild(tag);
  }

  function useEngineScript() {
    Engine = window.GuideGenSearchEngine;
    WORD = Engine.WORD; fold = Engine.fold; stemmed = Engine.stemmed;
  }

  function withEngine(callback) {
    if (engine) { callback(engine); return; }
    if (loadState === "failed") { callback(null); return; }
    waiting.push(callback);
    if (loadState === "loading") return;
    loadState = "loading";
    var fail = function () {
      loadState = "failed";
      waiting.splice(0).forEach(function (cb) { cb(null); });
    };
    var ready = function () {
      // A large guide's index comes in shards: the manifest says so, and its reader is one more script.
      // A single index needs MiniSearch to read it.
      var data = window.GuideGenSearchData;
      if (data && !window.GuideGenStem) { loadScript(root + "assets/stemmer.js", ready, fail); return; }
      if (data && !window.GuideGenSearchEngine) { loadScript(root + "assets/search-engine.js", ready, fail); return; }
      if (data && data.shards && !window.GuideGenShardedIndex) { loadScript(root + "assets/search-shards.js", ready, fail); return; }
      if (data && !data.shards && !window.MiniSearch) { loadScript(root + "assets/vendor/minisearch.js", ready, fail); return; }
      try {
        useEngineScript();
        engine = Engine.create(data, { root: root, loadScript: loadScript });
        loadState = "ready";
        window.GuideGenSearch = engine; // for benchmarks and tests, and for anyone scripting the guide
        window.GuideGenSearchReadyAt = window.performance ? performance.now() : 0;
      } catch (e) {
        fail();
        return;
      }
      waiting.splice(0).forEach(function (cb) { cb(engine); });
    };
    // The index (or the manifest of its shards) first: it says which reader it needs, so a sharded
    // guide never loads MiniSearch.
    if (window.GuideGenSearchData) ready();
    else loadScript(root + "assets/search-index.js", ready, fail);
  }

  // ---- Rendering results ---------------------------------------------------------------------------
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** Appends text to a node, wrapping the words whose folded form was matched in <mark>. */
  function appendMarked(parent, text, matched) {
    var last = 0;
    text.replace(WORD, function (word, offset) {
      if (matched.has(stemmed(word))) {
        if (offset > last) parent.appendChild(document.createTextNode(text.slice(last, offset)));
        parent.appendChild(element("mark", "", word));
        last = offset + word.length;
      }
      return word;
    });
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function snippet(text, matched, length, phrases) {
    if (text.length <= length) return text;
    // A quoted phrase is why the result is here: show it, not the first word a synonym matched.
    var lower = text.toLowerCase();
    var first = (phrases || []).reduce(function (at, p) { var i = lower.indexOf(p.trim()); return at < 0 || (i >= 0 && i < at) ? i : at; }, -1);
    if (first < 0) text.replace(WORD, function (word, offset) {
      if (first < 0 && matched.has(stemmed(word))) first = offset;
      return word;
    });
    var start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(length / 3));
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space > 0 && space < start + 20) start = space + 1;
    }
    var end = Math.min(text.length, start + length);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > start + length / 2) end = cut;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function resultHref(result) {
    var hash = result.id.indexOf("#");
    var path = hash < 0 ? result.id : result.id.slice(0, hash);
    var anchor = hash < 0 ? "" : result.id.slice(hash);
    return root + path + "?hl=" + encodeURIComponent(result.terms.join(" ")) + anchor;
  }

  function renderResult(result, search, phrases) {
    var matched = new Set(result.terms);
    var item = element("li", "result");
    var link = element("a", "result-link");
    link.href = resultHref(result);
    var meta = element("span", "result-meta");
    meta.appendChild(element("span", "result-kind", search.kinds[result.kind] || result.kind));
    if (result.topic && result.kind !== "topic") {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(element("span", "result-topic", search.topics[result.topic] || result.topic));
    }
    if (result.service) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(element("span", "result-service result-service-" + result.service.toLowerCase(), search.serviceTypes[result.service] || result.service));
    }
    link.appendChild(meta);
    if (result.title) {
      var title = element("span", "result-title");
      appendMarked(title, result.title, matched);
      link.appendChild(title);
    }
    var text = element("span", "result-snippet");
    appendMarked(text, snippet(result.text, matched, result.title ? 160 : 220, phrases), matched);
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  function plural(count, noun) { return count + " " + noun + (count === 1 ? "" : "s"); }

  function statusText(outcome, raw, shown) {
    var count = outcome.results.length;
    var quoted = "“" + raw.trim() + "”";
    if (outcome.mode === "empty") return "";
    if (!count) return "No results for " + quoted + (outcome.results.unchecked ? " among the best matches checked." : ".");
    // A sharded index may stop checking a quoted phrase early: then the count is a lower bound.
    var base = (outcome.results.unchecked ? "At least " : "") + plural(count, "result") + " for " + quoted;
    if (shown < count) base += ", showing the first " + shown;
    if (outcome.mode === "fuzzy") return base + " (similar spellings).";
    if (outcome.mode === "any") return base + ". No result has every word, so these have some of them.";
    if (outcome.mode === "some") return base + ", those with most of its words first.";
    if (outcome.withEvery !== undefined && outcome.withEvery < count) return base + ". " + (outcome.withEvery === 1 ? "The first has" : "The first " + outcome.withEvery + " have") + " every word; the others have some of them.";
    return base + ".";
  }

  // ---- The search box in the header ----------------------------------------------------------------
  function setUpHeaderSearch() {
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
      if (!engine) status.textContent = loadState === "failed" ? "Search could not be loaded." : "Loading search…";
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
  }

  // ---- The search page ----------------------------------------------------------------------------
  function setUpSearchPage() {
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
        if (input.value !== raw || empty.hidden || !suggestion || fold(suggestion) === fold(raw.trim())) return;
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
      if (!engine) status.textContent = "Loading search…";
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
  }

  // ---- Highlighting on the page a result leads to -----------------------------------------------------
  function highlightArrival() {
    var words = new URLSearchParams(location.search).get("hl");
    var main = document.getElementById("main");
    if (!words || !main) return;
    var matched = new Set(words.split(" ").map(fold).filter(Boolean));
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
      text.replace(WORD, function (word) { if (matched.has(stemmed(word))) hit = true; return word; });
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
    var arrive = function () { useEngineScript(); highlightArrival(); };
    if (window.GuideGenSearchEngine) arrive();
    else loadScript(root + "assets/stemmer.js", function () { loadScript(root + "assets/search-engine.js", arrive, function () {}); }, function () {});
    // Warm up in idle time so the first keystroke finds the index ready.
    var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1500); };
    idle(function () { withEngine(function () {}); }, { timeout: 5000 });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
