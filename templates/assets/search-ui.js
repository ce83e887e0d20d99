/* GuideGen search: instant, forgiving, offline. Loaded by search.js when search is first needed.
   A classic script (no modules, no fetch): MiniSearch and the prebuilt index are loaded by adding
   <script> tags, which works when the site is opened straight from disk. They load on the first
   focus of a search box, or when the browser is idle, so typing never waits on a page load.
   Every result is built with DOM methods and textContent: nothing from the index becomes markup. */
(function () {
  "use strict";

  var SPLIT = /[\n\r\p{Z}\p{P}]+/u;          // MiniSearch's own tokenizer, so queries split like the index
  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
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
      if (data && data.shards && !window.GuideGenShardedIndex) { loadScript(root + "assets/search-shards.js", ready, fail); return; }
      if (data && !data.shards && !window.MiniSearch) { loadScript(root + "assets/vendor/minisearch.js", ready, fail); return; }
      try {
        engine = createEngine(data);
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

  // ---- The search engine -------------------------------------------------------------------------
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  /** A word of the page in the form the index holds it, to mark the words a search matched. */
  function stemmed(word) {
    var folded = fold(word);
    return window.GuideGenStem ? window.GuideGenStem(folded) : folded;
  }

  function createEngine(data) {
    var config = data.config;
    var stopWords = stopWordSet = new Set(config.stopWords);
    // As the build indexed the guide: fold accents, lower-case, drop stop words, stem (stemmer.js).
    var processTerm = function (term) {
      if (!term) return null;
      var folded = fold(term);
      return folded && !stopWords.has(folded) ? window.GuideGenStem(folded) : null;
    };
    var terms = function (text) {
      return text.split(SPLIT).map(processTerm).filter(Boolean);
    };
    if (config.serviceTypes.length) allServices = config.serviceTypes[0].id;
    var index = data.shards
      ? window.GuideGenShardedIndex(data, { root: root, terms: terms, split: function (text) { return text.split(SPLIT); }, loadScript: loadScript })
      : window.MiniSearch.loadJS(data.index, {
        fields: config.fields,
        storeFields: config.storeFields,
        processTerm: processTerm
      });

    // Synonyms: every word or phrase of a group finds the whole group.
    var groups = [];
    var groupOf = new Map();
    var longest = 1;
    config.synonyms.forEach(function (group) {
      var phrases = [];
      group.forEach(function (entry) {
        var key = terms(entry).join(" ");
        if (!key || phrases.indexOf(key) >= 0) return;
        phrases.push(key);
        if (!groupOf.has(key)) groupOf.set(key, groups.length);
        longest = Math.max(longest, key.split(" ").length);
      });
      groups.push(phrases);
    });

    var labels = function (list) {
      var map = {};
      list.forEach(function (item) { map[item.id] = item.label; });
      return map;
    };

    var engineApi = {
      kinds: labels(config.kinds),
      keyQuestions: labels(config.keyQuestions),
      serviceTypes: labels(config.serviceTypes),
      topics: index.topics || labels(config.topics), // a sharded index learns topic labels as it loads documents
      sharded: !!data.shards,
      index: index,
      /** Calls done(outcome); with one index file that happens at once, and the outcome is also returned. */
      search: function (raw, filters, done) {
        var outcome = null;
        search(index, raw, filters || {}, terms, groups, groupOf, longest, function (o) { outcome = o; if (done) done(o); });
        return outcome;
      },
      /** Makes the first count results ready to show (a sharded index loads their documents). */
      load: function (outcome, count, done) {
        if (index.load) index.load(outcome.results, count, done); else done();
      },
      /** Promise of the outcome with its first count results ready: for tests, benchmarks and scripts. */
      find: function (raw, filters, count) {
        return new Promise(function (resolve) {
          engineApi.search(raw, filters, function (outcome) { engineApi.load(outcome, count || 10, function () { resolve(outcome); }); });
        });
      },
      suggest: function (raw, done) {
        if (index.suggest) { index.suggest(raw, done); return; }
        var suggestions = index.autoSuggest(raw, { fuzzy: 0.25, prefix: true });
        done(suggestions.length ? suggestions[0].suggestion : null);
      }
    };
    return engineApi;
  }

  function parseQuery(raw, terms) {
    var phrases = [];
    var text = raw.replace(/"([^"]*)"?/g, function (_, phrase) {
      if (phrase.trim()) phrases.push(normaliseForPhrase(phrase));
      return " " + phrase + " ";
    });
    var tokens = terms(text);
    return {
      tokens: tokens,
      // Each word joined to the next, in indexed form: "whistle blowing" also looks for "whistleblowing".
      joined: joinedPairs(text, tokens.length),
      phrases: phrases.filter(Boolean),
      // The word still being typed gets prefix matching; a finished word (followed by a space) does not.
      typing: !/[\s"]$/.test(raw)
    };
  }

  /** For each word but the last, the word run together with the next one, stemmed ("hand" "washing" → "handwash"). */
  function joinedPairs(text, count) {
    var words = text.split(SPLIT).map(function (w) { var f = w ? fold(w) : ""; return f && !stopWordSet.has(f) ? f : null; }).filter(Boolean);
    if (words.length !== count) return [];
    return words.slice(0, -1).map(function (w, i) { return window.GuideGenStem(w + words[i + 1]); });
  }

  function normaliseForPhrase(text) {
    return " " + (fold(text).match(WORD) || []).join(" ") + " ";
  }

  function lastWordOnly(term, i, terms) { return i === terms.length - 1 && term.length >= 4; }

  var SYNONYM_WEIGHT = 0.5;
  var FEW = 3; // fewer results than this with every word are topped up with results that have some
  function synonymWeight() { return SYNONYM_WEIGHT; }

  // A topic is the best answer when it matches as well as an item: it gathers everything on its subject.
  var KIND_BOOST = { topic: 1.5 };
  function boostByKind(id, term, stored) { return KIND_BOOST[stored && stored.kind] || 1; }

  function buildQuery(tokens, prefixLast, groups, groupOf, longest, joined, shortened) {
    var parts = [];
    var synonymAt = function (at) {
      for (var length = Math.min(longest, tokens.length - at); length >= 1; length--) {
        var key = tokens.slice(at, at + length).join(" ");
        if (groupOf.has(key)) return { length: length, group: groups[groupOf.get(key)] };
      }
      return null;
    };
    for (var i = 0; i < tokens.length;) {
      var match = synonymAt(i);
      // Two words that may be one ("whistle blowing", "care plan"): either both, or the word they make.
      if (!match && joined && joined[i] && i + 1 < tokens.length && !synonymAt(i + 1)) {
        var second = prefixLast && i + 2 === tokens.length && tokens[i + 1].length >= 3 ? { queries: [tokens[i + 1]], prefix: true } : tokens[i + 1];
        parts.push({ combineWith: "OR", queries: [{ combineWith: "AND", queries: [tokens[i], second] }, joined[i]] });
        i += 2;
        continue;
      }
      var span = match ? match.length : 1;
      var isLast = i + span === tokens.length;
      var typed = tokens.slice(i, i + span).join(" ");
      var alternatives = match ? match.group : [tokens[i]];
      // A misspelt long word ("recruitmnet") is further than two letters from the index's stem
      // ("recruit"); its first two thirds, spelt nearly right, still lead there.
      var shortForm = shortened && !match && tokens[i].length >= 7 ? tokens[i].slice(0, Math.ceil(tokens[i].length * 0.7)) : null;
      parts.push({
        combineWith: "OR",
        // Prefix matching from the third letter: "c" alone would match most of the guide.
        prefix: prefixLast && isLast && span === 1 && tokens[i].length >= 3,
        queries: alternatives.map(function (phrase) {
          // A synonym counts for less than the word typed, so "medicines" puts the Medicines topic above
          // "Covert medication".
          var weight = phrase === typed ? undefined : synonymWeight;
          if (phrase.indexOf(" ") < 0) return weight ? { queries: [phrase], boostTerm: weight } : phrase;
          // In a phrase from a synonym group, the last word may end differently ("record" finds "records").
          var query = { combineWith: "AND", prefix: lastWordOnly, queries: [phrase] };
          if (weight) query.boostTerm = weight;
          return query;
        }).concat(shortForm ? [{ queries: [shortForm], prefix: true, fuzzy: 1, boostTerm: synonymWeight }] : [])
      });
      i += span;
    }
    return { combineWith: "AND", queries: parts };
  }

  var phraseText = new Map(); // document id → its words, normalised once for phrase matching
  var stopWordSet = new Set(); // set by createEngine from the search data

  var allServices = "A"; // the service type that applies to all services: the first one in site.yml

  function search(index, raw, filters, terms, groups, groupOf, longest, done) {
    var query = parseQuery(raw, terms);
    if (!query.tokens.length) { done({ results: [], mode: "empty", query: query }); return; }
    var options = {
      // The query's words are already in their indexed form (parseQuery ran them through terms()):
      // stemming a stem again would change it ("supervis" is not "supervi").
      processTerm: function (term) { return term; },
      boost: { title: 2, keywords: 1.5 },
      boostDocument: boostByKind,
      filter: function (result) {
        if (filters.kq && (result.kq || "") !== filters.kq) return false;
        if (filters.kind && result.kind !== filters.kind) return false;
        // Items for all services always show; pages and topics have no service type.
        if (filters.service && result.service && result.service !== allServices && result.service !== filters.service) return false;
        return true;
      }
    };
    var fuzzy = function (term) { return term.length > 3 ? 0.2 : false; };
    // A sharded index first loads the shards a query needs; with one index file every step is immediate.
    var run = function (tree, extra, next) {
      var all = Object.assign({}, options, extra);
      var prepare = index.prepare || function (t, o, ready) { ready(); };
      prepare(tree, all, function () {
        var results = index.search(tree, all);
        if (!query.phrases.length) { next(results); return; }
        var hasPhrases = function (r) {
          var haystack = phraseText.get(r.id);
          if (haystack === undefined) phraseText.set(r.id, haystack = normaliseForPhrase(r.title + " " + r.text));
          return query.phrases.every(function (p) { return haystack.indexOf(p) >= 0; });
        };
        // A sharded index reads document text only for the best candidates (see its verify).
        if (index.verify) index.verify(results, hasPhrases, next); else next(results.filter(hasPhrases));
      });
    };

    var tree = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, query.joined);
    var finish = function (mode, results, withEvery) { done({ results: results, mode: mode, query: query, withEvery: withEvery }); };
    run(tree, {}, function (results) {
      // Few results with every word ("falls at night"): those first, then the results with some of them,
      // so that the topic about falls is still within reach.
      // Trees for "some of the words": each word on its own (no pairs run together).
      var eachWord = function (shortened) { var t = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, null, shortened); t.combineWith = "OR"; return t; };
      var single = query.tokens.length <= 1;
      if (results.length >= FEW || (results.length && single)) { finish("all", results); return; }
      if (results.length) {
        var every = results;
        var some = eachWord(false);
        run(some, {}, function (more) {
          var seen = new Set(every.map(function (r) { return r.id; }));
          finish("all", every.concat(more.filter(function (r) { return !seen.has(r.id); })), every.length);
        });
        return;
      }
      var similar = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, query.joined, true);
      run(similar, { fuzzy: fuzzy }, function (results) {
        if (results.length || single) { finish("fuzzy", results); return; }
        run(eachWord(true), { fuzzy: fuzzy }, function (results) { finish("any", results); });
      });
    });
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

  function snippet(text, matched, length) {
    if (text.length <= length) return text;
    var first = -1;
    text.replace(WORD, function (word, offset) {
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

  function renderResult(result, search) {
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
    appendMarked(text, snippet(result.text, matched, result.title ? 160 : 220), matched);
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
            outcome.results.slice(0, shown).forEach(function (r) { list.appendChild(renderResult(r, search)); });
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
      ["Check the spelling, or try fewer words.", "Try a plainer or more general word (for example “drinks” instead of “fluid intake”).", "Browse the five key questions from the menu at the top of the page."]
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
              outcome.results.slice(shown, upTo).forEach(function (r) { list.appendChild(renderResult(r, search)); });
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
    if (window.GuideGenStem) highlightArrival(); else loadScript(root + "assets/stemmer.js", highlightArrival, function () {});
    // Warm up in idle time so the first keystroke finds the index ready.
    var idle = window.requestIdleCallback || function (callback) { return setTimeout(callback, 1500); };
    idle(function () { withEngine(function () {}); }, { timeout: 5000 });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
