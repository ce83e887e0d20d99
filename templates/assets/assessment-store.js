/* GuideGen self-assessment storage: the saved state in this browser. No DOM here (the page draws;
   the tests run this in Jint and in the browser). Needs assessment-file.js (what a saved file must
   look like, and how one joins what is saved), and adds `create` to GuideGenAssessmentStore.
   The promises it keeps:
   - a save that fails is reported, never swallowed; "saved" is only said after a save that worked;
   - an opened file changes nothing unless the result can be saved;
   - everything this guide saved can be removed from this computer (keys are namespaced per guide). */
(function (global) {
  "use strict";

  var S = global.GuideGenAssessmentStore;
  var FORMAT = S.FORMAT, VERSION = S.VERSION, MAX_FILE_BYTES = S.MAX_FILE_BYTES;
  var keyOf = S.keyOf, emptyState = S.emptyState, isPlainObject = S.isPlainObject, newId = S.newId,
    readFile = S.readFile, merge = S.merge, distinctName = S.distinctName;

  /**
   * The store on one guide's storage. `storage` is window.localStorage (or anything with its methods);
   * it may be missing or throw, as on locked-down computers, and every failure is reported.
   */
  function create(data, storage) {
    var key = keyOf(data);
    var store = { key: key, state: emptyState(data), notices: [], lastSave: null, saveError: null };

    function storageCall(fn) {
      try { return { ok: true, value: fn() }; } catch (e) { return { ok: false, error: e }; }
    }

    store.load = function () {
      var read = storageCall(function () { return storage.getItem(key); });
      if (!read.ok) {
        store.saveError = "This browser does not allow saving here.";
        store.notices.push(["warning", "This browser does not allow saving here. Download a copy of your answers before you leave the page."]);
        return;
      }
      if (!read.value) return;
      var parsed = null;
      try { parsed = JSON.parse(read.value); } catch (e) { parsed = null; }
      if (isPlainObject(parsed) && parsed.format === FORMAT && parsed.version === VERSION && Array.isArray(parsed.assessments) && parsed.guide === data.namespace) {
        store.state = parsed;
        return;
      }
      // Never overwrite what we cannot read: keep it aside under its own key, and say so.
      var aside = key + ":unreadable:" + new Date().toISOString();
      storageCall(function () { storage.setItem(aside, read.value); storage.removeItem(key); });
      store.notices.push(["warning", "Saved self-assessment data in this browser could not be read. It has been kept aside (" + aside + ") and a new, empty list started."]);
    };

    /** Saves the state; returns whether it worked. A failure is kept for the page to show at once. */
    store.save = function () {
      var text = JSON.stringify(store.state);
      var wrote = storageCall(function () { storage.setItem(key, text); return storage.getItem(key) === text; });
      if (wrote.ok && wrote.value) { store.lastSave = new Date(); store.saveError = null; return true; }
      store.saveError = wrote.ok ? "The browser did not keep what was saved." : (wrote.error && wrote.error.name === "QuotaExceededError" ? "This browser's storage for the guide is full." : "This browser refused to save (" + (wrote.error && wrote.error.name || "error") + ").");
      return false;
    };

    store.current = function () {
      return store.state.assessments.filter(function (a) { return a.id === store.state.current; })[0] || null;
    };

    store.add = function (fields, now) {
      var assessment = {
        id: newId(now), name: distinctName(store.state, fields.name), service: fields.service || "", serviceType: fields.serviceType || "",
        assessor: fields.assessor || "", date: fields.date, answers: {}, statements: {}, actions: {},
        created: now.toISOString(), updated: now.toISOString(), exported: null
      };
      store.state.assessments.push(assessment);
      store.state.current = assessment.id;
      store.save();
      return assessment;
    };

    /** Deletes one assessment from this browser; returns whether the deletion was saved. */
    store.remove = function (id) {
      var before = store.state;
      store.state = JSON.parse(JSON.stringify(before));
      store.state.assessments = store.state.assessments.filter(function (a) { return a.id !== id; });
      if (store.state.current === id) store.state.current = store.state.assessments.length ? store.state.assessments[0].id : null;
      if (!store.state.assessments.length) {
        var gone = storageCall(function () { storage.removeItem(key); return storage.getItem(key) === null; });
        if (gone.ok && gone.value) return true;
      } else if (store.save()) return true;
      store.state = before;
      return false;
    };

    /** Removes every key this guide saved on this computer (answers, set-aside copies, packs, choices). */
    store.removeEverything = function () {
      var prefix = data.namespace + ":";
      var done = storageCall(function () {
        var keys = [];
        for (var i = 0; i < storage.length; i++) { var k = storage.key(i); if (k && k.indexOf(prefix) === 0) keys.push(k); }
        keys.forEach(function (k) { storage.removeItem(k); });
        for (i = 0; i < storage.length; i++) if ((storage.key(i) || "").indexOf(prefix) === 0) return false;
        return true;
      });
      if (!done.ok || !done.value) return false;
      store.state = emptyState(data);
      store.lastSave = null;
      return true;
    };

    store.exportText = function () {
      return JSON.stringify({ format: FORMAT, version: VERSION, guide: data.namespace, assessments: store.state.assessments }, null, 2) + "\n";
    };

    /**
     * Opens a saved file: returns { ok, messages }. Nothing changes unless the result can be saved
     * (a browser with full storage keeps what it had, and the page says so).
     */
    store.importText = function (text, fileName, now, dateText) {
      var size = typeof text === "string" ? text.length : 0;
      if (size > MAX_FILE_BYTES) return { ok: false, messages: ["This file is " + (size / 1048576).toFixed(1) + " MB; a saved self-assessment file is at most " + MAX_FILE_BYTES / 1048576 + " MB. Nothing was changed."] };
      var read = readFile(data, text);
      if (read.error) return { ok: false, messages: [read.error] };
      var before = JSON.stringify(store.state);
      var messages = merge(store.state, read.assessments, fileName || "the file", now, dateText);
      read.setAside.forEach(function (s) { messages.push("“" + s.name + "” was not opened: " + s.why + "."); });
      if (!store.state.assessments.some(function (a) { return a.id === store.state.current; }) && store.state.assessments.length) store.state.current = store.state.assessments[0].id;
      if (!read.assessments.length) return { ok: false, messages: messages.length ? messages : ["This file holds no assessments. Nothing was changed."] };
      if (!store.save()) {
        store.state = JSON.parse(before);
        return { ok: false, messages: ["The file could not be saved in this browser (" + store.saveError + "). Nothing was changed; the file itself is untouched."] };
      }
      return { ok: true, messages: messages };
    };

    return store;
  }

  S.create = create;
})(this);
