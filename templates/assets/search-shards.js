/* GuideGen sharded search index: for guides too large for one index file.
   The manifest (assets/search-index.js) names the term shards and holds each document's filter values;
   term shards hold, per term, its documents with precomputed scores (MiniSearch's BM25+ with the field
   boosts), so here scores are only added up; document shards hold what a result shows. Shards are
   classic scripts added as <script> tags, which work from file:// where fetch does not, and each calls
   window.GuideGenSearchShard(data). Queries use the same tree search-engine.js gives MiniSearch (AND of OR
   groups, prefix for the word being typed, similar spellings as a fallback), scored the way MiniSearch
   scores it. Loaded by search-loader.js only when the manifest says the index is sharded, after its parts
   (search-shards-load.js, -spelling.js, -score.js, -results.js); this file puts them together. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts;

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

    // The parts, each given what the ones before it made: shard files (search-shards-load.js), similar
    // spellings (search-shards-spelling.js), results (search-shards-results.js), scoring (search-shards-score.js).
    var ix = { data: data, helpers: helpers, count: count, firstTerms: firstTerms, scale: scale, perShard: perShard, codes: codes, facets: facets, slot: slot };
    Object.assign(ix, Parts.shardFiles(ix));
    Object.assign(ix, Parts.shardSpelling(ix));
    Object.assign(ix, Parts.shardResults(ix));
    Object.assign(ix, Parts.shardScores(ix));

    return {
      prepare: ix.prepare,
      search: ix.search,
      load: ix.load,
      verify: ix.verify,
      suggest: ix.suggest,
      topicResult: ix.topicResult,
      topics: ix.topicLabels,
      loadedShards: function () { return ix.requested.slice(); }
    };
  };
})();
