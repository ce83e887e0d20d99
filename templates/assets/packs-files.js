/* GuideGen training packs: what a saved packs file, or the packs kept in this browser, must look like,
   and how an opened file joins them. No DOM here (the tests run this in Jint). packs-topics.js and
   packs.js (the builder) add to and use the same GuideGenPacks object. */
(function (global) {
  "use strict";

  var FORMAT = "guidegen-packs";
  function keyOf(data) { return data.namespace + ":packs:v1"; }
  function emptyState(data) { return { format: FORMAT, version: 1, guide: data.namespace, packs: [], current: null }; }

  /** A pack as this page uses it: text fields are strings and lists hold strings, whatever a file or the store held. */
  function cleanPack(p) {
    if (!p || typeof p !== "object" || typeof p.id !== "string") return null;
    var text = function (value, fallback) { return typeof value === "string" ? value : fallback; };
    var strings = function (list) { return Array.isArray(list) ? list.filter(function (x) { return typeof x === "string"; }) : []; };
    return { id: p.id, title: text(p.title, "Training pack"), notes: text(p.notes, ""), service: text(p.service, ""), blocks: strings(p.blocks), topics: strings(p.topics) };
  }
  function cleanPacks(list) {
    var packs = list.map(cleanPack);
    return packs.indexOf(null) >= 0 ? null : packs;
  }

  /** The packs kept in this browser (the text storage holds), or null when there are none or they cannot be read. */
  function readSaved(text) {
    var parsed = null;
    try { parsed = JSON.parse(text || "null"); } catch (e) { return null; } // start afresh; unreadable data stays where it is
    if (parsed && parsed.format === FORMAT && Array.isArray(parsed.packs)) {
      parsed.packs = parsed.packs.map(cleanPack).filter(Boolean);
      return parsed;
    }
    return null;
  }

  /** The packs of an opened file, or null when it is not a training packs file for this guide. */
  function readFile(data, text) {
    var parsed = null;
    try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
    var incomingPacks = parsed && Array.isArray(parsed.packs) ? cleanPacks(parsed.packs) : null;
    if (!parsed || parsed.format !== FORMAT || parsed.guide !== data.namespace || !incomingPacks) return null;
    return incomingPacks;
  }

  /** Joins an opened file's packs to the saved ones: a pack with the same id is replaced, others added. */
  function merge(state, incomingPacks) {
    incomingPacks.forEach(function (incoming) {
      var at = state.packs.map(function (p) { return p.id; }).indexOf(incoming.id);
      if (at >= 0) state.packs[at] = incoming; else state.packs.push(incoming);
    });
  }

  function exportText(data, state) {
    return JSON.stringify({ format: FORMAT, version: 1, guide: data.namespace, packs: state.packs }, null, 2) + "\n";
  }

  var Packs = global.GuideGenPacks = global.GuideGenPacks || {};
  Packs.FORMAT = FORMAT;
  Packs.keyOf = keyOf;
  Packs.emptyState = emptyState;
  Packs.cleanPack = cleanPack;
  Packs.cleanPacks = cleanPacks;
  Packs.readSaved = readSaved;
  Packs.readFile = readFile;
  Packs.merge = merge;
  Packs.exportText = exportText;
})(this);
