/* GuideGen search engine: the part of search that needs no page. It turns what a reader types into a
   MiniSearch query (words stemmed as the index was, synonyms, words that may be one, forgiving
   spellings) and ranks the results. search-ui.js draws them; `guidegen check --search-report` and
   the tests run this same file outside a browser. Needs stemmer.js, and minisearch.js or
   search-shards.js for the index. */
(function (global) {
  "use strict";

  var SPLIT = /[\n\r\p{Z}\p{P}]+/u;          // MiniSearch's own tokenizer, so queries split like the index
  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  var window = global;

  // ---- The search engine -------------------------------------------------------------------------
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  /** A word of the page in the form the index holds it, to mark the words a search matched. */
  function stemmed(word) {
    var folded = fold(word);
    return window.GuideGenStem ? window.GuideGenStem(folded) : folded;
  }

  /** The engine over the search data; helpers: { root, loadScript } for a sharded index to load its shards. */
  function createEngine(data, helpers) {
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
    allServices = config.allServices || "";
    var index = data.shards
      ? window.GuideGenShardedIndex(data, { root: helpers.root, terms: terms, split: function (text) { return text.split(SPLIT); }, loadScript: helpers.loadScript })
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
      keyQuestionsWord: config.keyQuestionsWord || "sections", // the guide's word for them, in a sentence
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

  var SYNONYM_WEIGHT = 0.4;
  var SENTENCE = 3; // words (after stop words) from which a query is read as a sentence, not a list of must-haves
  var FEW = 3; // fewer results than this with every word are topped up with results that have some
  function synonymWeight() { return SYNONYM_WEIGHT; }

  // A topic is the best answer when it matches as well as an item: it gathers everything on its subject.
  // A free page or a key question's overview is rarely the answer to what a reader asks: the topic is.
  var KIND_BOOST = { topic: 1.5, page: 0.5, "key-question": 0.6, glossary: 0.7 };
  function boostByKind(id, term, stored) { return KIND_BOOST[stored && stored.kind] || 1; }

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

  // ---- Ranking: the topic a query is about, and room for other topics --------------------------------
  // A topic's score gathers its matching items' best scores: a reader who asks about care plan reviews
  // wants the Care plans topic, whose recommendations, examples and signs all speak of them, above
  // the one item elsewhere that happens to use the same words. The sharded index does the same by
  // document number (search-shards.js, options.gather).
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

  /** What a topic gains from its items' scores: the best few, weighted (the same sum as search-shards.js). */
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

  var phraseText = new Map(); // document id → its words, normalised once for phrase matching
  var stopWordSet = new Set(); // set by createEngine from the search data

  var allServices = ""; // the service type marked in site.yml as applying to all services ("" when none is)

  function search(index, raw, filters, terms, groups, groupOf, longest, done) {
    var query = parseQuery(raw, terms);
    if (!query.tokens.length) { done({ results: [], mode: "empty", query: query }); return; }
    var options = {
      // The query's words are already in their indexed form (parseQuery ran them through terms()):
      // stemming a stem again would change it ("supervis" is not "supervi").
      processTerm: function (term) { return term; },
      boost: { title: 2, keywords: 1.5 },
      boostDocument: boostByKind,
      // For the sharded index: which kinds are topics and which belong to no topic, and how to gather.
      topics: { topicKind: "topic", standalone: ["page", "glossary", "key-question"] },
      gather: { weight: GATHER.weight, count: GATHER.count, boost: KIND_BOOST.topic },
      filter: function (result) {
        if (filters.kq && (result.kq || "") !== filters.kq) return false;
        if (filters.kind && result.kind !== filters.kind) return false;
        // Items for all services always show; pages and topics have no service type.
        if (filters.service && result.service && result.service !== allServices && result.service !== filters.service) return false;
        return true;
      }
    };
    // One letter off for a word up to seven letters, two for longer ones but those have their short form
    // (buildQuery), which finds the stem at one letter off for much less work than two letters off.
    var fuzzy = function (term) { return term.length > 3 ? (term.length >= 8 ? 1 : 0.2) : false; };
    // A sharded index first loads the shards a query needs; with one index file every step is immediate.
    var run = function (tree, extra, next) {
      var all = Object.assign({}, options, extra);
      var prepare = index.prepare || function (t, o, ready) { ready(); };
      prepare(tree, all, function () {
        // Without a quoted phrase the sharded index gathers by topic as it scores (all.gather); with one,
        // only the items that hold the phrase lift their topic, so that comes after the check.
        if (query.phrases.length) delete all.gather;
        var results = index.search(tree, all);
        var topicResult = index.topicResult ? function (group) { return index.topicResult(group, all.filter); } : storedTopic(index, all.filter);
        if (!query.phrases.length) { next(index.prepare ? results : gatherByTopic(results, topicResult)); return; }
        var hasPhrases = function (r) {
          var haystack = phraseText.get(r.id);
          if (haystack === undefined) phraseText.set(r.id, haystack = normaliseForPhrase(r.title + " " + r.text));
          return query.phrases.every(function (p) { return haystack.indexOf(p) >= 0; });
        };
        // A sharded index reads document text only for the best candidates (see its verify).
        // Only topics that hold the phrase themselves are raised: every result must show the phrase.
        var gatherNext = function (kept) { next(gatherByTopic(kept, function () { return null; })); };
        if (index.verify) index.verify(results, hasPhrases, gatherNext); else gatherNext(results.filter(hasPhrases));
      });
    };

    var tree = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, query.joined);
    var finish = function (mode, results, withEvery) {
      diversify(results, 0, withEvery || results.length);
      if (withEvery) diversify(results, withEvery, results.length);
      done({ results: results, mode: mode, query: query, withEvery: withEvery });
    };
    // Trees for "some of the words": each word on its own (no pairs run together).
    var eachWord = function (shortened) { var t = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, null, shortened); t.combineWith = "OR"; return t; };
    var similarOrAny = function () {
      var similar = buildQuery(query.tokens, query.typing && !query.phrases.length, groups, groupOf, longest, query.joined, true);
      run(similar, { fuzzy: fuzzy }, function (results) {
        if (results.length) { finish("fuzzy", results); return; }
        var any = function () {
          if (query.tokens.length <= 1) { finish("fuzzy", []); return; }
          run(eachWord(true), { fuzzy: fuzzy }, function (results) { finish("any", results); });
        };
        // A quoted phrase is matched as written: guessing at its spelling cannot help.
        if (query.phrases.length) { any(); return; }
        // Still nothing: letters swapped, or words run together that the guide writes apart.
        var guessed = buildQuery(query.tokens, false, groups, groupOf, longest, query.joined, false, true);
        run(guessed, {}, function (results) { if (results.length) finish("fuzzy", results); else any(); });
      });
    };
    // A question or a sentence ("how often should care plans be reviewed") rarely has every word in one
    // item: the items with most of its words, scored by how many they have (as MiniSearch does), answer it.
    if (query.tokens.length >= SENTENCE && !query.phrases.length) {
      run(eachWord(false), {}, function (results) { if (results.length) finish("some", results); else similarOrAny(); });
      return;
    }
    run(tree, {}, function (results) {
      // Few results with every word ("falls at night"): those first, then the results with some of them,
      // so that the topic about falls is still within reach.
      var single = query.tokens.length <= 1;
      if (results.length >= FEW || (results.length && single)) { finish("all", results); return; }
      if (results.length) {
        var every = results;
        var some = eachWord(false);
        run(some, {}, function (more) {
          // A sharded index's results are known by document number until their documents load.
          var key = function (r) { return r.doc !== undefined ? r.doc : r.id; };
          var seen = new Set(every.map(key));
          finish("all", every.concat(more.filter(function (r) { return !seen.has(key(r)); })), every.length);
        });
        return;
      }
      similarOrAny();
    });
  }


  global.GuideGenSearchEngine = { create: createEngine, fold: fold, stemmed: stemmed, SPLIT: SPLIT, WORD: WORD };
})(typeof window !== "undefined" ? window : this);
