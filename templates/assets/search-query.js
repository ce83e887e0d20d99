/* GuideGen search, reading a query: what a reader types turned into a MiniSearch query tree (words
   stemmed as the index was, synonyms, words that may be one, forgiving spellings). No DOM here:
   search-engine.js runs the tree, and the tests run this file in Jint. Needs stemmer.js. Adds `query`
   to GuideGenSearchParts, the namespace the search scripts share. */
(function (global) {
  "use strict";
  var SPLIT = /[\n\r\p{Z}\p{P}]+/u;          // MiniSearch's own tokenizer, so queries split like the index
  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  var window = global;

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  /** A word of the page in the form the index holds it, to mark the words a search matched. */
  function stemmed(word) {
    var folded = fold(word);
    return window.GuideGenStem ? window.GuideGenStem(folded) : folded;
  }

  var stopWordSet = new Set(); // set by the engine from the search data (useStopWords)
  function useStopWords(set) { stopWordSet = set; }
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

  var SYNONYM_WEIGHT = 0.4;
  function synonymWeight() { return SYNONYM_WEIGHT; }

  function buildQuery(tokens, prefixLast, groups, groupOf, longest, joined, shortened, guesses) {
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
          // The same words written together or apart ("careplan", "care plan") count as the words typed.
          var weight = phrase.replace(/ /g, "") === typed.replace(/ /g, "") ? undefined : synonymWeight;
          if (phrase.indexOf(" ") < 0) return weight ? { queries: [phrase], boostTerm: weight } : phrase;
          // In a phrase from a synonym group, the last word may end differently ("record" finds "records").
          var query = { combineWith: "AND", prefix: lastWordOnly, queries: [phrase] };
          if (weight) query.boostTerm = weight;
          return query;
        }).concat(shortForm ? [{ queries: [shortForm], prefix: true, fuzzy: 1, boostTerm: synonymWeight }] : [])
          .concat(guesses && !match ? misspellings(tokens[i]) : [])
      });
      i += span;
    }
    return { combineWith: "AND", queries: parts };
  }

  /**
   * What a word not in the guide may have meant, tried when similar spellings find nothing: two letters swapped
   * ("hygeine"; MiniSearch's edit distance counts a swap as two changes) and two words run together
   * ("careplan", "handwashing" where the guide writes "hand washing"), each half in its indexed form.
   */
  function misspellings(term) {
    var found = [];
    var seen = new Set([term]);
    var add = function (query) { var key = JSON.stringify(query); if (!seen.has(key)) { seen.add(key); found.push(query); } };
    for (var i = 0; i + 1 < term.length && term.length >= 5; i++) {
      if (term[i] === term[i + 1]) continue;
      var swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      add({ queries: [window.GuideGenStem(swapped)], boostTerm: SYNONYM_WEIGHT });
    }
    for (var at = 3; at + 3 <= term.length && term.length >= 6; at++) {
      var left = term.slice(0, at), right = term.slice(at);
      if (stopWordSet.has(left) || stopWordSet.has(right)) continue;
      add({ combineWith: "AND", queries: [window.GuideGenStem(left), window.GuideGenStem(right)], boostTerm: SYNONYM_WEIGHT });
    }
    return found;
  }

  var Parts = global.GuideGenSearchParts = global.GuideGenSearchParts || {};
  Parts.query = {
    SPLIT: SPLIT, WORD: WORD, SYNONYM_WEIGHT: SYNONYM_WEIGHT, fold: fold, stemmed: stemmed, useStopWords: useStopWords,
    parseQuery: parseQuery, joinedPairs: joinedPairs, normaliseForPhrase: normaliseForPhrase, buildQuery: buildQuery, misspellings: misspellings
  };
})(typeof window !== "undefined" ? window : this);
