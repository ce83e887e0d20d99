/* GuideGen self-assessment: the results, action plan, compare and team views. assessment.js owns
   the page (storage, routing, answering) and hands these views what they need in `page`. */
(function () {
  "use strict";

  window.GuideGenAssessmentViews = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, words = data.words;
    var hasStatements = page.hasStatements;
    var Charts = window.GuideGenCharts, Team = window.GuideGenTeam;
    var STATUSES = [["open", "Not started"], ["in-progress", "In progress"], ["done", "Done"]];

    function ratingLabel(id) { return R.label(data, id); }

    /** "Bands: Inadequate 0–39%; Requires improvement 40–64%; …" */
    function bandsText(bands) {
      return "Bands: " + bands.map(function (b, i) {
        var next = bands[i + 1];
        return R.label(data, b.rating) + " " + b.from + (next ? "–" + (next.from - 1) : "") + "%" + (next ? "" : " and above");
      }).join("; ") + ".";
    }

    /** Score text: a percentage only where there is a band to read it against. */
    function scoreText(score, withPoints) {
      if (score.band === null || score.open.length) return "–";
      return score.percent + "%" + (withPoints ? " (" + score.points + " of " + score.max + ")" : "");
    }

    /** Why a score is not rated: one or two open items by their words, more by where they are (a list of
        twenty item texts in one cell would bury the result, and the checklists mark each of them). */
    function openText(open) {
      var count = open.length + " safety-critical " + (open.length === 1 ? "item is" : "items are") + " not answered";
      if (open.length <= 2) return count + ": " + open.map(function (o) { return o.kloe + " “" + o.item.text + "”"; }).join("; ") + ".";
      var where = [];
      open.forEach(function (o) { if (where.indexOf(o.kloe) < 0) where.push(o.kloe); });
      return count + ", in " + (where.length === 1 ? where[0] : where.slice(0, -1).join(", ") + " and " + where[where.length - 1]) + ".";
    }

    /** The rating cell: the band, then why it is limited or not rated, right beside it. */
    function ratingCell(score) {
      var parts = [];
      if (score.open.length) {
        parts.push(page.ratingBadge(null, "Not rated"));
        parts.push(el("span", { className: "limit-reason", text: " " + openText(score.open) }));
      } else {
        parts.push(page.ratingBadge(score.rating));
        if (score.rating && score.band && score.rating !== score.band) parts.push(el("span", { className: "limit-band", text: " (band from the score: " + R.label(data, score.band) + ")" }));
      }
      // Only the limits that bind: one that allows the band anyway would only confuse.
      var binding = score.limits.filter(function (l) { return !score.band || R.rankOf(data, l.rating) > R.rankOf(data, score.band); });
      binding.forEach(function (l) { parts.push(el("span", { className: "limit-reason" }, [el("strong", { text: "Limited to " + R.inSentence(data, l.rating) + ":" }), " " + l.reason + (l.kloe ? " (" + l.kloe + ")" : "") + (l.basis ? " — " + l.basis : "") + "."])); });
      return el("td", { className: "rating-cell" }, parts);
    }

    function resultTable(caption, firstHeading, rows) {
      return el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": caption }, [el("table", { className: "results-table" }, [
        el("caption", { text: caption }),
        el("thead", {}, [el("tr", {}, [firstHeading, "Score", "Indicative rating", "Answered"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
        el("tbody", {}, rows)
      ])]);
    }

    function overallBlock(title, result, id) {
      return el("div", { className: "overall", id: id }, [
        el("h3", { text: title }),
        el("p", { className: "overall-rating" }, ["Indicative overall rating: ", page.ratingBadge(result.rating, "Not yet rated")]),
        el("ul", { className: "reasons" }, result.reasons.map(function (r) { return el("li", { text: r }); }))
      ]);
    }

    function chartRow(label, score) {
      var rated = score.band !== null && !score.open.length;
      return { label: label, value: rated ? score.percent : null, limited: !!(score.rating && score.band && score.rating !== score.band),
        note: rated ? R.label(data, score.rating) + (score.rating !== score.band ? " (limited)" : "") : score.open.length ? "Not rated: critical items unanswered" : "Not enough answers" };
    }

    /** The limiter questions in one place: they decide what the ratings can be, whichever route is used. */
    function limiterSection(assessment) {
      var checks = [];
      page.kloes.forEach(function (entry) { entry.kloe.items.forEach(function (item) { if (item.kind === "check" && R.applies(item, assessment.serviceType)) checks.push(item); }); });
      if (!checks.length) return null;
      var section = el("section", { className: "limiters", "aria-labelledby": "limiters-heading" }, [
        el("h3", { id: "limiters-heading", text: "Questions that limit the ratings" }),
        el("p", { text: words.limiters_note })
      ]);
      checks.forEach(function (item) { section.appendChild(page.answerControl(assessment, item, page.redraw)); });
      return section;
    }

    function results(assessment) {
      var r = R.results(data, assessment);
      view.appendChild(el("h2", { text: "Results" }));
      view.appendChild(el("p", { className: "disclaimer", text: words.results_disclaimer }));
      view.appendChild(el("p", { className: "results-for", text: "Results for " + assessment.name + (assessment.service ? ", " + assessment.service : "") + (assessment.date ? ", " + page.dateText(assessment.date) : "") + "." }));
      var limiters = limiterSection(assessment);
      if (limiters) view.appendChild(limiters);

      var kloeRows = [], chartRows = [], detail = [];
      data.keyQuestions.forEach(function (kq) {
        var score = r.byKloe[kq.id];
        chartRows.push(chartRow(kq.title, score));
        kloeRows.push(el("tr", { className: "kq-row" }, [
          el("th", { scope: "row", text: kq.title }), el("td", { text: scoreText(score) }), ratingCell(score), el("td", { text: score.answered + " of " + score.total })
        ]));
        kq.kloes.forEach(function (kloe) {
          var s = r.kloes[kloe.code];
          detail.push(chartRow(kloe.code + " " + kloe.title, s));
          kloeRows.push(el("tr", { className: "kloe-row" }, [
            el("th", { scope: "row" }, [el("a", { href: "#kloe/" + kloe.code, text: kloe.code + " " + kloe.title })]),
            el("td", { text: scoreText(s) }), ratingCell(s), el("td", { text: s.answered + " of " + s.total })
          ]));
        });
      });
      var kloeDetails = el("details", { className: "chart-more" }, [el("summary", { text: "Chart of every " + words.kloe_short }), Charts.bars("Each " + words.kloe_short + " checklist's score against the bands", detail, data.kloeBands, ratingLabel)]);
      view.appendChild(el("section", { "aria-labelledby": "results-kloe" }, [
        el("h3", { id: "results-kloe", text: "By " + words.kloe }),
        el("p", { className: "bands", text: bandsText(data.kloeBands) + " A band needs at least half the items answered." }),
        Charts.bars("Each " + words.key_question + "'s score from its " + words.kloe_short + " checklists, against the bands", chartRows, data.kloeBands, ratingLabel),
        kloeDetails,
        resultTable("Results by " + words.kloe, R.capitalised(words.key_question) + " or " + words.kloe_short, kloeRows),
        overallBlock("Overall, from the " + words.kloe_short + " checklists", r.overallKloe, "overall-kloe")
      ]));

      if (hasStatements) {
        var statementChart = [];
        var statementRows = data.keyQuestions.map(function (kq) {
          var score = r.byStatement[kq.id];
          statementChart.push(chartRow(kq.title, score));
          return el("tr", {}, [
            el("th", { scope: "row" }, [el("a", { href: "#statements/" + kq.id, text: kq.title })]),
            el("td", { text: scoreText(score, true) }), ratingCell(score), el("td", { text: score.answered + " of " + score.total })
          ]);
        });
        view.appendChild(el("section", { "aria-labelledby": "results-statements" }, [
          el("h3", { id: "results-statements", text: "By " + words.statement }),
          el("p", { className: "bands", text: bandsText(data.statementBands) + (data.statementLimits && data.statementLimits.length ? " " + data.statementLimits.map(function (l) { return "A " + words.statement + " scored " + (l.score === 1 ? "1" : "1 or " + l.score) + " limits its " + words.key_question + " to " + R.inSentence(data, l.rating) + (l.basis ? " (" + l.basis + ")" : "") + "."; }).join(" ") : "") }),
          Charts.bars("Each " + words.key_question + "'s " + words.statement + " score, against the bands", statementChart, data.statementBands, ratingLabel),
          resultTable("Results by " + words.statement, R.capitalised(words.key_question), statementRows),
          overallBlock("Overall, from the " + words.statements, r.overallStatements, "overall-statements")
        ]));
      }
      view.appendChild(el("p", {}, [el("button", { type: "button", className: "button button-secondary", text: "Print the results", onclick: function () { window.print(); } })]));
    }

    /** Gaps, most severe first: critical failures (inadequate before requires improvement), then by distance from good. */
    function gaps(assessment) {
      var list = [];
      page.kloes.forEach(function (entry, order) {
        entry.kloe.items.forEach(function (item, position) {
          if (!R.applies(item, assessment.serviceType)) return;
          var answer = R.answerOf(item, assessment.answers);
          if (!answer || answer === R.NOT_APPLICABLE) return;
          var scale = R.scaleFor(data, item);
          if (R.tone(scale, answer) === "good") return;
          var chosen = scale.filter(function (a) { return a.id === answer; })[0] || { label: answer };
          var severity = R.gapSeverity(data, item, answer);
          list.push({ id: item.id, where: entry.kloe.code, text: item.text, answer: chosen.label, sources: item.sources, critical: severity.critical,
            limit: severity.critical ? (item.critical ? item.critical.rating : item.caps[0].rating) : null, distance: severity.distance, order: order * 1000 + position });
        });
      });
      data.keyQuestions.forEach(function (kq, k) {
        kq.statements.forEach(function (statement, s) {
          var saved = assessment.statements[statement.id];
          if (!saved || (saved.score !== 1 && saved.score !== 2)) return;
          list.push({ id: "qs:" + statement.id, where: kq.title, text: R.capitalised(words.statement) + ": " + statement.title, answer: "Scored " + saved.score, sources: statement.topics,
            critical: false, limit: null, distance: saved.score === 1 ? 1 : 2 / 3, order: 100000 + k * 100 + s });
        });
      });
      var weight = function (g) { return g.critical ? (R.rankOf(data, g.limit) === data.ratings.length - 1 ? 0 : 1) : 2; };
      return list.sort(function (a, b) { return weight(a) - weight(b) || b.distance - a.distance || a.order - b.order; });
    }

    function csvCell(value) {
      var text = String(value === undefined || value === null ? "" : value);
      if (/^[=+\-@\t\r]/.test(text)) text = "'" + text; // never a formula when opened in a spreadsheet
      return '"' + text.replace(/"/g, '""') + '"';
    }

    /** A form control and its words for paper: a printed text box shows only what fits in it, and an
        empty date prints as the browser's "mm/dd/yyyy", so print shows the value as text instead. */
    function printable(control, textOf) {
      var copy = el("span", { className: "print-value", "aria-hidden": "true" });
      var refresh = function () { copy.textContent = textOf ? textOf() : control.value; };
      control.addEventListener("input", refresh);
      control.addEventListener("change", refresh);
      refresh();
      return [control, copy];
    }

    function plan(assessment) {
      var list = gaps(assessment);
      view.appendChild(el("h2", { text: "Action plan" }));
      view.appendChild(el("p", { className: "results-for", text: "Action plan for " + assessment.name + (assessment.service ? ", " + assessment.service : "") + "." }));
      view.appendChild(el("p", { text: list.length ? "Each answer that was not the good one is listed here, most urgent first: safety-critical failures, then the answers furthest from good. Add an action, an owner, a date and a status." : "Nothing to act on yet: answer the checklists" + (hasStatements ? " or score the " + words.statements : "") + " first." }));
      if (!list.length) return;
      var rows = list.map(function (gap) {
        var action = assessment.actions[gap.id] || {};
        var update = function (key, value) { var entry = assessment.actions[gap.id] || (assessment.actions[gap.id] = {}); entry[key] = value; page.touch(assessment); };
        var base = "plan-" + gap.id.replace(/[^a-z0-9-]/gi, "-");
        var actionInput = el("textarea", { id: base + "-action", rows: "2", "aria-label": "Action for: " + gap.text });
        actionInput.value = action.action || "";
        actionInput.addEventListener("input", function () { page.debounce(base + "a", function () { update("action", actionInput.value); }); });
        var owner = el("input", { id: base + "-owner", type: "text", value: action.owner || "", "aria-label": "Owner for: " + gap.text });
        owner.addEventListener("input", function () { page.debounce(base + "o", function () { update("owner", owner.value); }); });
        var due = el("input", { id: base + "-due", type: "date", value: action.due || "", "aria-label": "Due date for: " + gap.text });
        due.addEventListener("change", function () { update("due", due.value); });
        var status = el("select", { id: base + "-status", "aria-label": "Status for: " + gap.text }, STATUSES.map(function (s) { return el("option", { value: s[0], selected: (action.status || "open") === s[0], text: s[1] }); }));
        status.addEventListener("change", function () { update("status", status.value); });
        return el("tr", { className: gap.critical ? "gap-critical" : null }, [
          el("th", { scope: "row" }, [
            gap.critical ? el("span", { className: "critical-badge", text: "Safety-critical, limits to " + R.inSentence(data, gap.limit) }) : null,
            el("span", { className: "gap-where", text: gap.where + ": " }), gap.text,
            el("span", { className: "gap-answer", text: " (" + gap.answer + ")" }),
            gap.sources.length ? el("span", { className: "gap-sources" }, [" See: "].concat(gap.sources.map(function (s, i) { return el("span", {}, [i ? ", " : "", el("a", { href: s.href, text: s.label })]); }))) : null]),
          el("td", {}, printable(actionInput)), el("td", {}, printable(owner)),
          el("td", {}, printable(due, function () { return due.value ? page.dateText(due.value) : ""; })),
          el("td", {}, printable(status, function () { return status.options[status.selectedIndex].text; }))
        ]);
      });
      view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Action plan" }, [el("table", { className: "plan-table" }, [
        el("caption", { text: "Action plan for " + assessment.name }),
        el("thead", {}, [el("tr", {}, ["Gap", "Action", "Owner", "Due", "Status"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
        el("tbody", {}, rows)
      ])]));
      view.appendChild(el("p", { className: "plan-actions" }, [
        el("button", { type: "button", className: "button", id: "plan-csv", text: "Download as CSV (spreadsheet)", onclick: function () {
          var lines = [["Priority", "Where", "Gap", "Answer", "Safety-critical", "Action", "Owner", "Due", "Status"].map(csvCell).join(",")];
          list.forEach(function (gap, i) {
            var a = assessment.actions[gap.id] || {};
            var statusLabel = (STATUSES.filter(function (s) { return s[0] === (a.status || "open"); })[0] || [])[1];
            lines.push([i + 1, gap.where, gap.text, gap.answer, gap.critical ? "Yes: limits to " + R.inSentence(data, gap.limit) : "", a.action, a.owner, a.due, statusLabel].map(csvCell).join(","));
          });
          page.download(data.namespace + "-action-plan-" + new Date().toISOString().slice(0, 10) + ".csv", "text/csv", "\ufeff" + lines.join("\r\n") + "\r\n");
        } }),
        " ",
        el("button", { type: "button", className: "button button-secondary", text: "Print the action plan", onclick: function () { window.print(); } })
      ]));
    }

    /** Short names for a chart's rows: the date, made distinct when two share one. */
    function seriesNames(list) {
      var names = list.map(function (a) { return a.date ? page.dateText(a.date) : a.name; });
      return names.map(function (n, i) { return names.filter(function (m) { return m === n; }).length > 1 ? n + " (" + a(list[i]) + ")" : n; });
      function a(x) { return x.name.length > 24 ? x.name.slice(0, 23) + "…" : x.name; }
    }

    function compare() {
      var all = page.store.state.assessments.slice().sort(function (a, b) { return (a.date || "").localeCompare(b.date || "") || a.created.localeCompare(b.created); });
      view.appendChild(el("h2", { text: "Compare assessments over time" }));
      if (all.length < 2) {
        view.appendChild(el("p", { text: "Compare needs two assessments or more. Start a new assessment later (for example next quarter) to see your progress." }));
        return;
      }
      var chosen = all.map(function () { return true; });
      var output = el("div", { className: "compare-output" });
      var labels = seriesNames(all);
      var pickers = el("fieldset", { className: "compare-choice" }, [el("legend", { text: "Assessments to compare (oldest first)" })].concat(all.map(function (a, i) {
        var id = "compare-" + i;
        var box = el("input", { type: "checkbox", id: id, checked: true });
        box.addEventListener("change", function () { chosen[i] = box.checked; redraw(); });
        return el("span", { className: "answer-option" }, [box, el("label", { "for": id, text: labels[i] + " — " + a.name })]);
      })));
      function redraw() {
        output.textContent = "";
        var picked = all.filter(function (a, i) { return chosen[i]; });
        if (picked.length < 2) { output.appendChild(el("p", { text: "Choose two assessments or more." })); return; }
        var names = seriesNames(picked);
        var res = picked.map(function (a) { return R.results(data, a); });
        var groups = data.keyQuestions.map(function (kq) {
          return { label: kq.title, values: picked.map(function (a, i) { var row = chartRow(kq.title, res[i].byKloe[kq.id]); return { series: names[i], value: row.value, note: row.value === null ? "" : R.label(data, res[i].byKloe[kq.id].rating) }; }) };
        });
        output.appendChild(Charts.overTime("Each " + words.key_question + "'s score from the " + words.kloe_short + " checklists, assessment by assessment", groups, data.kloeBands, ratingLabel));
        var first = res[0], last = res[res.length - 1];
        output.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Comparison" }, [el("table", { className: "results-table compare-table" }, [
          el("caption", { text: words.kloe_short + " checklist results, " + names.join(", then ") }),
          el("thead", {}, [el("tr", {}, [R.capitalised(words.key_question)].concat(names).concat(["Change, first to last"]).map(function (h) { return el("th", { scope: "col", text: h }); }))]),
          el("tbody", {}, data.keyQuestions.map(function (kq) {
            var cells = res.map(function (x) { var s = x.byKloe[kq.id]; return el("td", {}, [scoreText(s) === "–" ? "– " : scoreText(s) + " ", page.ratingBadge(x.overallKloe.keyQuestions[kq.id], "Not rated")]); });
            var pa = chartRow("", first.byKloe[kq.id]).value, pb = chartRow("", last.byKloe[kq.id]).value;
            var change = pa === null || pb === null ? "–" : pb > pa ? "up " + (pb - pa) + " points" : pb < pa ? "down " + (pa - pb) + " points" : "no change";
            return el("tr", {}, [el("th", { scope: "row", text: kq.title })].concat(cells).concat([el("td", { text: change })]));
          }).concat([el("tr", { className: "kq-row" }, [el("th", { scope: "row", text: "Overall" })].concat(res.map(function (x) { return el("td", {}, [page.ratingBadge(x.overallKloe.rating, "Not yet rated")]); })).concat([el("td", { text: "" })]))]))
        ])]));
      }
      view.appendChild(pickers);
      view.appendChild(output);
      redraw();
    }

    // ---- Team view: files read here and kept only in this page ----------------------------------------
    var team = { people: [], problems: [], onlyDisagreements: false };

    function teamView() {
      view.appendChild(el("h2", { text: "Team view" }));
      view.appendChild(el("p", { text: "Open the files your staff downloaded (several at once) to see, item by item, how many answered what and where the team disagrees. The files are read on this page only: nothing is saved and nothing leaves this computer." }));
      var input = el("input", { type: "file", id: "team-files", multiple: true, accept: ".json,application/json" });
      input.addEventListener("change", function () {
        var files = Array.prototype.slice.call(input.files || []);
        var left = files.length;
        files.forEach(function (file) {
          var done = function () { if (--left === 0) page.redraw(); };
          if (file.size > page.Store.MAX_FILE_BYTES) { team.problems.push(file.name + " is larger than " + page.Store.MAX_FILE_BYTES / 1048576 + " MB and was not opened."); done(); return; }
          var reader = new FileReader();
          reader.onload = function () {
            var read = page.Store.readFile(data, String(reader.result));
            if (read.error) team.problems.push(file.name + ": " + read.error);
            read.setAside && read.setAside.forEach(function (s) { team.problems.push(file.name + ": “" + s.name + "” was not opened: " + s.why + "."); });
            var taken = team.people.map(function (p) { return p.label; });
            (read.assessments || []).forEach(function (a) { team.people.push({ label: Team.personLabel(a, file.name, taken), assessment: a, file: file.name }); });
            done();
          };
          reader.readAsText(file);
        });
      });
      view.appendChild(el("div", { className: "field team-open" }, [el("label", { "for": "team-files", text: "Staff members' files" }), input]));
      team.problems.forEach(function (p) { view.appendChild(el("p", { className: "notice notice-warning", text: p })); });
      if (!team.people.length) return;
      view.appendChild(el("p", { className: "team-people", text: team.people.length + " " + (team.people.length === 1 ? "assessment" : "assessments") + " open: " + team.people.map(function (p) { return p.label + " (" + p.file + ")"; }).join(", ") + "." }));
      view.appendChild(el("p", {}, [el("button", { type: "button", className: "button button-secondary", id: "team-clear", text: "Close these files", onclick: function () { team.people = []; team.problems = []; page.redraw(); } })]));
      var toggle = el("input", { type: "checkbox", id: "team-disagreements", checked: team.onlyDisagreements });
      toggle.addEventListener("change", function () { team.onlyDisagreements = toggle.checked; page.redraw(); });
      view.appendChild(el("p", { className: "answer-option" }, [toggle, el("label", { "for": "team-disagreements", text: "Show only the items where the team disagrees" })]));

      var rows = Team.aggregate(data, R, team.people);
      var disagreements = rows.filter(function (r) { return r.disagree; }).length;
      view.appendChild(el("p", { className: "team-summary", text: disagreements + " " + (disagreements === 1 ? "item" : "items") + " where some answered the good answer and others a poor one." }));
      var summary = team.people.map(function (p) { var res = R.results(data, p.assessment); return el("tr", {}, [el("th", { scope: "row", text: p.label })].concat(data.keyQuestions.map(function (kq) { return el("td", {}, [page.ratingBadge(res.overallKloe.keyQuestions[kq.id], "Not rated")]); })).concat([el("td", {}, [page.ratingBadge(res.overallKloe.rating, "Not yet rated")])])); });
      view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Each person's indicative ratings" }, [el("table", { className: "results-table" }, [
        el("caption", { text: "Each person's indicative ratings (" + words.kloe_short + " checklists)" }),
        el("thead", {}, [el("tr", {}, ["Person"].concat(data.keyQuestions.map(function (kq) { return kq.title; })).concat(["Overall"]).map(function (h) { return el("th", { scope: "col", text: h }); }))]),
        el("tbody", {}, summary)
      ])]));
      data.keyQuestions.forEach(function (kq) {
        kq.kloes.forEach(function (kloe) {
          var mine = rows.filter(function (r) { return r.kloe === kloe && (!team.onlyDisagreements || r.disagree); });
          if (!mine.length) return;
          view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": kloe.code + " " + kloe.title + ": team answers" }, [el("table", { className: "results-table team-table" }, [
            el("caption", { text: kloe.code + " " + kloe.title }),
            el("thead", {}, [el("tr", {}, ["Item", "Good", "Some of the time", "Poor", "Does not apply", "Not answered", "Who answered what"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
            el("tbody", {}, mine.map(function (r) {
              return el("tr", { className: r.disagree ? "team-disagree" : null }, [
                el("th", { scope: "row" }, [r.disagree ? el("span", { className: "critical-badge", text: "Team disagrees" }) : null, r.item.text]),
                el("td", { text: String(r.counts.good) }), el("td", { text: String(r.counts.mixed) }), el("td", { text: String(r.counts.poor) }),
                el("td", { text: String(r.counts.na) }), el("td", { text: String(r.counts.none) }),
                el("td", { text: r.answers.map(function (x) { return x.person + ": " + x.label; }).join("; ") })
              ]);
            }))
          ])]));
        });
      });
    }

    return { results: results, plan: plan, compare: compare, team: teamView };
  };
})();
