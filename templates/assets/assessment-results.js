/* GuideGen self-assessment: the results view, by KLOE checklists and by quality statements, each
   rating with why it is limited or not rated right beside it, and charts of the scores. assessment.js
   owns the page (storage, routing, answering) and hands this part what it needs in `page`. Adds
   `results(page)` to GuideGenAssessmentParts; the compare view uses its scoreText and chartRow. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.results = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, words = data.words;
    var hasStatements = page.hasStatements;
    var Charts = window.GuideGenCharts;

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

    return { results: results, ratingLabel: ratingLabel, scoreText: scoreText, chartRow: chartRow };
  };
})();
