/* GuideGen search, drawing results: each result, with the words it matched marked, a snippet around
   them, and the status line that says how many were found and how. Every result is built with DOM
   methods and textContent: nothing from the index becomes markup. Adds `render` to
   GuideGenSearchParts; search-box.js and search-page.js use it. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var root = Parts.ui.root;
  // The engine's word pattern and stemming (search-engine.js): results are drawn only once it is loaded.
  function E() { return window.GuideGenSearchEngine; }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** Appends text to a node, wrapping the words whose folded form was matched in <mark>. */
  function appendMarked(parent, text, matched) {
    var last = 0;
    text.replace(E().WORD, function (word, offset) {
      if (matched.has(E().stemmed(word))) {
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
    if (first < 0) text.replace(E().WORD, function (word, offset) {
      if (first < 0 && matched.has(E().stemmed(word))) first = offset;
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

  Parts.render = { element: element, appendMarked: appendMarked, snippet: snippet, resultHref: resultHref, renderResult: renderResult, plural: plural, statusText: statusText };
})();
