/* GuideGen search, loading: the index (or the manifest of its shards), then the scripts it needs
   (the stemmer, the engine, MiniSearch or the sharded index's reader), by adding <script> tags, which
   works when the site is opened straight from disk. The first of the search page scripts that search.js
   loads when search is first needed (then search-results.js, search-box.js, search-page.js and
   search-ui.js). Adds `ui` to GuideGenSearchParts: root, loadScript, loadScripts, withEngine. */
(function () {
  "use strict";

  var currentScript = document.currentScript;
  var root = currentScript ? currentScript.src.replace(/assets\/search-loader\.js(?:[?#].*)?$/, "") : "";
  // In load order: the engine after stemmer.js, and the sharded index's reader (search-shards.js last).
  var ENGINE_PARTS = ["search-query.js", "search-rank.js", "search-engine.js"];
  var SHARD_PARTS = ["search-shards-load.js", "search-shards-spelling.js", "search-shards-score.js", "search-shards-results.js", "search-shards.js"];
  // ---- Loading -------------------------------------------------------------------------------
  var engine = null;
  var loadState = "idle"; // idle | loading | ready | failed
  var waiting = [];

  function loadScript(src, onload, onerror) {
    var tag = document.createElement("script");
    tag.src = src;
    tag.async = false;
    tag.onload = onload;
    tag.onerror = onerror;
    document.head.appendChild(tag);
  }

  /** Loads assets/<name> for each name, one after the other. */
  function loadScripts(names, onload, onerror) {
    if (!names.length) { onload(); return; }
    loadScript(root + "assets/" + names[0], function () { loadScripts(names.slice(1), onload, onerror); }, onerror);
  }

  function withEngine(callback) {
    if (engine) { callback(engine); return; }
    if (loadState === "failed") { callback(null); return; }
    waiting.push(callback);
    if (loadState === "loading") return;
    loadState = "loading";
    var fail = function () {
      loadState = "failed";
      waiting.splice(0).forEach(function (cb) { cb(null); });
    };
    var ready = function () {
      // A large guide's index comes in shards: the manifest says so, and its reader is one more script.
      // A single index needs MiniSearch to read it.
      var data = window.GuideGenSearchData;
      if (data && !window.GuideGenStem) { loadScript(root + "assets/stemmer.js", ready, fail); return; }
      if (data && !window.GuideGenSearchEngine) { loadScripts(ENGINE_PARTS, ready, fail); return; }
      if (data && data.shards && !window.GuideGenShardedIndex) { loadScripts(SHARD_PARTS, ready, fail); return; }
      if (data && !data.shards && !window.MiniSearch) { loadScript(root + "assets/vendor/minisearch.js", ready, fail); return; }
      try {
        engine = window.GuideGenSearchEngine.create(data, { root: root, loadScript: loadScript });
        loadState = "ready";
        window.GuideGenSearch = engine; // for benchmarks and tests, and for anyone scripting the guide
        window.GuideGenSearchReadyAt = window.performance ? performance.now() : 0;
      } catch (e) {
        fail();
        return;
      }
      waiting.splice(0).forEach(function (cb) { cb(engine); });
    };
    // The index (or the manifest of its shards) first: it says which reader it needs, so a sharded
    // guide never loads MiniSearch.
    if (window.GuideGenSearchData) ready();
    else loadScript(root + "assets/search-index.js", ready, fail);
  }

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  Parts.ui = {
    root: root, loadScript: loadScript, loadScripts: loadScripts, withEngine: withEngine, ENGINE_PARTS: ENGINE_PARTS,
    engine: function () { return engine; }, loadState: function () { return loadState; }
  };
})();
