/* GuideGen sharded search index, scoring: a query tree run over the loaded shards, scored the way
   MiniSearch scores it. One of the parts search-shards.js puts together: adds `shardScores(ix)` to
   GuideGenSearchParts, given the index's shared state `ix` (it uses every other part). No DOM here. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var PREFIX_WEIGHT = 0.375; // MiniSearch's default weights for prefix and fuzzy matches
  var FUZZY_WEIGHT = 0.45;

  Parts.shardScores = function (ix) {
    var helpers = ix.helpers, count = ix.count, scale = ix.scale, slot = ix.slot, codes = ix.codes, facets = ix.facets;
    var need = ix.need, shardOf = ix.shardOf, prefixShards = ix.prefixShards, postings = ix.postings, termsWithPrefix = ix.termsWithPrefix;
    var withVocabulary = ix.withVocabulary, fuzzyMatches = ix.fuzzyMatches, maxDistanceOf = ix.maxDistanceOf;
    var topicsOf = ix.topicsOf, gatherByTopic = ix.gatherByTopic, make = ix.make;

    var FIRST_RESULTS = 100; // result objects made at once; load makes the others as they are shown

    // ---- Reading the query tree as MiniSearch does ---------------------------------------------------
    /** Calls visit(spec, options) for every term of the tree, with the options in force there. */
    function walk(query, options, visit, combine) {
      if (typeof query !== "string") {
        var inner = Object.assign({}, options, query, { queries: undefined });
        return combine(query.queries.map(function (q) { return walk(q, inner, visit, combine); }), inner.combineWith);
      }
      // As MiniSearch: a processTerm in the search options replaces the index's (the query's words may
      // already be in their indexed form, and a stem stemmed again is another word).
      var terms = options.processTerm && helpers.split
        ? helpers.split(query).map(function (t) { return t ? options.processTerm(t) : null; }).filter(Boolean)
        : helpers.terms(query);
      return combine(terms.map(function (term, i) {
        return visit({
          term: term,
          fuzzy: typeof options.fuzzy === "function" ? options.fuzzy(term, i, terms) : (options.fuzzy || false),
          prefix: typeof options.prefix === "function" ? options.prefix(term, i, terms) : options.prefix === true,
          boost: typeof options.boostTerm === "function" ? options.boostTerm(term, i, terms) : 1
        });
      }), options.combineWith);
    }

    function prepare(tree, options, done) {
      var specs = [];
      var fuzzy = false;
      walk(tree, options, function (spec) { specs.push(spec); if (maxDistanceOf(spec)) fuzzy = true; }, function () {});
      var shardsFor = function (spec) {
        var names = [];
        // Once the vocabulary is read (a query with similar spellings), a word it lacks needs no shard:
        // the guesses at a misspelling (search-query.js) are many, and most are not words of the guide.
        var known = ix.knownTerms();
        if (!known || known.has(spec.term)) names.push("t" + shardOf(spec.term));
        if (spec.prefix) names = names.concat(prefixShards(spec.term));
        if (maxDistanceOf(spec)) fuzzyMatches(spec.term, maxDistanceOf(spec)).forEach(function (m) { names.push("t" + shardOf(m[0])); });
        return names;
      };
      var loadShards = function () { need([].concat.apply([], specs.map(shardsFor)), done); };
      if (fuzzy) withVocabulary(loadShards); else loadShards();
    }

    // ---- Scoring -----------------------------------------------------------------------------------
    // A result set: score and a bit mask of the query's words found, per document, and the documents in it.
    // Sets are dense (one slot per document, so adding up scores is quick) and reused: a released set is
    // cleared only where it was written, which spares allocating and clearing megabytes per query word.
    var pool = [];
    function newSet() { return pool.pop() || { score: new Float64Array(count), mask: new Uint32Array(count), docs: [] }; }
    function release(set) {
      set.docs.forEach(function (doc) { set.score[doc] = 0; set.mask[doc] = 0; });
      set.docs = [];
      pool.push(set);
    }

    // A term's postings are one string: pairs of (document − previous document, score in thousandths), each
    // a little-endian varint of base-64 digits (5 bits of value, the sixth says another digit follows).
    var VARINT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    var varintDigit = new Uint8Array(128);
    for (var v = 0; v < VARINT.length; v++) varintDigit[VARINT.charCodeAt(v)] = v;

    function addPostings(set, text, weight, bit) {
      if (!text) return;
      var factor = weight / scale;
      for (var i = 0, doc = 0, n = text.length; i < n;) {
        var value = 0, shift = 1, digit;
        do { digit = varintDigit[text.charCodeAt(i++)]; value += (digit & 31) * shift; shift *= 32; } while (digit & 32);
        doc += value;
        var score = 0;
        shift = 1;
        do { digit = varintDigit[text.charCodeAt(i++)]; score += (digit & 31) * shift; shift *= 32; } while (digit & 32);
        if (!set.mask[doc]) set.docs.push(doc);
        set.score[doc] += score * factor;
        set.mask[doc] |= bit;
      }
    }

    function combineSets(sets, combineWith) {
      if (!sets.length) return newSet();
      var and = (combineWith || "OR").toUpperCase() === "AND";
      return sets.reduce(function (a, b) {
        if (!and) {
          b.docs.forEach(function (doc) {
            if (!a.mask[doc]) a.docs.push(doc);
            a.score[doc] += b.score[doc];
            a.mask[doc] |= b.mask[doc];
          });
        } else {
          var kept = [];
          a.docs.forEach(function (doc) {
            if (b.mask[doc]) { a.score[doc] += b.score[doc]; a.mask[doc] |= b.mask[doc]; kept.push(doc); }
            else { a.score[doc] = 0; a.mask[doc] = 0; }
          });
          a.docs = kept;
        }
        release(b);
        return a;
      });
    }

    function bitCount(mask) {
      var n = 0;
      for (; mask; mask &= mask - 1) n++;
      return n;
    }

    /**
     * Runs a query tree over the loaded shards, as MiniSearch.search would: a matched word scores its
     * precomputed score; a longer word matched by prefix or a similar spelling scores less, by MiniSearch's
     * weights; the total is multiplied by how many of the query's words the document has.
     */
    function search(tree, options) {
      var bits = new Map();
      var derived = new Set();
      var set = walk(tree, options, function (spec) {
        if (!bits.has(spec.term)) bits.set(spec.term, bits.size < 31 ? 1 << bits.size : 1 << 31);
        var bit = bits.get(spec.term);
        var result = newSet();
        var exact = postings(spec.term);
        if (exact) { derived.add(spec.term); addPostings(result, exact, spec.boost, bit); }
        var byPrefix = new Set();
        if (spec.prefix) {
          termsWithPrefix(spec.term).forEach(function (term) {
            byPrefix.add(term);
            derived.add(term);
            var d = term.length - spec.term.length;
            addPostings(result, postings(term), spec.boost * PREFIX_WEIGHT * term.length / (term.length + 0.3 * d), bit);
          });
        }
        var maxDistance = maxDistanceOf(spec);
        if (maxDistance && ix.vocabulary()) {
          fuzzyMatches(spec.term, maxDistance).forEach(function (m) {
            if (byPrefix.has(m[0])) return;
            derived.add(m[0]);
            addPostings(result, postings(m[0]), spec.boost * FUZZY_WEIGHT * m[0].length / (m[0].length + m[1]), bit);
          });
        }
        return result;
      }, combineSets);

      // A filter depends only on a document's (kind, key question, service): ask once per combination.
      var allowed = facets.map(function (f) { return !options.filter || options.filter(f); });
      // MiniSearch multiplies each word's score by boostDocument; ours depends only on the kind, so the total is.
      var documentBoost = facets.map(function (f) { return options.boostDocument ? options.boostDocument(undefined, undefined, f) : 1; });
      // Sort by score, then reading order: one number per document, sorted natively.
      if (options.topics) topicsOf(options.topics);
      var topicOf = ix.topicOf(), topicCount = ix.topicCount();
      var gather = options.gather && topicOf ? options.gather : null;
      // Plain loops over typed arrays: a common word in a large guide matches a hundred thousand documents.
      var matched = set.docs, m = matched.length;
      var docs = new Int32Array(m + (gather ? topicCount : 0));
      var n = 0;
      for (var j = 0; j < m; j++) {
        var doc = matched[j], code = codes[doc];
        if (!allowed[code]) continue;
        set.score[doc] *= bitCount(set.mask[doc]) * documentBoost[code];
        docs[n++] = doc;
      }
      if (gather) n = gatherByTopic(set, docs, n, gather, allowed);
      var keys = new Float64Array(n);
      for (j = 0; j < n; j++) keys[j] = -Math.round(set.score[docs[j]] * scale) * slot + docs[j];
      release(set);
      // A common word matches most of the guide: its results are made only as far as they are shown (load).
      var results = new Array(n);
      results.sortKeys = keys.subarray(0, n).sort();
      results.made = 0;
      results.derived = derived;
      make(results, FIRST_RESULTS);
      return results;
    }

    return { prepare: prepare, search: search };
  };
})();
