/* GuideGen self-assessment page: the whole assessment lives on this one page (checklists, quality
   statements, results, action plan, comparison, team view), routed by the address's #fragment,
   because browsers keep storage for files opened from disk differently (Chromium shares one store
   between them, Firefox keeps one per file). Answers autosave in this browser; a downloaded file is
   the durable copy. Everything is drawn with DOM methods and textContent: nothing typed or imported
   becomes markup. Rules: assessment-rules.js; storage and files: assessment-store.js; results, plan,
   compare and team views: assessment-views.js. */
(function () {
  "use strict";

  var data = window.GuideGenAssessmentData;
  var R = window.GuideGenRules;
  var Store = window.GuideGenAssessmentStore;
  var app = document.getElementById("assessment-app");
  if (!data || !R || !Store || !app || !window.GuideGenDom || !window.GuideGenAssessmentViews) return;

  var el = window.GuideGenDom.el;
  var download = window.GuideGenDom.download;
  var STATEMENT_SCORES = [[4, "4: exceptional standard"], [3, "3: a good standard"], [2, "2: some shortfalls"], [1, "1: significant shortfalls"]];
  var TONE_SYMBOL = { good: "✓", mixed: "~", poor: "✗" };

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

  // ---- Times and dates: the reader's language (the guide's, en-GB by default), on a 24-hour clock ----
  var locale = document.documentElement.lang || "en-GB";
  function timeText(date) {
    try { return date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }); }
    catch (e) { return date.toISOString().slice(11, 19); }
  }
  function dateText(value) {
    var date = typeof value === "string" ? new Date(value.length === 10 ? value + "T12:00:00" : value) : value;
    if (!date || isNaN(date.getTime())) return String(value || "");
    try { return date.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" }); }
    catch (e) { return date.toISOString().slice(0, 10); }
  }
  function stampText(value) {
    var date = new Date(value);
    return isNaN(date.getTime()) ? String(value || "") : dateText(date) + " " + timeText(date).slice(0, 5);
  }

  // ---- Storage ---------------------------------------------------------------------------------------
  var storage = null;
  try { storage = window.localStorage; } catch (e) { storage = null; }
  var store = Store.create(data, storage || { getItem: function () { throw new Error("no storage"); }, setItem: function () { throw new Error("no storage"); }, removeItem: function () { throw new Error("no storage"); }, key: function () { return null; }, length: 0 });
  store.load();
  var notices = store.notices;

  function current() { return store.current(); }

  function save() {
    var ok = store.save();
    drawSaveStatus();
    if (!ok) showSaveFailure();
    return ok;
  }

  function touch(assessment) {
    assessment.updated = new Date().toISOString();
    save();
  }

  function newAssessment() {
    var now = new Date();
    var chosen = window.GuideGenService ? window.GuideGenService.current() : "";
    var service = current() ? current().service : "";
    var base = "Self-assessment " + dateText(now) + (service ? ", " + service : "");
    store.add({ name: base, service: service, serviceType: chosen, assessor: "", date: now.toISOString().slice(0, 10) }, now);
    drawSaveStatus();
    if (store.saveError) showSaveFailure();
  }

  /** Answers whose items are not in this edition of the guide: kept, never dropped, and reported. */
  function orphans(assessment) {
    var lost = Object.keys(assessment.answers).filter(function (id) { return !items[id]; });
    var lostStatements = Object.keys(assessment.statements).filter(function (id) { return !statementIds[id]; });
    return lost.concat(lostStatements);
  }

  // ---- Export and import -----------------------------------------------------------------------------
  function exportAll() {
    var stamp = new Date().toISOString();
    var before = store.state.assessments.map(function (a) { return a.exported; });
    store.state.assessments.forEach(function (a) { a.exported = stamp; });
    download(data.namespace + "-self-assessments-" + stamp.slice(0, 10) + ".json", "application/json", store.exportText());
    // The download is the copy: if the browser cannot save the stamp, the page must not claim it.
    if (!save()) store.state.assessments.forEach(function (a, i) { a.exported = before[i]; });
    draw();
  }

  function importText(text, fileName) {
    var result = store.importText(text, fileName, new Date(), dateText);
    drawSaveStatus();
    return result;
  }

  // ---- Small DOM helpers -----------------------------------------------------------------------------
  function ratingBadge(rating, empty) {
    if (!rating) return el("span", { className: "rating rating-none", text: empty || "Not enough answers" });
    var found = data.ratings.filter(function (r) { return r.id === rating; })[0];
    return el("span", { className: "rating rating-" + rating + " rating-tier-" + R.tierOf(data, rating) }, [
      el("span", { className: "rating-symbol", "aria-hidden": "true", text: found ? found.symbol : "" }),
      " " + (found ? found.label : rating)
    ]);
  }

  function linkList(prefix, links) {
    if (!links || !links.length) return null;
    return el("p", { className: "item-sources" }, [prefix].concat(links.map(function (s, i) {
      return el("span", {}, [i ? ", " : "", el("a", { href: s.href, text: s.label })]);
    })));
  }

  var noteTimers = {};
  function debounce(key, fn) {
    clearTimeout(noteTimers[key]);
    noteTimers[key] = setTimeout(fn, 300);
  }

  /** An accessible confirmation (a modal <dialog>): resolves the choice through `onChoice(id)`. */
  function confirmDialog(title, lines, choices, onChoice) {
    var dialog = el("dialog", { className: "confirm-dialog", "aria-labelledby": "confirm-title" });
    var close = function (id) { dialog.close(); dialog.remove(); onChoice(id); };
    dialog.appendChild(el("h2", { id: "confirm-title", text: title }));
    lines.forEach(function (line) { dialog.appendChild(el("p", { text: line })); });
    dialog.appendChild(el("p", { className: "confirm-actions" }, choices.map(function (c) {
      return el("button", { type: "button", className: "button" + (c.secondary ? " button-secondary" : "") + (c.danger ? " button-danger" : ""), id: "confirm-" + c.id, text: c.label, onclick: function () { close(c.id); } });
    })));
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); close("cancel"); });
    document.body.appendChild(dialog);
    dialog.showModal();
    var safe = dialog.querySelector("#confirm-cancel");
    if (safe) safe.focus();
  }

  // ---- Frame: save bar, notices, header, tabs --------------------------------------------------------
  var saveStatus = el("p", { className: "save-status", role: "status" });
  var saveProblem = el("div", { className: "save-problem", hidden: true });
  var noticeArea = el("div", { className: "notices" });
  var headerArea = el("div", { className: "assessment-header" });
  var tabs = el("nav", { className: "assessment-tabs", "aria-label": "Self-assessment sections" });
  var view = el("div", { className: "assessment-view", id: "assessment-view", tabindex: "-1" });
  var fileInput = el("input", { type: "file", accept: ".json,application/json", className: "visually-hidden", id: "assessment-import", "aria-label": "Open a saved self-assessment file", tabindex: "-1" });
  app.appendChild(el("div", { className: "save-bar" }, [
    saveStatus,
    el("div", { className: "save-actions" }, [
      el("button", { type: "button", className: "button", id: "assessment-export", text: "Download a copy", onclick: exportAll }),
      el("button", { type: "button", className: "button button-secondary", id: "assessment-import-button", text: "Open a saved file", onclick: function () { fileInput.click(); } }),
      fileInput
    ])
  ]));
  app.appendChild(saveProblem);
  app.appendChild(noticeArea);
  app.appendChild(headerArea);
  app.appendChild(tabs);
  app.appendChild(view);

  fileInput.addEventListener("change", function () {
    var file = fileInput.files && fileInput.files[0];
    if (!file) return;
    fileInput.value = "";
    notices.length = 0;
    if (file.size > Store.MAX_FILE_BYTES) {
      notices.push(["warning", file.name + " is " + (file.size / 1048576).toFixed(1) + " MB; a saved self-assessment file is at most " + Store.MAX_FILE_BYTES / 1048576 + " MB. Nothing was changed."]);
      draw();
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var result = importText(String(reader.result), file.name);
      if (result.ok) notices.push(["info", "Opened " + file.name + ". " + result.messages.join(" ")]);
      else notices.push(["warning", result.messages.join(" ")]);
      draw();
    };
    reader.readAsText(file);
  });

  function drawSaveStatus() {
    var assessment = current();
    var text;
    if (store.saveError) text = "Not saved: " + store.saveError + " Download a copy now to keep your answers.";
    else if (store.lastSave) text = "Saved in this browser at " + timeText(store.lastSave) + ".";
    else text = store.state.assessments.length ? "Saved answers from this browser are open." : "Nothing saved yet.";
    if (!store.saveError && assessment && (!assessment.exported || assessment.exported < assessment.updated)) text += " Download a copy to keep your answers safe: this browser may not keep them.";
    saveStatus.textContent = text;
    saveStatus.className = "save-status" + (store.saveError ? " save-status-failed" : "");
    if (!store.saveError) { saveProblem.hidden = true; saveProblem.textContent = ""; }
  }

  /** A failed save is shown at once, as an alert with the way out (download), not only in the status. */
  function showSaveFailure() {
    saveProblem.textContent = "";
    saveProblem.hidden = false;
    saveProblem.appendChild(el("p", { className: "notice notice-warning", role: "alert" }, [
      el("strong", { text: "Your last change was not saved in this browser. " }),
      store.saveError + " Download a copy now: the file keeps everything on this page, including the change. ",
      el("button", { type: "button", className: "button", id: "save-failed-download", text: "Download a copy now", onclick: exportAll })
    ]));
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

  /** One line per assessment for the chooser: never two the same (details added, then a number). */
  function choiceLabels(list) {
    var labels = list.map(function (a) {
      var details = [a.service, a.assessor, a.date ? dateText(a.date) : ""].filter(function (x) { return x && a.name.indexOf(x) < 0; });
      return a.name + (details.length ? " — " + details.join(", ") : "");
    });
    var counts = {};
    return labels.map(function (label, i) {
      var same = labels.filter(function (l) { return l === label; }).length;
      if (same < 2) return label;
      counts[label] = (counts[label] || 0) + 1;
      return label + " (updated " + stampText(list[i].updated) + ", " + counts[label] + " of " + same + ")";
    });
  }

  function deleteCurrent() {
    var assessment = current();
    if (!assessment) return;
    confirmDialog("Delete “" + assessment.name + "”?", [
      "This removes the assessment, its answers, notes and action plan from this browser. It cannot be undone here.",
      "Download a copy first if you or anyone else may need it."
    ], [{ id: "download", label: "Download a copy first", secondary: true }, { id: "delete", label: "Delete this assessment", danger: true }, { id: "cancel", label: "Cancel", secondary: true }], function (choice) {
      if (choice === "download") { exportAll(); deleteCurrent(); return; }
      if (choice !== "delete") return;
      var name = assessment.name;
      notices.length = 0;
      if (store.remove(assessment.id)) notices.push(["info", "Deleted “" + name + "” from this browser."]);
      else notices.push(["warning", "“" + name + "” could not be deleted: this browser refused the change."]);
      drawSaveStatus();
      draw();
    });
  }

  function removeEverything() {
    confirmDialog("Remove everything this guide saved on this computer?", [
      "This removes every self-assessment, note and action plan, every training pack and your choices (service type, dark mode) that this guide saved in this browser. Other guides and websites are not touched.",
      "Download a copy first if anyone may need the answers: once removed they cannot be recovered from this computer."
    ], [{ id: "download", label: "Download a copy first", secondary: true }, { id: "remove", label: "Remove everything", danger: true }, { id: "cancel", label: "Cancel", secondary: true }], function (choice) {
      if (choice === "download") { exportAll(); removeEverything(); return; }
      if (choice !== "remove") return;
      notices.length = 0;
      if (store.removeEverything()) notices.push(["info", "Everything this guide saved on this computer has been removed."]);
      else notices.push(["warning", "Not everything could be removed: this browser refused. Try again, or clear this site's data in the browser's settings."]);
      drawSaveStatus();
      draw();
    });
  }

  function drawHeader() {
    headerArea.textContent = "";
    var assessment = current();
    var labels = choiceLabels(store.state.assessments);
    var chooser = el("select", { id: "assessment-choose" }, store.state.assessments.map(function (a, i) {
      return el("option", { value: a.id, selected: a.id === store.state.current, text: labels[i] });
    }));
    chooser.addEventListener("change", function () { store.state.current = chooser.value; save(); draw(); });
    headerArea.appendChild(el("div", { className: "assessment-choice" }, [
      store.state.assessments.length ? el("div", { className: "field" }, [el("label", { "for": "assessment-choose", text: "Assessment" }), chooser]) : null,
      el("button", { type: "button", className: "button button-secondary", id: "assessment-new", text: "New assessment", onclick: function () { newAssessment(); draw(); } }),
      assessment ? el("button", { type: "button", className: "button button-secondary", id: "assessment-delete", text: "Delete this assessment", onclick: deleteCurrent }) : null,
      el("button", { type: "button", className: "button button-secondary", id: "assessment-remove-all", text: "Remove everything this guide saved on this computer", onclick: removeEverything })
    ]));
    if (!assessment) return;
    var update = function (key) { return function (value) { assessment[key] = value; touch(assessment); if (key === "serviceType" || key === "name" || key === "service" || key === "assessor" || key === "date") draw(); }; };
    headerArea.appendChild(el("div", { className: "assessment-fields" }, [
      field("Name of this assessment", "assessment-name", assessment.name, update("name")),
      field("Service", "assessment-service", assessment.service, update("service")),
      field("Service type", "assessment-service-type", assessment.serviceType, update("serviceType"),
        null, [["", "All service types"]].concat(data.serviceTypes.filter(function (t) { return t.code !== data.allServices; }).map(function (t) { return [t.code, t.label]; }))),
      field("Assessor", "assessment-assessor", assessment.assessor, update("assessor")),
      field("Date", "assessment-date", assessment.date, update("date"), "date")
    ]));
  }

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

  // ---- Answering -------------------------------------------------------------------------------------
  var KIND_LABEL = { practice: "Practice", warning: "Warning sign", check: "Limiter question" };

  function answerControl(assessment, item, onAnswer) {
    var scale = R.scaleFor(data, item);
    var saved = assessment.answers[item.id] || {};
    var name = "answer-" + item.id;
    var options = scale.map(function (a) { return [a.id, a.label, R.tone(scale, a.id)]; });
    if (R.offersNotApplicable(item)) options.push([R.NOT_APPLICABLE, "Does not apply", "na"]);
    var safeId = item.id.replace(/[^a-z0-9-]/gi, "-");
    var kindLabel = item.kind === "characteristic" ? R.label(data, item.level) + " characteristic" : KIND_LABEL[item.kind];
    var fieldset = el("fieldset", { className: "check-item kind-" + item.kind + (R.isCritical(item) ? " is-critical" : ""), id: "item-" + item.id.replace("/", "-") }, [
      el("legend", { id: "legend-" + safeId }, [el("span", { className: "item-kind", text: kindLabel + ": " }), item.text])
    ]);
    if (item.kind === "warning") fieldset.appendChild(el("p", { className: "item-hint", text: "Does this happen here? The first answer, “" + scale[0].label + "”, is the good one." }));
    if (R.isCritical(item)) {
      var what = item.critical
        ? "if the answer is " + scale.filter(function (a) { return a.failsCritical; }).map(function (a) { return "“" + a.label + "”"; }).join(" or ") + ", this " + words.kloe_short + " and its " + words.key_question + " can be no better than " + R.inSentence(data, item.critical.rating) + "."
        : "answering no limits " + item.caps.map(function (c) { return (c.scope === "overall" ? "the overall rating" : (data.keyQuestions.filter(function (k) { return k.id === c.scope; })[0] || { title: c.scope }).title) + " to " + R.inSentence(data, c.rating); }).join(" and ") + ".";
      fieldset.appendChild(el("p", { className: "critical-flag" }, [el("strong", { text: item.critical ? "Safety-critical: " : "Limits the rating: " }), what, " It must be answered; “Does not apply” is not offered."]));
    }
    var choices = el("div", { className: "answer-options" });
    var given = R.answerOf(item, assessment.answers);
    options.forEach(function (option, index) {
      var id = name + "-" + index;
      var radio = el("input", { type: "radio", id: id, name: name, value: option[0], checked: given === option[0] });
      radio.addEventListener("change", function () {
        var entry = assessment.answers[item.id] || (assessment.answers[item.id] = {});
        entry.answer = option[0];
        touch(assessment);
        if (onAnswer) onAnswer();
      });
      choices.appendChild(el("span", { className: "answer-option tone-" + option[2] }, [radio, el("label", { "for": id }, [
        TONE_SYMBOL[option[2]] ? el("span", { className: "tone-symbol", "aria-hidden": "true", text: TONE_SYMBOL[option[2]] }) : null, option[1]
      ])]));
    });
    fieldset.appendChild(choices);
    var noteId = "note-" + safeId;
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
      el("label", { "for": noteId, text: words.evidence_prompt }), note
    ]));
    var sources = linkList("From the guide: ", item.sources);
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
    var readFirst = linkList("Read first: ", kloe.topics);
    if (readFirst) body.appendChild(readFirst);
    body.appendChild(el("p", { className: "scale-key" }, ["For every item the first answer is the good one: ",
      el("span", { className: "tone-symbol", "aria-hidden": "true", text: "✓" }), " good, ",
      el("span", { className: "tone-symbol", "aria-hidden": "true", text: "~" }), " some of the time, ",
      el("span", { className: "tone-symbol", "aria-hidden": "true", text: "✗" }), " not met. Warning signs ask whether something bad happens here."]));
    var shown = kloe.items.filter(function (item) { return R.applies(item, assessment.serviceType); });
    shown.forEach(function (item) { body.appendChild(answerControl(assessment, item, drawProgress)); });
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
    view.appendChild(el("nav", { className: "kq-switch", "aria-label": R.capitalised(words.statements) + " by " + words.key_question }, [el("ul", {}, data.keyQuestions.map(function (k) {
      return el("li", {}, [el("a", { href: "#statements/" + k.id, "aria-current": k === kq ? "page" : null, text: k.title })]);
    }))]));
    var section = el("section", { "aria-labelledby": "statements-heading" }, [
      el("h2", { id: "statements-heading", text: kq.title + ": " + words.statements }),
      el("p", { text: words.statement_scale_note })
    ]);
    // The points that limit this key question, whichever way it is scored: its safety-critical
    // checklist items and the limiter questions on it. Until they are answered it is not rated.
    var limiting = [];
    kq.kloes.forEach(function (kloe) { kloe.items.forEach(function (item) { if (item.critical && R.applies(item, assessment.serviceType)) limiting.push(item); }); });
    kloes.forEach(function (entry) { entry.kloe.items.forEach(function (item) {
      if (item.kind === "check" && R.applies(item, assessment.serviceType) && item.caps.some(function (c) { return c.scope === kq.id; })) limiting.push(item);
    }); });
    if (limiting.length) {
      var first = el("section", { className: "limiters", "aria-labelledby": "limiting-heading" }, [
        el("h3", { id: "limiting-heading", text: "Answer these first: the points that limit " + kq.title }),
        el("p", { text: "These safety-critical items and limiter questions come from the checklists (answers are shared with them). Until they are answered, " + kq.title + " is not rated." })
      ]);
      limiting.forEach(function (item) { first.appendChild(answerControl(assessment, item)); });
      section.appendChild(first);
    }
    kq.statements.forEach(function (statement) {
      var saved = assessment.statements[statement.id] || {};
      var name = "statement-" + statement.id;
      var fieldset = el("fieldset", { className: "check-item statement-item", id: name }, [el("legend", { text: statement.title })]);
      if (statement.meaning) fieldset.appendChild(el("p", { className: "statement-meaning" }, [el("span", { className: "statement-voice", text: "What it asks of us: " }), statement.meaning]));
      if (statement.personSays) fieldset.appendChild(el("p", { className: "statement-person" }, [el("span", { className: "statement-voice", text: "When it goes right, a person might say: " }), "“" + statement.personSays + "”"]));
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
            var answer = R.answerOf(item, assessment.answers);
            var label = answer ? (R.scaleFor(data, item).filter(function (a) { return a.id === answer; })[0] || { label: "Does not apply" }).label : "not answered";
            return el("li", {}, [item.text + " ", el("span", { className: "prompt-answer", text: "(your answer: " + label + ")" })]);
          }))
        ]));
      }
      var topics = linkList("In the guide: ", statement.topics);
      if (topics) fieldset.appendChild(topics);
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
      fieldset.appendChild(el("div", { className: "evidence" }, [el("label", { "for": noteId, text: words.evidence_prompt }), note]));
      section.appendChild(fieldset);
    });
    view.appendChild(section);
  }

  // ---- The other views, and drawing ------------------------------------------------------------------
  var views = window.GuideGenAssessmentViews({
    data: data, R: R, Store: Store, store: store, el: el, download: download, view: view, kloes: kloes, items: items, hasStatements: hasStatements,
    ratingBadge: ratingBadge, linkList: linkList, debounce: debounce, touch: touch, answerControl: answerControl,
    dateText: dateText, stampText: stampText, redraw: function () { draw(); }
  });

  function draw() {
    drawNotices();
    drawHeader();
    drawSaveStatus();
    var where = route();
    drawTabs(where.name);
    view.textContent = "";
    var assessment = current();
    if (where.name === "team") { views.team(); return; }
    if (!assessment) {
      view.appendChild(el("p", { text: "Start a new assessment to answer the checklists. Your answers stay on this computer; download a copy to keep them." }));
      return;
    }
    if (where.name === "kloe") drawKloeView(assessment, where.arg);
    else if (where.name === "statements") drawStatementsView(assessment, where.arg);
    else if (where.name === "results") views.results(assessment);
    else if (where.name === "plan") views.plan(assessment);
    else views.compare(assessment);
  }

  window.addEventListener("hashchange", function () { draw(); view.focus(); });
  if (!current() && store.state.assessments.length) store.state.current = store.state.assessments[0].id;
  draw();

  // For tests and for anyone scripting the guide: the same export and import the buttons use.
  window.GuideGenAssessment = {
    exportText: function () { return store.exportText(); },
    importText: function (text, fileName) { notices.length = 0; var result = importText(text, fileName || "a file"); notices.push([result.ok ? "info" : "warning", result.messages.join(" ")]); draw(); return result.ok ? null : result.messages.join(" "); },
    results: function () { var a = current(); return a ? R.results(data, a) : null; },
    key: store.key
  };
})();
