/* GuideGen sharded search index: for guides too large for one index file.
   The manifest (assets/search-index.js) names the term shards and holds each document's filter values;
   term shards hold, per term, its documents with precomputed scores (MiniSearch's BM25+ with the field
   boosts), so here scores are only added up; document shards hold what a result shows. Shards are
   classic scripts added as <script> tags, which work from file:// where fetch does not, and each calls
   window.GuideGenSearchShard(data). Queries use the same tree search-ui.js gives MiniSearch (AND of OR groups,
   prefix for the word being typed, similar spellings as a fallback), scored the way MiniSearch scores it.
   Loaded by search-ui.js only when the manifest says the index is sharded. */
(function () {
  "use strict";

  var PREFIX_WEIGHT = 0.375; // MiniSearch's default weights for prefix and fuzzy matches
  var FUZZY_WEIGHT = 0.45;
  var MAX_FUZZY = 6;
  var has = Object.prototype.hasOwnProperty;
  // A quoted phrase is checked against document text, which lives in document shards: stop once this many
  // results are confirmed, or this many shards were read, rather than load most of a large index.
  var PHRASE_WANT = 100;
  var PHRASE_MAX_SHARDS = 48;

  /**
   * Creates the index from the manifest. helpers: { root, terms(text) → processed terms, split(text) → words as typed,
   * loadScript(src, onload, onerror) }.
   * prepare(tree, options, done) loads the shards a query needs; search(tree, options) then runs it at once
   * (results are made as far as load or verify asks: entries past the first 100 are filled in by load);
   * load(results, count, done) loads the documents of the first results; suggest(raw, done) offers a spelling.
   */
  window.GuideGenShardedIndex = function (data, helpers) {
    var manifest = data.shards;
    var count = manifest.documentCount;
    var firstTerms = manifest.termShards;
    var scale = manifest.scoreScale;
    var perShard = manifest.documentsPerShard;

    // Filter values per document: a fixed-width code into the list of distinct (kind, key question, service).
    var codes = new Uint16Array(count);
    var alphabet = manifest.codeAlphabet;
    var width = manifest.codeWidth;
    var digit = new Uint8Array(128);
    for (var c = 0; c < alphabet.length; c++) digit[alphabet.charCodeAt(c)] = c;
    for (var doc = 0, at = 0; doc < count; doc++) {
      var code = 0;
      for (var w = 0; w < width; w++) code = code * alphabet.length + digit[manifest.codes.charCodeAt(at++)];
      codes[doc] = code;
    }
    // Results sort as one number each: score in thousandths times slot, plus the document number.
    var slot = Math.pow(2, Math.ceil(Math.log2(count + 1)));
    var facets = manifest.filterValues.map(function (v) { return { kind: v[0], kq: v[1], service: v[2] }; });

    // ---- Loading shards ------------------------------------------------------------------------
    var shards = {};   // name → data
    var waiting = {};  // name → callbacks while its script loads
    var requested = []; // every shard asked for, in order (for benchmarks)
    window.GuideGenSearchShard = function (shard) { shards[shard.shard] = shard; };

    function need(names, done) {
      var missing = names.filter(function (name, i) { return !shards[name] && names.indexOf(name) === i; });
      var left = missing.length;
      if (!left) { done(); return; }
      var one = function () { if (--left === 0) done(); };
      missing.forEach(function (name) {
        if (waiting[name]) { waiting[name].push(one); return; }
        waiting[name] = [one];
        requested.push(name);
        var finish = function () {
          if (!shards[name]) shards[name] = { shard: name, terms: {}, documents: [], topics: [] }; // a missing file finds nothing, it does not stop search
          var callbacks = waiting[name];
          delete waiting[name];
          callbacks.forEach(function (cb) { cb(); });
        };
        helpers.loadScript(helpers.root + "assets/search/" + name + ".js", finish, finish);
      });
    }

    /** The term shard that holds a term (or would): the last one whose first term is not after it. */
    function shardOf(term) {
      var low = 0, high = firstTerms.length - 1;
      while (low < high) {
        var mid = (low + high + 1) >> 1;
        if (firstTerms[mid] <= term) low = mid; else high = mid - 1;
      }
      return low;
    }

    function prefixShards(prefix) {
      var list = [];
      for (var i = shardOf(prefix), last = shardOf(prefix + "\uffff"); i <= last; i++) list.push("t" + i);
      return list;
    }

    function postings(term) {
      var shard = shards["t" + shardOf(term)];
      return shard && has.call(shard.terms, term) ? shard.terms[term] : null;
    }

    var sortedTerms = {}; // shard name → its terms in order, for prefix matching
    function termsWithPrefix(prefix) {
      var found = [];
      prefixShards(prefix).forEach(function (name) {
        if (!shards[name]) return;
        var list = sortedTerms[name] || (sortedTerms[name] = Object.keys(shards[name].terms).sort());
        list.forEach(function (term) { if (term.length > prefix.length && term.lastIndexOf(prefix, 0) === 0) found.push(term); });
      });
      return found;
    }

    // ---- Similar spellings, from the vocabulary (loaded only when needed) -------------------------
    var vocabulary = null;
    var known = null; // the vocabulary as a set
    var fuzzyCache = new Map();

    function withVocabulary(done) {
      if (vocabulary) { done(); return; }
      need(["terms"], function () {
        vocabulary = shards.terms && shards.terms.terms ? shards.terms.terms.split("\n") : [];
        known = new Set(vocabulary);
        delete shards.terms;
        done();
      });
    }

    /** Levenshtein distance, or max + 1 as soon as it must exceed max. */
    function distance(a, b, max) {
      if (Math.abs(a.length - b.length) > max) return max + 1;
      var previous = [], current = [];
      for (var j = 0; j <= b.length; j++) previous[j] = j;
      for (var i = 1; i <= a.length; i++) {
        current = [i];
        var best = i;
        for (j = 1; j <= b.length; j++) {
          current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
          if (current[j] < best) best = current[j];
        }
        if (best > max) return max + 1;
        previous = current;
      }
      return previous[b.length];
    }

    /** Vocabulary terms within maxDistance of term (not the term itself), with their distance. */
    function fuzzyMatches(term, maxDistance) {
      var key = term + "\u0000" + maxDistance;
      if (fuzzyCache.has(key)) return fuzzyCache.get(key);
      var found = [];
      (vocabulary || []).forEach(function (candidate) {
        if (candidate === term) return;
        var d = distance(term, candidate, maxDistance);
        if (d <= maxDistance) found.push([candidate, d]);
      });
      if (vocabulary) fuzzyCache.set(key, found);
      return found;
    }

    function maxDistanceOf(spec) {
      if (!spec.fuzzy) return 0;
      var fuzzy = spec.fuzzy === true ? 0.2 : spec.fuzzy;
      return fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(spec.term.length * fuzzy)) : fuzzy;
    }

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
        // the guesses at a misspelling (search-engine.js) are many, and most are not words of the guide.
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
        if (maxDistance && vocabulary) {
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

    // ---- A topic gathers its items' scores (as search-engine.js does for one index file) -------------
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

    var FIRST_RESULTS = 100;

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

    /** The closest known spelling of each word, or null when every word is known or nothing is close. */
    function suggest(raw, done) {
      withVocabulary(function () {
        var changed = false;
        var words = helpers.terms(raw).map(function (term) {
          if (known.has(term)) return term;
          var best = null;
          fuzzyMatches(term, Math.max(1, Math.round(term.length * 0.25))).forEach(function (m) { if (!best || m[1] < best[1]) best = m; });
          if (!best) return term;
          changed = true;
          return best[0];
        });
        done(changed ? words.join(" ") : null);
      });
    }

    var topicLabels = {};
    return {
      prepare: prepare,
      search: search,
      load: load,
      verify: verify,
      suggest: suggest,
      topicResult: topicResult,
      topics: topicLabels,
      loadedShards: function () { return requested.slice(); }
    };
  };
})();
