/* GuideGen self-assessment files: what a saved file must look like, and how an opened file joins
   what is already saved. No DOM here (the tests run this in Jint). The promises it keeps:
   - an opened file never discards an answer: an assessment that differs from the one saved under
     the same id is added beside it as a copy, named so, and the page says what happened;
   - every field of an opened file is checked; what does not fit is refused with the reason;
   - answers to items that are not in this edition of the guide are kept, and reported.
   assessment-store.js (saving in this browser) adds to the same GuideGenAssessmentStore object. */
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

  /** Answers whose items are not in this edition of the guide: kept, never dropped, and reported. */
  function orphans(items, statementIds, assessment) {
    var lost = Object.keys(assessment.answers).filter(function (id) { return !items[id]; });
    var lostStatements = Object.keys(assessment.statements).filter(function (id) { return !statementIds[id]; });
    return lost.concat(lostStatements);
  }

  global.GuideGenAssessmentStore = {
    FORMAT: FORMAT, VERSION: VERSION, MAX_FILE_BYTES: MAX_FILE_BYTES, STATUSES: STATUSES,
    keyOf: keyOf, emptyState: emptyState, isPlainObject: isPlainObject, newId: newId,
    readFile: readFile, merge: merge, distinctName: distinctName, orphans: orphans
  };
})(this);
