/* GuideGen self-assessment: the action plan, every answer that was not the good one, most urgent
   first, with an action, owner, date and status each; printable, and downloadable as CSV. assessment.js
   owns the page and hands this part what it needs in `page`. Adds `plan(page)` to GuideGenAssessmentParts. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.plan = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, words = data.words;
    var hasStatements = page.hasStatements;

    var STATUSES = [["open", "Not started"], ["in-progress", "In progress"], ["done", "Done"]];

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

    return { plan: plan };
  };
})();
