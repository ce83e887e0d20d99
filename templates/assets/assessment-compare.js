/* GuideGen self-assessment: assessments compared over time, in a chart and a table of each key
   question's score and rating, assessment by assessment. assessment.js owns the page and hands this
   part what it needs in `page`. Adds `compare(page)` to GuideGenAssessmentParts. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.compare = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, words = data.words;
    var Charts = window.GuideGenCharts;
    var ratingLabel = page.ratingLabel, scoreText = page.scoreText, chartRow = page.chartRow;

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

    return { compare: compare };
  };
})();
