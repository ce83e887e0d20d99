/* GuideGen search engine: the part of search that needs no page. It reads what a reader types
   (search-query.js), runs it on the index and ranks the results (search-rank.js). The search page
   scripts (search-results.js and the others search.js loads) draw them; `guidegen check
   --search-report` and the tests run this same file outside a browser. Needs stemmer.js, search-query.js and
   search-rank.js, and minisearch.js or search-shards.js for the index. */
(function (global) {
  "use strict";

  var window = global;
  var Q = global.GuideGenSearchParts.query, Rank = global.GuideGenSearchParts.rank;
  var SPLIT = Q.SPLIT, WORD = Q.WORD, fold = Q.fold, stemmed = Q.stemmed;
  var parseQuery = Q.parseQuery, buildQuery = Q.buildQuery, normaliseForPhrase = Q.normaliseForPhrase;
  var KIND_BOOST = Rank.KIND_BOOST, GATHER = Rank.GATHER, boostByKind = Rank.boostByKind;
  var gatherByTopic = Rank.gatherByTopic, storedTopic = Rank.storedTopic, diversify = Rank.diversify;

  // ---- The search engine -------------------------------------------------------------------------
  /** The engine over the search data; helpers: { root, loadScript } for a sharded index to load its shards. */
  function createEngine(data, helpers) {
    var config = data.config;
    var stopWords = new Set(config.stopWords);
    Q.useStopWords(stopWords); // for the words run together and the guesses at a misspelling
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

  var SENTENCE = 3; // words (after stop words) from which a query is read as a sentence, not a list of must-haves
  var FEW = 3; // fewer results than this with every word are topped up with results that have some

  var phraseText = new Map(); // document id → its words, normalised once for phrase matching

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
