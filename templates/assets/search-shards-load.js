/* GuideGen sharded search index, loading shards: each is a classic script added as a <script> tag
   (which works from file:// where fetch does not) that calls window.GuideGenSearchShard(data); and the
   term shard that holds a term. One of the parts search-shards.js puts together: adds
   `shardFiles(ix)` to GuideGenSearchParts, given the index's shared state `ix`. No DOM here. */
(function () {
  "use strict";

  var Parts = window.GuideGenSearchParts = window.GuideGenSearchParts || {};
  var has = Object.prototype.hasOwnProperty;

  Parts.shardFiles = function (ix) {
    var helpers = ix.helpers, firstTerms = ix.firstTerms;

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

    return { shards: shards, requested: requested, need: need, shardOf: shardOf, prefixShards: prefixShards, postings: postings, termsWithPrefix: termsWithPrefix };
  };
})();
