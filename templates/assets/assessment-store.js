/* GuideGen self-assessment storage: the saved state, what a saved file must look like, and how an
   opened file joins what is already saved. No DOM here (the page draws; the tests run this in Jint
   and in the browser). The promises it keeps:
   - a save that fails is reported, never swallowed; "saved" is only said after a save that worked;
   - an opened file never discards an answer: an assessment that differs from the one saved under
     the same id is added beside it as a copy, named so, and the page says what happened;
   - every field of an opened file is checked; what does not fit is refused with the reason;
   - everything this guide saved can be removed from this computer (keys are namespaced per guide). */
(function (global) {
  "use strict";

  var FORMAT = "guidegen-assessments";
  var VERSION = 1;
  /** Far above any real file (a full assessment with a note on every item is about 200 KB), and
      below what browsers let one page keep, so an accepted file can also be saved. */
  var MAX_FILE_BYTES = 2 * 1024 * 1024;
  var STATUSES = ["open", "in-progress", "done"];
  var ASSESSMENT_FIELDS = ["id", "name", "service", "serviceType", "assessor", "date", "answers", "statements", "actions", "created", "updated", "exported"];

  function keyOf(data) { return data.namespace + ":assessments:v" + VERSION; }

  function emptyState(data) {
    return { format: FORMAT, version: VERSION, guide: data.namespace, assessments: [], current: null };
  }

  function isPlainObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isDate(value) { return value === "" || /^\d{4}-\d{2}-\d{2}$/.test(value); }
  function isStamp(value) { return typeof value === "string" && !isNaN(Date.parse(value)); }

  /** The items of this guide by saved key ("S4/secure-storage"). */
  function itemsOf(data) {
    var items = Object.create(null);
    data.keyQuestions.forEach(function (kq) { kq.kloes.forEach(function (kloe) { kloe.items.forEach(function (item) { items[item.id] = item; }); }); });
    return items;
  }


  /** Why one saved assessment does not fit, or null when every field does. */
  function problemWith(data, items, a) {
    if (!isPlainObject(a)) return "it is not a record";
    var unknown = Object.keys(a).filter(function (k) { return ASSESSMENT_FIELDS.indexOf(k) < 0; });
    if (unknown.length) return "it has fields this guide does not use (" + unknown.join(", ") + ")";
    if (typeof a.id !== "string" || !a.id || a.id.length > 100) return "its id is missing or not text";
    var texts = ["name", "service", "serviceType", "assessor", "date"];
    for (var i = 0; i < texts.length; i++) if (typeof a[texts[i]] !== "string") return "its " + texts[i] + " is not text";
    if (!isDate(a.date)) return "its date is not a date (YYYY-MM-DD)";
    if (!isStamp(a.created) || !isStamp(a.updated)) return "its created or updated time is not a time";
    if (a.exported !== null && !isStamp(a.exported)) return "its exported time is not a time";
    if (!isPlainObject(a.answers)) return "its answers are not a list of answers";
    var ids = Object.keys(a.answers);
    for (i = 0; i < ids.length; i++) {
      var entry = a.answers[ids[i]];
      if (!isPlainObject(entry)) return "the answer to " + ids[i] + " is not an answer";
      if (Object.keys(entry).some(function (k) { return k !== "answer" && k !== "note"; })) return "the answer to " + ids[i] + " has fields this guide does not use";
      if (entry.note !== undefined && typeof entry.note !== "string") return "the note on " + ids[i] + " is not text";
      if (entry.answer !== undefined && typeof entry.answer !== "string") return "the answer to " + ids[i] + " is not one of the answers";
      var item = items[ids[i]];
      // Answers to items of other editions are kept as they are; answers to this edition's items must be on its scale.
      if (item && entry.answer !== undefined && entry.answer !== "na" && !global.GuideGenRules.scaleFor(data, item).some(function (s) { return s.id === entry.answer; }))
        return "the answer to " + ids[i] + " (" + entry.answer + ") is not one of its answers";
    }
    if (!isPlainObject(a.statements)) return "its quality statement scores are not a list of scores";
    var statementIds = Object.keys(a.statements);
    for (i = 0; i < statementIds.length; i++) {
      var s = a.statements[statementIds[i]];
      if (!isPlainObject(s) || Object.keys(s).some(function (k) { return k !== "score" && k !== "note"; })) return "the score of " + statementIds[i] + " is not a score";
      if (s.score !== undefined && s.score !== "na" && !(typeof s.score === "number" && s.score >= 1 && s.score <= 4 && Math.floor(s.score) === s.score)) return "the score of " + statementIds[i] + " is not 1 to 4";
      if (s.note !== undefined && typeof s.note !== "string") return "the note on " + statementIds[i] + " is not text";
    }
    if (!isPlainObject(a.actions)) return "its action plan is not a list of actions";
    var actionIds = Object.keys(a.actions);
    for (i = 0; i < actionIds.length; i++) {
      var act = a.actions[actionIds[i]];
      if (!isPlainObject(act)) return "the action for " + actionIds[i] + " is not an action";
      var bad = Object.keys(act).filter(function (k) { return ["action", "owner", "due", "status"].indexOf(k) < 0 || typeof act[k] !== "string"; });
      if (bad.length) return "the action for " + actionIds[i] + " has a field that does not fit (" + bad.join(", ") + ")";
      if (act.status !== undefined && STATUSES.indexOf(act.status) < 0) return "the action for " + actionIds[i] + " has an unknown status";
      if (act.due !== undefined && !isDate(act.due)) return "the action for " + actionIds[i] + " has a due date that is not a date";
    }
    return null;
  }

  /**
   * Reads a saved file's text. Returns { error } when the file as a whole cannot be used (nothing is
   * changed then), or { assessments, setAside: [{ name, why }] } with the assessments that fit.
   */
  function readFile(data, text) {
    var parsed;
    try { parsed = JSON.parse(text); } catch (e) { return { error: "This file is not a saved self-assessment (it is not readable JSON). Nothing was changed." }; }
    if (!isPlainObject(parsed) || parsed.format !== FORMAT || !Array.isArray(parsed.assessments)) return { error: "This file is not a saved self-assessment. Nothing was changed." };
    if (parsed.version !== VERSION) return { error: "This file was saved by a different version of the self-assessment (" + parsed.version + "). Nothing was changed." };
    if (parsed.guide !== data.namespace) return { error: "This file belongs to another guide (" + parsed.guide + "). Nothing was changed." };
    var items = itemsOf(data), fit = [], setAside = [], seen = Object.create(null);
    parsed.assessments.forEach(function (a, i) {
      var why = problemWith(data, items, a);
      if (!why && seen[a.id]) why = "the file holds another assessment with the same id";
      var name = isPlainObject(a) && typeof a.name === "string" && a.name ? a.name : "assessment " + (i + 1);
      if (why) setAside.push({ name: name, why: why }); else { seen[a.id] = true; fit.push(a); }
    });
    return { assessments: fit, setAside: setAside };
  }

  function sameContent(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function newId(now) {
    return "a" + now.getTime().toString(36) + Math.floor(Math.random() * 1e6).toString(36);
  }

  /**
   * Joins the assessments of an opened file to the saved ones without losing any answer: new ones are
   * added; one equal to the saved copy changes nothing; one that differs is added beside it as a copy
   * (new id, named so), and the saved one is left as it was. Returns what happened, one line each.
   */
  function merge(state, incoming, fileName, now, dateText) {
    var report = [];
    incoming.forEach(function (a) {
      var existing = state.assessments.filter(function (x) { return x.id === a.id; })[0];
      if (!existing) { state.assessments.push(a); report.push("Added “" + a.name + "”."); return; }
      if (sameContent(existing, a)) { report.push("“" + a.name + "” is already saved here exactly as in the file: nothing changed."); return; }
      var copy = JSON.parse(JSON.stringify(a));
      copy.id = newId(now);
      copy.name = a.name + " (from " + fileName + ", updated " + dateText(a.updated) + ")";
      state.assessments.push(copy);
      report.push("“" + a.name + "” in the file differs from the one saved here (saved here: updated " + dateText(existing.updated) + "; in the file: updated " + dateText(a.updated) + "). Both are kept: the saved one as it was, the file's as “" + copy.name + "”.");
    });
    return report;
  }

  /** A name no other assessment has: the base, then " (2)", " (3)"… */
  function distinctName(state, base) {
    var names = state.assessments.map(function (a) { return a.name; });
    if (names.indexOf(base) < 0) return base;
    for (var n = 2; ; n++) if (names.indexOf(base + " (" + n + ")") < 0) return base + " (" + n + ")";
  }

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

  global.GuideGenAssessmentStore = {
    FORMAT: FORMAT, VERSION: VERSION, MAX_FILE_BYTES: MAX_FILE_BYTES, STATUSES: STATUSES,
    keyOf: keyOf, readFile: readFile, merge: merge, distinctName: distinctName, create: create
  };
})(this);
