/* GuideGen training packs: each topic's blocks arrive in a script of its own (assets/packs/<topic>.js),
   added when the topic is picked. Adds `topicBlocks(topics)` to GuideGenPacks; packs.js calls it. */
(function () {
  "use strict";

  var Packs = window.GuideGenPacks = window.GuideGenPacks || {};

  /** The blocks loaded so far, by topic id, and withBlocks(ids, then) to load more. */
  Packs.topicBlocks = function (topics) {
    // Each topic's blocks arrive with its script (file:// allows script tags, not fetch); loaded once per page.
    var blocksOf = Object.create(null), waiting = Object.create(null), failed = Object.create(null);
    window.GuideGenPacksTopic = function (entry) {
      if (!entry || typeof entry.id !== "string" || !topics[entry.id] || !entry.blocks || typeof entry.blocks !== "object") return;
      blocksOf[entry.id] = entry.blocks;
    };
    /** Calls then() once every topic in ids that the guide has is loaded (or has failed to load). */
    function withBlocks(ids, then) {
      var missing = ids.filter(function (id) { return topics[id] && !blocksOf[id] && !failed[id]; });
      var left = missing.length;
      if (!left) { then(); return; }
      missing.forEach(function (id) {
        var done = function () { if (--left === 0) then(); };
        if (waiting[id]) { waiting[id].push(done); return; }
        waiting[id] = [done];
        var finish = function (ok) {
          if (!ok || !blocksOf[id]) failed[id] = true;
          var callbacks = waiting[id];
          delete waiting[id];
          callbacks.forEach(function (f) { f(); });
        };
        var tag = document.createElement("script");
        tag.src = topics[id].script;
        tag.onload = function () { finish(true); };
        tag.onerror = function () { finish(false); };
        document.head.appendChild(tag);
      });
    }

    return { blocksOf: blocksOf, failed: failed, withBlocks: withBlocks };
  };
})();
