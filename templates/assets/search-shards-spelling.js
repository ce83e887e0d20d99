/* GuideGen sharded search index, similar spellings: from the vocabulary (loaded only when needed),
   and the closest known spelling of a word. One of the parts search-shards.js puts together: adds
   `shardSpelling(ix)` to GuideGenSearchParts, given the index's shared state `ix`. No DOM here. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var MAX_FUZZY = 6;

  Parts.shardSpelling = function (ix) {
    var helpers = ix.helpers, shards = ix.shards, need = ix.need;

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

    return {
      withVocabulary: withVocabulary, fuzzyMatches: fuzzyMatches, maxDistanceOf: maxDistanceOf, suggest: suggest,
      vocabulary: function () { return vocabulary; }, knownTerms: function () { return known; }
    };
  };
})();
