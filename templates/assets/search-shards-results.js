/* GuideGen sharded search index, results: a topic gathers its items' scores; result objects are
   made from their sort keys only as far as they are shown, then their documents are loaded and, for
   a quoted phrase, checked. One of the parts search-shards.js puts together: adds `shardResults(ix)`
   to GuideGenSearchParts, given the index's shared state `ix`. No DOM here. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  // A quoted phrase is checked against document text, which lives in document shards: stop once this many
  // results are confirmed, or this many shards were read, rather than load most of a large index.
  var PHRASE_WANT = 100;
  var PHRASE_MAX_SHARDS = 48;

  Parts.shardResults = function (ix) {
    var helpers = ix.helpers, count = ix.count, scale = ix.scale, slot = ix.slot, perShard = ix.perShard, codes = ix.codes, facets = ix.facets;
    var shards = ix.shards, need = ix.need;

    // ---- A topic gathers its items' scores (as search-rank.js does for one index file) -------------
    // Documents are in reading order, so an item's topic is the last topic document before it; pages,
    // glossary entries and key questions (gather.standalone) belong to none.
    var topicOf = null;      // document → its topic's document, or -1
    var topicNumber = null;  // topic document → its place among the topics
    var topicCount = 0;
    var filled = null, best = null; // gatherByTopic's buffers
    function groupOf(doc) { return topicOf ? topicOf[doc] : -1; }
    function topicsOf(gather) {
      if (topicOf) return topicOf;
      topicOf = new Int32Array(count);
      topicNumber = new Int32Array(count);
      var standalone = facets.map(function (f) { return f.kind === gather.topicKind ? 0 : gather.standalone.indexOf(f.kind) >= 0 ? 1 : 2; });
      for (var doc = 0, last = -1; doc < count; doc++) {
        var role = standalone[codes[doc]];
        if (role === 0) { last = doc; topicNumber[doc] = topicCount++; }
        topicOf[doc] = role === 0 ? doc : role === 1 ? -1 : last;
      }
      filled = new Uint8Array(topicCount);
      return topicOf;
    }

    /**
     * Raises each topic's score by gather.weight × its best gather.count items' scores × gather.boost (as the
     * engine's gatherByTopic); a topic that did not match itself is appended to docs[0..n). Returns the new n.
     */
    function gatherByTopic(set, docs, n, gather, allowed) {
      var k = gather.count;
      // Each topic's best k item scores are kept in one reused buffer, k slots per topic, best first.
      if (!best || best.length < topicCount * k) best = new Float64Array(topicCount * k);
      var touched = [];
      for (var j = 0; j < n; j++) {
        var doc = docs[j], topic = topicOf[doc];
        if (topic < 0 || topic === doc) continue;
        var t = topicNumber[topic], have = filled[t], at = t * k, score = set.score[doc];
        if (have === 0) touched.push(topic);
        var i = have < k ? have : k - 1;
        if (have >= k && score <= best[at + i]) continue;
        while (i > 0 && best[at + i - 1] < score) { best[at + i] = best[at + i - 1]; i--; }
        best[at + i] = score;
        if (have < k) filled[t] = have + 1;
      }
      for (j = 0; j < touched.length; j++) {
        var owner = touched[j], place = topicNumber[owner], sum = 0;
        for (var s = 0; s < filled[place]; s++) sum += best[place * k + s];
        filled[place] = 0;
        if (!set.mask[owner]) {
          if (!allowed[codes[owner]]) continue;
          set.mask[owner] = 1 << 31; // marks it as written, so the set is cleared here on release
          set.docs.push(owner);
          docs[n++] = owner;
        }
        set.score[owner] += gather.weight * sum * gather.boost;
      }
      return n;
    }

    /** The result of topic document doc, when the filter lets it in (for a topic found through its items). */
    function topicResult(doc, filter) {
      var facet = facets[codes[doc]];
      if (filter && !filter(facet)) return null;
      return { doc: doc, group: doc, score: 0, kind: facet.kind, kq: facet.kq, service: facet.service, loaded: false };
    }

    /** Makes the result objects up to upTo from their sort keys. */
    function make(results, upTo) {
      for (var end = Math.min(upTo, results.length); results.made < end; results.made++) {
        var key = results.sortKeys[results.made];
        var docId = ((key % slot) + slot) % slot;
        var facet = facets[codes[docId]];
        results[results.made] = { doc: docId, group: groupOf(docId), score: Math.round((docId - key) / slot) / scale, kind: facet.kind, kq: facet.kq, service: facet.service, loaded: false };
      }
    }

    /** Loads the shown fields of results[0..upTo) and marks in each which of the matched words it holds. */
    function load(results, upTo, done) {
      var end = Math.min(upTo, results.length);
      if (results.sortKeys) make(results, end);
      var names = [];
      for (var i = 0; i < end; i++) if (!results[i].loaded) names.push("d" + Math.floor(results[i].doc / perShard));
      need(names, function () {
        for (var i = 0; i < end; i++) {
          var r = results[i];
          if (r.loaded) continue;
          var shard = shards["d" + Math.floor(r.doc / perShard)];
          (shard.topics || []).forEach(function (t) { topicLabels[t.id] = t.label; });
          var fields = shard.documents[r.doc % perShard] || ["", "", ""];
          r.id = fields[0]; r.title = fields[1]; r.text = fields[2]; r.topic = fields[6] || "";
          if (!r.topic) delete r.topic;
          var words = new Set(helpers.terms(r.title + " " + r.text));
          r.terms = Array.from(results.derived || []).filter(function (t) { return words.has(t); });
          r.loaded = true;
        }
        done();
      });
    }

    /**
     * Keeps the results that pass test (a phrase check on their text), best first, reading the document
     * shards of the best candidates a few at a time; every candidate in a shard read is checked. When it
     * stops early, kept.unchecked says how many candidates were not checked.
     */
    function verify(results, test, done) {
      make(results, results.length);
      var byShard = new Map();
      results.forEach(function (r) {
        var name = "d" + Math.floor(r.doc / perShard);
        if (!byShard.has(name)) byShard.set(name, []);
        byShard.get(name).push(r);
      });
      var kept = [];
      var read = 0, at = 0, checked = 0;
      var finish = function () {
        kept.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        kept.derived = results.derived;
        kept.unchecked = results.length - checked;
        done(kept);
      };
      var step = function () {
        if (kept.length >= PHRASE_WANT || read >= PHRASE_MAX_SHARDS || at >= results.length) { finish(); return; }
        var names = [];
        while (at < results.length && names.length < 8) {
          var name = "d" + Math.floor(results[at++].doc / perShard);
          if (byShard.has(name) && names.indexOf(name) < 0) names.push(name);
        }
        var group = [];
        names.forEach(function (name) { group = group.concat(byShard.get(name)); byShard.delete(name); });
        group.derived = results.derived;
        read += names.length;
        load(group, group.length, function () {
          checked += group.length;
          group.forEach(function (r) { if (test(r)) kept.push(r); });
          step();
        });
      };
      step();
    }

    var topicLabels = {};

    return {
      topicsOf: topicsOf, gatherByTopic: gatherByTopic, topicResult: topicResult, make: make, load: load, verify: verify, topicLabels: topicLabels,
      topicOf: function () { return topicOf; }, topicCount: function () { return topicCount; }
    };
  };
})();
