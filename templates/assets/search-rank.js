/* GuideGen search, ranking: the topic a query is about first, and room for other topics. No DOM
   here; search-engine.js uses it, and the tests run it in Jint. Adds `rank` to GuideGenSearchParts. */
(function (global) {
  "use strict";
  // A topic is the best answer when it matches as well as an item: it gathers everything on its subject.
  // A free page or a key question's overview is rarely the answer to what a reader asks: the topic is.
  var KIND_BOOST = { topic: 1.5, page: 0.5, "key-question": 0.6, glossary: 0.7 };
  function boostByKind(id, term, stored) { return KIND_BOOST[stored && stored.kind] || 1; }

  // A topic's score gathers its matching items' best scores: a reader who asks about care plan reviews
  // wants the Care plans topic, whose recommendations, examples and signs all speak of them, above
  // the one item elsewhere that happens to use the same words. The sharded index does the same by
  // document number (search-shards-results.js, options.gather).
  var GATHER = { weight: 0.3, count: 5 };
  // Each further result of a topic among the first ones counts a little less, so that one topic's
  // items do not fill the first screen when another topic also answers.
  var REPEAT_FACTOR = 0.7;
  var DIVERSE_FIRST = 50;

  function groupOfResult(r) { return r.group !== undefined ? r.group : r.topic; }

  /**
   * Results with each topic's score raised by its items' (the topic is added if only its items matched).
   * An item's topic is its group: the topic's id with one index file, the topic's document number with
   * a sharded one; topicResult(group, item) makes the result of a topic that did not match itself.
   */
  function gatherByTopic(results, topicResult) {
    var items = new Map(); // group → its items' scores and words
    var topics = new Map(); // group → the topic's own result
    results.forEach(function (r) {
      var group = groupOfResult(r);
      if (group === undefined || group === -1) return;
      if (r.kind === "topic") { topics.set(group, r); return; }
      if (!items.has(group)) items.set(group, { scores: [], terms: new Set(), item: r });
      var found = items.get(group);
      found.scores.push(r.score);
      (r.terms || []).forEach(function (t) { found.terms.add(t); });
    });
    var raised = []; // the topics whose score changed: few, against many results for a common word
    items.forEach(function (found, group) {
      var result = topics.get(group) || topicResult(group, found.item, Array.from(found.terms));
      if (!result) return;
      result.score += gathered(found.scores) * KIND_BOOST.topic;
      raised.push(result);
    });
    if (!raised.length) return results;
    // The rest are still best first; merge the raised topics into them.
    var moved = new Set(raised);
    var position = new Map(results.map(function (r, i) { return [r, i]; }));
    var rank = function (r) { return position.has(r) ? position.get(r) : results.length + (r.doc || 0); };
    raised.sort(function (a, b) { return b.score - a.score || rank(a) - rank(b); });
    var merged = [];
    var next = 0;
    results.forEach(function (r) {
      if (moved.has(r)) return;
      while (next < raised.length && (raised[next].score > r.score || (raised[next].score === r.score && rank(raised[next]) < rank(r)))) merged.push(raised[next++]);
      merged.push(r);
    });
    while (next < raised.length) merged.push(raised[next++]);
    merged.derived = results.derived;
    merged.unchecked = results.unchecked;
    return merged;
  }

  /** For one index file: a topic found only through its items, from its stored fields, if the filter lets it in. */
  function storedTopic(index, filter) {
    return function (topic, item, terms) {
      var path = item.id.split("#")[0];
      var stored = index.getStoredFields(path);
      if (!stored) return null;
      // Found through its items: their words are the ones to mark on the topic's page.
      var result = Object.assign({ id: path, score: 0, terms: terms, queryTerms: [], match: {} }, stored);
      return filter && !filter(result) ? null : result;
    };
  }

  /** What a topic gains from its items' scores: the best few, weighted (the same sum as search-shards-results.js). */
  function gathered(scores) {
    scores.sort(function (a, b) { return b - a; });
    var sum = 0;
    for (var i = 0; i < scores.length && i < GATHER.count; i++) sum += scores[i];
    return GATHER.weight * sum;
  }

  /** Re-orders results[start, end) so that each further result of a topic counts REPEAT_FACTOR less. */
  function diversify(results, start, end) {
    end = Math.min(end, results.length, start + DIVERSE_FIRST);
    if (end - start < 3) return;
    var seen = new Map();
    var ranked = results.slice(start, end).map(function (r, i) {
      var group = groupOfResult(r);
      var repeats = group === undefined || group === -1 ? 0 : (seen.get(group) || 0);
      if (group !== undefined && group !== -1) seen.set(group, repeats + 1);
      return { r: r, i: i, rank: r.score * Math.pow(REPEAT_FACTOR, repeats) };
    });
    ranked.sort(function (a, b) { return b.rank - a.rank || a.i - b.i; });
    ranked.forEach(function (x, i) { results[start + i] = x.r; });
  }

  var Parts = global.GuideGenSearchParts = global.GuideGenSearchParts || {};
  Parts.rank = {
    KIND_BOOST: KIND_BOOST, GATHER: GATHER, boostByKind: boostByKind,
    gatherByTopic: gatherByTopic, storedTopic: storedTopic, gathered: gathered, diversify: diversify
  };
})(typeof window !== "undefined" ? window : this);
