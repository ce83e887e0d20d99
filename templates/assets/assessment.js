/* GuideGen self-assessment page: the whole assessment lives on this one page (checklists, quality
   statements, results, action plan, comparison, team view), routed by the address's #fragment,
   because browsers keep storage for files opened from disk differently (Chromium shares one store
   between them, Firefox keeps one per file). Answers autosave in this browser; a downloaded file is
   the durable copy. Everything is drawn with DOM methods and textContent: nothing typed or imported
   becomes markup. This file loads last and puts the page together. Rules: assessment-rules.js and
   assessment-scoring.js; files and storage: assessment-file.js and assessment-store.js; the parts of
   the page (GuideGenAssessmentParts): assessment-widgets.js, -saving.js, -header.js, -checklists.js,
   and the results, plan, compare and team views: -results.js, -plan.js, -compare.js, -team-view.js. */
(function () {
  "use strict";

  var data = window.GuideGenAssessmentData;
  var R = window.GuideGenRules;
  var Store = window.GuideGenAssessmentStore;
  var Parts = window.GuideGenAssessmentParts;
  var app = document.getElementById("assessment-app");
  if (!data || !R || !Store || !app || !window.GuideGenDom || !Parts) return;

  var el = window.GuideGenDom.el;
  var download = window.GuideGenDom.download;

  // Maps without a prototype: an imported file's keys ("__proto__", "constructor") never find anything.
  var items = Object.create(null);          // item id → item, for every checklist item of this guide
  var kloes = [];                           // every KLOE checklist, with its key question
  data.keyQuestions.forEach(function (kq) {
    kq.kloes.forEach(function (kloe) {
      kloes.push({ kq: kq, kloe: kloe });
      kloe.items.forEach(function (item) { items[item.id] = item; });
    });
  });
  var statementIds = Object.create(null);
  data.keyQuestions.forEach(function (kq) { kq.statements.forEach(function (s) { statementIds[s.id] = s; }); });
  // A guide may have no scored statements at all: then there is nothing to score them by.
  var hasStatements = Object.keys(statementIds).length > 0;
  var words = data.words; // the framework's words (site.yml `words`), never written into the script

  // ---- Storage ---------------------------------------------------------------------------------------
  var storage = null;
  try { storage = window.localStorage; } catch (e) { storage = null; }
  var store = Store.create(data, storage || { getItem: function () { throw new Error("no storage"); }, setItem: function () { throw new Error("no storage"); }, removeItem: function () { throw new Error("no storage"); }, key: function () { return null; }, length: 0 });
  store.load();
  var notices = store.notices;

  function current() { return store.current(); }

  // ---- The parts of the page, each handed what the ones before it made -------------------------------
  var page = {
    data: data, R: R, Store: Store, store: store, notices: notices, el: el, download: download, app: app,
    items: items, statementIds: statementIds, kloes: kloes, hasStatements: hasStatements,
    current: current, redraw: function () { draw(); }
  };
  Object.assign(page, Parts.widgets(page));
  Object.assign(page, Parts.saving(page)); // the save bar, the save problem and the notices
  Object.assign(page, Parts.header(page));
  var tabs = el("nav", { className: "assessment-tabs", "aria-label": "Self-assessment sections" });
  var view = el("div", { className: "assessment-view", id: "assessment-view", tabindex: "-1" });
  app.appendChild(tabs);
  app.appendChild(view);
  page.view = view;
  Object.assign(page, Parts.checklists(page));
  Object.assign(page, Parts.results(page));
  Object.assign(page, Parts.plan(page));
  Object.assign(page, Parts.compare(page));
  Object.assign(page, Parts.teamView(page));

  // ---- Routing and drawing -------------------------------------------------------------------------
  var routes = [["kloe", "By " + words.kloe_short]].concat(hasStatements ? [["statements", "By " + words.statement]] : [])
    .concat([["results", "Results"], ["plan", "Action plan"], ["compare", "Compare"], ["team", "Team view"]]);

  function route() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, ""));
    var parts = hash.split("/");
    var name = routes.some(function (r) { return r[0] === parts[0]; }) ? parts[0] : "kloe";
    return { name: name, arg: parts[1] || "" };
  }

  function drawTabs(active) {
    tabs.textContent = "";
    tabs.appendChild(el("ul", {}, routes.map(function (r) {
      return el("li", {}, [el("a", { href: "#" + r[0], "aria-current": r[0] === active ? "page" : null, text: r[1] })]);
    })));
  }

  function draw() {
    page.drawNotices();
    page.drawHeader();
    page.drawSaveStatus();
    var where = route();
    drawTabs(where.name);
    view.textContent = "";
    var assessment = current();
    if (where.name === "team") { page.team(); return; }
    if (!assessment) {
      view.appendChild(el("p", { text: "Start a new assessment to answer the checklists. Your answers stay on this computer; download a copy to keep them." }));
      return;
    }
    if (where.name === "kloe") page.drawKloeView(assessment, where.arg);
    else if (where.name === "statements") page.drawStatementsView(assessment, where.arg);
    else if (where.name === "results") page.results(assessment);
    else if (where.name === "plan") page.plan(assessment);
    else page.compare(assessment);
  }

  window.addEventListener("hashchange", function () { draw(); view.focus(); });
  if (!current() && store.state.assessments.length) store.state.current = store.state.assessments[0].id;
  draw();

  // For tests and for anyone scripting the guide: the same export and import the buttons use.
  window.GuideGenAssessment = {
    exportText: function () { return store.exportText(); },
    importText: function (text, fileName) { notices.length = 0; var result = page.importText(text, fileName || "a file"); notices.push([result.ok ? "info" : "warning", result.messages.join(" ")]); draw(); return result.ok ? null : result.messages.join(" "); },
    results: function () { var a = current(); return a ? R.results(data, a) : null; },
    key: store.key
  };
})();
