/* GuideGen self-assessment: the whole assessment lives on this one page (checklists, quality
   statements, results, action plan, comparison), routed by the address's #fragment, because browsers
   keep storage for files opened from disk differently (Chromium shares one store between them,
   Firefox keeps one per file). Answers autosave in this browser; a downloaded file is the durable copy.
   Everything is drawn with DOM methods and textContent: nothing typed or imported becomes markup. */
(function () {
  "use strict";

  var data = window.GuideGenAssessmentData;
  var R = window.GuideGenRules;
  var app = document.getElementById("assessment-app");
  if (!data || !R || !app || !window.GuideGenDom) return;

  var FORMAT = "guidegen-assessments";
  var VERSION = 1;
  var KEY = data.namespace + ":assessments:v" + VERSION;
  var STATUSES = [["open", "Not started"], ["in-progress", "In progress"], ["done", "Done"]];
  var STATEMENT_SCORES = [[4, "4: exceptional standard"], [3, "3: a good standard"], [2, "2: some shortfalls"], [1, "1: significant shortfalls"]];

  // Maps without a prototype: an imported file's keys ("__proto__", "constructor") never find anything.
  var items = Object.create(null);          // item id → item, for every checklist item of this guide
  var kloes = [];          // every KLOE checklist, with its key question
  data.keyQuestions.forEach(function (kq) {
    kq.kloes.forEach(function (kloe) {
      kloes.push({ kq: kq, kloe: kloe });
      kloe.items.forEach(function (item) { items[item.id] = item; });
    });
  });
  var statementIds = Object.create(null);
  data.keyQuestions.forEach(function (kq) { kq.statements.forEach(function (s) { statementIds[s.id] = s; }); });

  // ---- Storage -----------------------------------------------------------------------------------
  var notices = [];
  var state = load();
  var savedAt = null;

  function emptyState() {
    return { format: FORMAT, version: VERSION, guide: data.namespace, assessments: [], current: null };
  }

  function isState(value) {
    return value && value.format === FORMAT && value.version === VERSION && Array.isArray(value.assessments);
  }

  function load() {
    var raw = null;
    try { raw = window.localStorage.getItem(KEY); } catch (e) { notices.push(["warning", "This browser does not allow saving here. Download a copy of your answers before you leave the page."]); }
    if (!raw) return emptyState();
    var parsed = null;
    try { parsed = JSON.parse(raw); } catch (e) { parsed = null; }
    if (isState(parsed) && parsed.guide === data.namespace) return parsed;
    // Never overwrite what we cannot read: keep it aside under its own key, and say so.
    var aside = KEY + ":unreadable:" + new Date().toISOString();
    try { window.localStorage.setItem(aside, raw); window.localStorage.removeItem(KEY); } catch (e) { /* leave it where it is */ }
    notices.push(["warning", "Saved self-assessment data in this browser could not be read. It has been kept aside (" + aside + ") and a new, empty list started."]);
    return emptyState();
  }

  function save() {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
      savedAt = new Date();
    } catch (e) {
      savedAt = null;
    }
    drawSaveStatus();
  }

  function current() {
    var found = state.assessments.filter(function (a) { return a.id === state.current; })[0];
    return found || null;
  }

  function newAssessment(name) {
    var now = new Date();
    var assessment = {
      id: "a" + now.getTime().toString(36) + Math.floor(Math.random() * 1e6).toString(36),
      name: name || "Self-assessment " + now.toISOString().slice(0, 10),
      service: "", serviceType: window.GuideGenService ? window.GuideGenService.current() : "", assessor: "", date: now.toISOString().slice(0, 10),
      answers: {}, statements: {}, actions: {},
      created: now.toISOString(), updated: now.toISOString(), exported: null
    };
    state.assessments.push(assessment);
    state.current = assessment.id;
    save();
    return assessment;
  }

  function touch(assessment) {
    assessment.updated = new Date().toISOString();
    save();
  }

  /** Answers whose items are not in this edition of the guide: kept, never dropped, and reported. */
  function orphans(assessment) {
    var lost = Object.keys(assessment.answers).filter(function (id) { return !items[id]; });
    var lostStatements = Object.keys(assessment.statements).filter(function (id) { return !statementIds[id]; });
    return lost.concat(lostStatements);
  }

  // ---- Export and import -------------------------------------------------------------------------------
  function exportText() {
    return JSON.stringify({ format: FORMAT, version: VERSION, guide: data.namespace, assessments: state.assessments }, null, 2) + "\n";
  }

  function exportAll() {
    var stamp = new Date().toISOString();
    state.assessments.forEach(function (a) { a.exported = stamp; });
    save();
    download(data.namespace + "-self-assessments-" + stamp.slice(0, 10) + ".json", "application/json", exportText());
    draw();
  }

  function importText(text) {
    var parsed;
    try { parsed = JSON.parse(text); } catch (e) { return "This file is not a saved self-assessment (it is not readable JSON). Nothing was changed."; }
    if (!parsed || parsed.format !== FORMAT || !Array.isArray(parsed.assessments)) return "This file is not a saved self-assessment. Nothing was changed.";
    if (parsed.version !== VERSION) return "This file was saved by a different version of the self-assessment (" + parsed.version + "). Nothing was changed.";
    if (parsed.guide !== data.namespace) return "This file belongs to another guide (" + parsed.guide + "). Nothing was changed.";
    var valid = parsed.assessments.filter(function (a) { return a && typeof a.id === "string" && a.answers && a.statements && a.actions; });
    if (valid.length !== parsed.assessments.length) return "Some assessments in this file are damaged. Nothing was changed.";
    valid.forEach(function (incoming) {
      var at = state.assessments.map(function (a) { return a.id; }).indexOf(incoming.id);
      if (at >= 0) state.assessments[at] = incoming; else state.assessments.push(incoming);
    });
    if (!current() && state.assessments.length) state.current = state.assessments[0].id;
    save();
    return null;
  }

  // ---- Small DOM helpers -------------------------------------------------------------------------------
  var el = window.GuideGenDom.el;
  var download = window.GuideGenDom.download;

  function ratingBadge(rating) {
    if (!rating) return el("span", { className: "rating rating-none", text: "Not enough answers" });
    var found = data.ratings.filter(function (r) { return r.id === rating; })[0];
    return el("span", { className: "rating rating-" + rating }, [
      el("span", { className: "rating-symbol", "aria-hidden": "true", text: found ? found.symbol : "" }),
      " " + (found ? found.label : rating)
    ]);
  }

  function sourcesList(item) {
    if (!item.sources.length) return null;
    return el("p", { className: "item-sources" }, ["From the guide: "].concat(item.sources.map(function (s, i) {
      return el("span", {}, [i ? ", " : "", el("a", { href: s.href, text: s.label })]);
    })));
  }

  var noteTimers = {};
  function debounce(key, fn) {
    clearTimeout(noteTimers[key]);
    noteTimers[key] = setTimeout(fn, 300);
  }

  // ---- Drawing -------------------------------------------------------------------------------------
  var saveStatus = el("p", { className: "save-status", role: "status" });
  var noticeArea = el("div", { className: "notices" });
  var headerArea = el("div", { className: "assessment-header" });
  var tabs = el("nav", { className: "assessment-tabs", "aria-label": "Self-assessment sections" });
  var view = el("div", { className: "assessment-view", id: "assessment-view", tabindex: "-1" });
  var fileInput = el("input", { type: "file", accept: ".json,application/json", className: "visually-hidden", id: "assessment-import", "aria-label": "Open a saved self-assessment file" });
  app.appendChild(el("div", { className: "save-bar" }, [
    saveStatus,
    el("div", { className: "save-actions" }, [
      el("button", { type: "button", className: "button", id: "assessment-export", text: "Download a copy", onclick: exportAll }),
      el("button", { type: "button", className: "button button-secondary", id: "assessment-import-button", text: "Open a saved file", onclick: function () { fileInput.click(); } }),
      fileInput
    ])
  ]));
  app.appendChild(noticeArea);
  app.appendChild(headerArea);
  app.appendChild(tabs);
  app.appendChild(view);

  fileInput.addEventListener("change", function () {
    var file = fileInput.files && fileInput.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var problem = importText(String(reader.result));
      notices.push(problem ? ["warning", problem] : ["info", "Opened " + file.name + "."]);
      fileInput.value = "";
      draw();
    };
    reader.readAsText(file);
  });

  function drawSaveStatus() {
    var assessment = current();
    var text = savedAt ? "Saved in this browser at " + savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }) + "." : "Answers are saved in this browser as you go.";
    if (assessment && (!assessment.exported || assessment.exported < assessment.updated)) text += " Download a copy to keep your answers safe: this browser may not keep them.";
    saveStatus.textContent = text;
  }

  function drawNotices() {
    noticeArea.textContent = "";
    notices.forEach(function (notice) { noticeArea.appendChild(el("p", { className: "notice notice-" + notice[0], role: notice[0] === "warning" ? "alert" : null, text: notice[1] })); });
    var assessment = current();
    if (assessment) {
      var lost = orphans(assessment);
      if (lost.length) noticeArea.appendChild(el("p", { className: "notice", text: lost.length + " saved answer" + (lost.length === 1 ? " is" : "s are") + " for items that are not in this edition of the guide. They are kept with the assessment and in downloads: " + lost.join(", ") + "." }));
    }
  }

  function field(label, id, value, onchange, type, options) {
    var input;
    if (options) {
      input = el("select", { id: id, name: id }, options.map(function (o) { return el("option", { value: o[0], selected: o[0] === value, text: o[1] }); }));
      input.addEventListener("change", function () { onchange(input.value); });
    } else {
      input = el("input", { id: id, name: id, type: type || "text", value: value || "" });
      input.addEventListener("input", function () { debounce(id, function () { onchange(input.value); }); });
    }
    return el("div", { className: "field" }, [el("label", { "for": id, text: label }), input]);
  }

  function drawHeader() {
    headerArea.textContent = "";
    var assessment = current();
    var chooser = el("select", { id: "assessment-choose" }, state.assessments.map(function (a) {
      return el("option", { value: a.id, selected: a.id === state.current, text: a.name + (a.date ? " (" + a.date + ")" : "") });
    }));
    chooser.addEventListener("change", function () { state.current = chooser.value; save(); draw(); });
    headerArea.appendChild(el("div", { className: "assessment-choice" }, [
      state.assessments.length ? el("div", { className: "field" }, [el("label", { "for": "assessment-choose", text: "Assessment" }), chooser]) : null,
      el("button", { type: "button", className: "button button-secondary", id: "assessment-new", text: "New assessment", onclick: function () { newAssessment(); draw(); } })
    ]));
    if (!assessment) return;
    var update = function (key) { return function (value) { assessment[key] = value; touch(assessment); if (key === "serviceType" || key === "name") draw(); }; };
    headerArea.appendChild(el("div", { className: "assessment-fields" }, [
      field("Name of this assessment", "assessment-name", assessment.name, update("name")),
      field("Service", "assessment-service", assessment.service, update("service")),
      field("Service type", "assessment-service-type", assessment.serviceType, update("serviceType"),
        null, [["", "All service types"]].concat(data.serviceTypes.slice(1).map(function (t) { return [t.code, t.label]; }))),
      field("Assessor", "assessment-assessor", assessment.assessor, update("assessor")),
      field("Date", "assessment-date", assessment.date, update("date"), "date")
    ]));
  }

  var routes = [["kloe", "By KLOE"], ["statements", "By quality statement"], ["results", "Results"], ["plan", "Action plan"], ["compare", "Compare"]];

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

  function answerControl(assessment, item) {
    var scale = R.scaleFor(data, item);
    var saved = assessment.answers[item.id] || {};
    var name = "answer-" + item.id;
    var options = scale.map(function (a) { return [a.id, a.label]; }).concat([[R.NOT_APPLICABLE, "Does not apply"]]);
    var legendId = "legend-" + item.id.replace(/[^a-z0-9-]/gi, "-");
    var kindLabel = { practice: "Practice", warning: "Warning sign", characteristic: item.level === "outstanding" ? "Outstanding characteristic" : "Good characteristic", check: "Check" }[item.kind];
    var fieldset = el("fieldset", { className: "check-item kind-" + item.kind, id: "item-" + item.id.replace("/", "-") }, [
      el("legend", { id: legendId }, [el("span", { className: "item-kind", text: kindLabel + ": " }), item.text])
    ]);
    var choices = el("div", { className: "answer-options" });
    options.forEach(function (option, index) {
      var id = name + "-" + index;
      var radio = el("input", { type: "radio", id: id, name: name, value: option[0], checked: saved.answer === option[0] });
      radio.addEventListener("change", function () {
        var entry = assessment.answers[item.id] || (assessment.answers[item.id] = {});
        entry.answer = option[0];
        touch(assessment);
        drawProgress();
      });
      choices.appendChild(el("span", { className: "answer-option" }, [radio, el("label", { "for": id, text: option[1] })]));
    });
    fieldset.appendChild(choices);
    var noteId = "note-" + item.id.replace(/[^a-z0-9-]/gi, "-");
    var note = el("textarea", { id: noteId, rows: "2", className: "evidence-note" });
    note.value = saved.note || "";
    note.addEventListener("input", function () {
      debounce(noteId, function () {
        var entry = assessment.answers[item.id] || (assessment.answers[item.id] = {});
        entry.note = note.value;
        touch(assessment);
      });
    });
    fieldset.appendChild(el("div", { className: "evidence" }, [
      el("label", { "for": noteId, text: "Evidence: what could you show an inspector, and where is it?" }), note
    ]));
    var sources = sourcesList(item);
    if (sources) fieldset.appendChild(sources);
    return fieldset;
  }

  var progressNodes = [];
  function drawProgress() {
    var assessment = current();
    progressNodes.forEach(function (p) {
      var score = R.checklistScore(data, p.kloe, assessment.answers, assessment.serviceType);
      p.node.textContent = score.answered + " of " + score.total + " answered";
    });
  }

  function drawKloeView(assessment, arg) {
    var chosen = kloes.filter(function (k) { return k.kloe.code === arg; })[0] || kloes[0];
    progressNodes = [];
    var list = el("nav", { className: "kloe-list", "aria-label": "Checklists" }, data.keyQuestions.map(function (kq) {
      return el("div", {}, [
        el("p", { className: "kloe-list-heading", text: kq.title }),
        el("ul", {}, kq.kloes.map(function (kloe) {
          var progress = el("span", { className: "kloe-progress" });
          progressNodes.push({ kloe: kloe, node: progress });
          return el("li", {}, [el("a", { href: "#kloe/" + kloe.code, "aria-current": kloe === chosen.kloe ? "page" : null }, [kloe.code + " " + kloe.title, " ", progress])]);
        }))
      ]);
    }));
    var kloe = chosen.kloe;
    var body = el("section", { className: "kloe-checklist", "aria-labelledby": "kloe-heading" }, [
      el("h2", { id: "kloe-heading", text: kloe.code + " " + kloe.title }),
      el("p", { className: "kloe-question", text: kloe.question })
    ]);
    if (kloe.introHtml) {
      // Trusted: rendered by the generator from the guide's own Markdown, with raw HTML escaped.
      var intro = el("div", { className: "prose" });
      intro.innerHTML = kloe.introHtml;
      body.appendChild(intro);
    }
    if (kloe.topics.length) body.appendChild(el("p", { className: "item-sources" }, ["Read first: "].concat(kloe.topics.map(function (t, i) { return el("span", {}, [i ? ", " : "", el("a", { href: t.href, text: t.label })]); }))));
    var shown = kloe.items.filter(function (item) { return R.applies(item, assessment.serviceType); });
    shown.forEach(function (item) { body.appendChild(answerControl(assessment, item)); });
    var index = kloes.indexOf(chosen);
    var next = kloes[index + 1];
    body.appendChild(el("p", { className: "next-step" }, [next
      ? el("a", { className: "button", href: "#kloe/" + next.kloe.code, text: "Next: " + next.kloe.code + " " + next.kloe.title })
      : el("a", { className: "button", href: "#results", text: "See the results" })]));
    view.appendChild(el("div", { className: "kloe-layout" }, [list, body]));
    drawProgress();
  }

  function drawStatementsView(assessment, arg) {
    var kq = data.keyQuestions.filter(function (k) { return k.id === arg; })[0] || data.keyQuestions[0];
    view.appendChild(el("nav", { className: "kq-switch", "aria-label": "Quality statements by key question" }, [el("ul", {}, data.keyQuestions.map(function (k) {
      return el("li", {}, [el("a", { href: "#statements/" + k.id, "aria-current": k === kq ? "page" : null, text: k.title })]);
    }))]));
    var section = el("section", { "aria-labelledby": "statements-heading" }, [
      el("h2", { id: "statements-heading", text: kq.title + ": quality statements" }),
      el("p", { text: "Score each statement as the CQC does, from 1 (significant shortfalls) to 4 (exceptional). The prompts are the guide's checklist items that evidence it." })
    ]);
    kq.statements.forEach(function (statement) {
      var saved = assessment.statements[statement.id] || {};
      var name = "statement-" + statement.id;
      var fieldset = el("fieldset", { className: "check-item statement-item", id: name }, [el("legend", { text: statement.title })]);
      var choices = el("div", { className: "answer-options" });
      STATEMENT_SCORES.concat([[R.NOT_APPLICABLE, "Does not apply"]]).forEach(function (option, index) {
        var id = name + "-" + index;
        var radio = el("input", { type: "radio", id: id, name: name, value: String(option[0]), checked: saved.score === option[0] });
        radio.addEventListener("change", function () {
          var entry = assessment.statements[statement.id] || (assessment.statements[statement.id] = {});
          entry.score = option[0];
          touch(assessment);
        });
        choices.appendChild(el("span", { className: "answer-option" }, [radio, el("label", { "for": id, text: option[1] })]));
      });
      fieldset.appendChild(choices);
      var prompts = statement.items.map(function (id) { return items[id]; }).filter(function (item) { return item && R.applies(item, assessment.serviceType); });
      if (prompts.length) {
        fieldset.appendChild(el("details", { className: "prompts" }, [
          el("summary", { text: "Prompts from the checklists (" + prompts.length + ")" }),
          el("ul", {}, prompts.map(function (item) {
            var answer = assessment.answers[item.id];
            var label = answer && answer.answer ? (R.scaleFor(data, item).filter(function (a) { return a.id === answer.answer; })[0] || { label: "Does not apply" }).label : "not answered";
            return el("li", {}, [item.text + " ", el("span", { className: "prompt-answer", text: "(your answer: " + label + ")" })]);
          }))
        ]));
      }
      if (statement.topics.length) fieldset.appendChild(el("p", { className: "item-sources" }, ["In the guide: "].concat(statement.topics.map(function (t, i) { return el("span", {}, [i ? ", " : "", el("a", { href: t.href, text: t.label })]); }))));
      var noteId = "note-" + name;
      var note = el("textarea", { id: noteId, rows: "2", className: "evidence-note" });
      note.value = saved.note || "";
      note.addEventListener("input", function () {
        debounce(noteId, function () {
          var entry = assessment.statements[statement.id] || (assessment.statements[statement.id] = {});
          entry.note = note.value;
          touch(assessment);
        });
      });
      fieldset.appendChild(el("div", { className: "evidence" }, [el("label", { "for": noteId, text: "Evidence: what could you show an inspector, and where is it?" }), note]));
      section.appendChild(fieldset);
    });
    view.appendChild(section);
  }

  function resultTable(caption, rows) {
    return el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": caption }, [el("table", { className: "results-table" }, [
      el("caption", { text: caption }),
      el("thead", {}, [el("tr", {}, ["Key question", "Score", "Indicative band", "Answered"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, rows)
    ])]);
  }

  function overallBlock(title, result) {
    return el("div", { className: "overall" }, [
      el("h3", { text: title }),
      el("p", { className: "overall-rating" }, ["Indicative overall rating: ", ratingBadge(result.rating)]),
      el("ul", { className: "reasons" }, result.reasons.map(function (r) { return el("li", { text: r }); }))
    ]);
  }

  function resultsFor(assessment) {
    var caps = R.activeCaps(data, assessment.answers, assessment.serviceType);
    var byKloe = {}, byStatement = {};
    data.keyQuestions.forEach(function (kq) {
      byKloe[kq.id] = R.keyQuestionByKloe(data, kq, assessment.answers, assessment.serviceType);
      byStatement[kq.id] = R.keyQuestionByStatements(data, kq, assessment.statements);
    });
    var ratingsOf = function (scores) { var out = {}; Object.keys(scores).forEach(function (k) { out[k] = scores[k].rating; }); return out; };
    return {
      byKloe: byKloe, byStatement: byStatement,
      overallKloe: R.overall(data, ratingsOf(byKloe), caps),
      overallStatements: R.overall(data, ratingsOf(byStatement), caps)
    };
  }

  function drawResultsView(assessment) {
    var results = resultsFor(assessment);
    view.appendChild(el("h2", { text: "Results" }));
    view.appendChild(el("p", { className: "disclaimer", text: "These results are indicative: a prompt for honest discussion, not a CQC rating. KLOE bands are this guide's own thresholds; quality statement bands follow the CQC's published percentages." }));

    var kloeRows = [];
    data.keyQuestions.forEach(function (kq) {
      var score = results.byKloe[kq.id];
      kloeRows.push(el("tr", { className: "kq-row" }, [
        el("th", { scope: "row", text: kq.title }), el("td", { text: score.percent === null ? "–" : score.percent + "%" }),
        el("td", {}, [ratingBadge(results.overallKloe.keyQuestions[kq.id])]), el("td", { text: score.answered + " of " + score.total })
      ]));
      kq.kloes.forEach(function (kloe) {
        var s = R.checklistScore(data, kloe, assessment.answers, assessment.serviceType);
        kloeRows.push(el("tr", { className: "kloe-row" }, [
          el("th", { scope: "row" }, [el("a", { href: "#kloe/" + kloe.code, text: kloe.code + " " + kloe.title })]),
          el("td", { text: s.percent === null ? "–" : s.percent + "%" }), el("td", {}, [ratingBadge(s.rating)]), el("td", { text: s.answered + " of " + s.total })
        ]));
      });
    });
    view.appendChild(el("section", { "aria-labelledby": "results-kloe" }, [
      el("h3", { id: "results-kloe", text: "By key line of enquiry" }),
      resultTable("Results by key line of enquiry", kloeRows),
      overallBlock("Overall, from the KLOE checklists", results.overallKloe)
    ]));

    var statementRows = data.keyQuestions.map(function (kq) {
      var score = results.byStatement[kq.id];
      return el("tr", {}, [
        el("th", { scope: "row" }, [el("a", { href: "#statements/" + kq.id, text: kq.title })]),
        el("td", { text: score.percent === null ? "–" : score.percent + "% (" + score.points + " of " + score.max + ")" }),
        el("td", {}, [ratingBadge(results.overallStatements.keyQuestions[kq.id])]), el("td", { text: score.answered + " of " + score.total })
      ]);
    });
    view.appendChild(el("section", { "aria-labelledby": "results-statements" }, [
      el("h3", { id: "results-statements", text: "By quality statement" }),
      el("p", { text: "Bands: " + data.statementBands.map(function (b, i) {
        var next = data.statementBands[i + 1];
        return R.label(data, b.rating) + " " + b.from + (next ? "–" + (next.from - 1) : "") + "%" + (next ? "" : " and above");
      }).join("; ") + "." }),
      resultTable("Results by quality statement", statementRows),
      overallBlock("Overall, from the quality statements", results.overallStatements)
    ]));
    view.appendChild(el("p", {}, [el("button", { type: "button", className: "button button-secondary", text: "Print the results", onclick: function () { window.print(); } })]));
  }

  /** Gaps: statements not fully met, warning signs present, checks not in place, quality statements scored 1 or 2. */
  function gaps(assessment) {
    var list = [];
    kloes.forEach(function (entry) {
      entry.kloe.items.forEach(function (item) {
        if (!R.applies(item, assessment.serviceType)) return;
        var answer = assessment.answers[item.id];
        if (!answer || !answer.answer || answer.answer === R.NOT_APPLICABLE) return;
        var scale = R.scaleFor(data, item);
        var best = scale[0].id;
        if (answer.answer === best) return;
        var label = (scale.filter(function (a) { return a.id === answer.answer; })[0] || {}).label || answer.answer;
        list.push({ id: item.id, where: entry.kloe.code, text: item.text, answer: label, sources: item.sources });
      });
    });
    data.keyQuestions.forEach(function (kq) {
      kq.statements.forEach(function (statement) {
        var saved = assessment.statements[statement.id];
        if (!saved || (saved.score !== 1 && saved.score !== 2)) return;
        list.push({ id: "qs:" + statement.id, where: kq.title, text: "Quality statement: " + statement.title, answer: "Scored " + saved.score, sources: statement.topics });
      });
    });
    return list;
  }

  function csvCell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // never a formula when opened in a spreadsheet
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function drawPlanView(assessment) {
    var list = gaps(assessment);
    view.appendChild(el("h2", { text: "Action plan" }));
    view.appendChild(el("p", { text: list.length ? "Each answer that was not the best possible is listed here, with the parts of the guide that help. Add an action, an owner, a date and a status." : "Nothing to act on yet: answer the checklists or score the quality statements first." }));
    if (!list.length) return;
    var rows = list.map(function (gap) {
      var action = assessment.actions[gap.id] || {};
      var update = function (key, value) { var entry = assessment.actions[gap.id] || (assessment.actions[gap.id] = {}); entry[key] = value; touch(assessment); };
      var base = "plan-" + gap.id.replace(/[^a-z0-9-]/gi, "-");
      var actionInput = el("textarea", { id: base + "-action", rows: "2", "aria-label": "Action for: " + gap.text });
      actionInput.value = action.action || "";
      actionInput.addEventListener("input", function () { debounce(base + "a", function () { update("action", actionInput.value); }); });
      var owner = el("input", { id: base + "-owner", type: "text", value: action.owner || "", "aria-label": "Owner for: " + gap.text });
      owner.addEventListener("input", function () { debounce(base + "o", function () { update("owner", owner.value); }); });
      var due = el("input", { id: base + "-due", type: "date", value: action.due || "", "aria-label": "Due date for: " + gap.text });
      due.addEventListener("change", function () { update("due", due.value); });
      var status = el("select", { id: base + "-status", "aria-label": "Status for: " + gap.text }, STATUSES.map(function (s) { return el("option", { value: s[0], selected: (action.status || "open") === s[0], text: s[1] }); }));
      status.addEventListener("change", function () { update("status", status.value); });
      return el("tr", {}, [
        el("th", { scope: "row" }, [el("span", { className: "gap-where", text: gap.where + ": " }), gap.text,
          el("span", { className: "gap-answer", text: " (" + gap.answer + ")" }),
          gap.sources.length ? el("span", { className: "gap-sources" }, [" See: "].concat(gap.sources.map(function (s, i) { return el("span", {}, [i ? ", " : "", el("a", { href: s.href, text: s.label })]); }))) : null]),
        el("td", {}, [actionInput]), el("td", {}, [owner]), el("td", {}, [due]), el("td", {}, [status])
      ]);
    });
    view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Action plan" }, [el("table", { className: "plan-table" }, [
      el("caption", { text: "Action plan for " + assessment.name }),
      el("thead", {}, [el("tr", {}, ["Gap", "Action", "Owner", "Due", "Status"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, rows)
    ])]));
    view.appendChild(el("p", { className: "plan-actions" }, [
      el("button", { type: "button", className: "button", id: "plan-csv", text: "Download as CSV (spreadsheet)", onclick: function () {
        var lines = [["Where", "Gap", "Answer", "Action", "Owner", "Due", "Status"].map(csvCell).join(",")];
        list.forEach(function (gap) {
          var a = assessment.actions[gap.id] || {};
          var statusLabel = (STATUSES.filter(function (s) { return s[0] === (a.status || "open"); })[0] || [])[1];
          lines.push([gap.where, gap.text, gap.answer, a.action, a.owner, a.due, statusLabel].map(csvCell).join(","));
        });
        download(data.namespace + "-action-plan-" + new Date().toISOString().slice(0, 10) + ".csv", "text/csv", "\ufeff" + lines.join("\r\n") + "\r\n");
      } }),
      " ",
      el("button", { type: "button", className: "button button-secondary", text: "Print the action plan", onclick: function () { window.print(); } })
    ]));
  }

  function drawCompareView(assessment) {
    view.appendChild(el("h2", { text: "Compare two assessments" }));
    if (state.assessments.length < 2) {
      view.appendChild(el("p", { text: "Compare needs two assessments. Start a new assessment later (for example next quarter) to see your progress." }));
      return;
    }
    var options = function (selected) { return state.assessments.map(function (a) { return el("option", { value: a.id, selected: a.id === selected, text: a.name + " (" + a.date + ")" }); }); };
    var first = el("select", { id: "compare-first" }, options(state.assessments[state.assessments.length - 2].id));
    var second = el("select", { id: "compare-second" }, options(assessment.id === first.value ? state.assessments[state.assessments.length - 1].id : assessment.id));
    var table = el("div", { className: "compare-table" });
    var redraw = function () {
      var a = state.assessments.filter(function (x) { return x.id === first.value; })[0];
      var b = state.assessments.filter(function (x) { return x.id === second.value; })[0];
      var ra = resultsFor(a), rb = resultsFor(b);
      table.textContent = "";
      table.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Comparison" }, [el("table", { className: "results-table" }, [
        el("caption", { text: a.name + " compared with " + b.name + " (KLOE checklists)" }),
        el("thead", {}, [el("tr", {}, ["Key question", a.name, b.name, "Change"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
        el("tbody", {}, data.keyQuestions.map(function (kq) {
          var pa = ra.byKloe[kq.id].percent, pb = rb.byKloe[kq.id].percent;
          var change = pa === null || pb === null ? "–" : (pb - pa > 0 ? "up " : pb - pa < 0 ? "down " : "no change") + (pb !== pa ? Math.abs(pb - pa) + " points" : "");
          return el("tr", {}, [el("th", { scope: "row", text: kq.title }),
            el("td", {}, [pa === null ? "–" : pa + "% ", ratingBadge(ra.overallKloe.keyQuestions[kq.id])]),
            el("td", {}, [pb === null ? "–" : pb + "% ", ratingBadge(rb.overallKloe.keyQuestions[kq.id])]),
            el("td", { text: change })]);
        }))
      ])]));
    };
    first.addEventListener("change", redraw);
    second.addEventListener("change", redraw);
    view.appendChild(el("div", { className: "compare-choice" }, [
      el("div", { className: "field" }, [el("label", { "for": "compare-first", text: "Earlier" }), first]),
      el("div", { className: "field" }, [el("label", { "for": "compare-second", text: "Later" }), second])
    ]));
    view.appendChild(table);
    redraw();
  }

  function draw() {
    drawNotices();
    drawHeader();
    drawSaveStatus();
    var where = route();
    drawTabs(where.name);
    view.textContent = "";
    var assessment = current();
    if (!assessment) {
      view.appendChild(el("p", { text: "Start a new assessment to answer the checklists. Your answers stay on this computer; download a copy to keep them." }));
      return;
    }
    if (where.name === "kloe") drawKloeView(assessment, where.arg);
    else if (where.name === "statements") drawStatementsView(assessment, where.arg);
    else if (where.name === "results") drawResultsView(assessment);
    else if (where.name === "plan") drawPlanView(assessment);
    else drawCompareView(assessment);
  }

  window.addEventListener("hashchange", function () { draw(); view.focus(); });
  if (!current() && state.assessments.length) state.current = state.assessments[0].id;
  draw();

  // For tests and for anyone scripting the guide: the same export and import the buttons use.
  window.GuideGenAssessment = { exportText: exportText, importText: function (text) { var problem = importText(text); draw(); return problem; }, key: KEY };
})();
