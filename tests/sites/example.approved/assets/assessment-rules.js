/* GuideGen self-assessment rules: scoring, bands and the rating principles, as pure functions of the
   assessment data (answer scales, bands and rules all come from site.yml) and the saved answers.
   No DOM here: assessment.js draws the page, and the tests run these functions in Jint. */
(function (global) {
  "use strict";

  var NOT_APPLICABLE = "na";

  function rankOf(data, rating) {
    for (var i = 0; i < data.ratings.length; i++) if (data.ratings[i].id === rating) return i;
    return -1;
  }

  /** The worse of two ratings (ratings are listed best first). */
  function worse(data, a, b) {
    if (!a) return b;
    if (!b) return a;
    return rankOf(data, a) >= rankOf(data, b) ? a : b;
  }

  /** The code of the service type that applies to all services: the first one in site.yml. */
  function allServices() {
    var data = global.GuideGenAssessmentData;
    return data && data.serviceTypes && data.serviceTypes.length ? data.serviceTypes[0].code : "A";
  }

  /** Whether an item applies to the chosen service type: items for all services always do. */
  function applies(item, serviceType) {
    return !serviceType || item.service === allServices() || item.service === serviceType;
  }

  function scaleFor(data, item) {
    return item.kind === "warning" ? data.answers.warning : item.kind === "check" ? data.answers.check : data.answers.statement;
  }

  /** Points for one answered statement, or null when it does not count (unanswered, N/A, or a check). */
  function itemPoints(data, item, answer) {
    if (item.kind === "check" || !answer || !answer.answer || answer.answer === NOT_APPLICABLE) return null;
    var scale = scaleFor(data, item);
    var max = 0, chosen = null;
    scale.forEach(function (a) { max = Math.max(max, a.points); if (a.id === answer.answer) chosen = a; });
    return chosen ? { points: chosen.points, max: max } : null;
  }

  /** A whole percentage, as the CQC reports them; null when there is nothing to score. */
  function percent(points, max) {
    return max > 0 ? Math.round(points / max * 100) : null;
  }

  /** The band a percentage falls in: the last band whose `from` it reaches. */
  function band(bands, value) {
    if (value === null || value === undefined) return null;
    var rating = null;
    bands.forEach(function (b) { if (value >= b.from) rating = b.rating; });
    return rating;
  }

  function scoreItems(data, items, answers, serviceType) {
    var points = 0, max = 0, answered = 0, total = 0;
    items.forEach(function (item) {
      if (!applies(item, serviceType)) return;
      total++;
      var answer = answers[item.id];
      if (answer && answer.answer) answered++;
      var scored = itemPoints(data, item, answer);
      if (scored) { points += scored.points; max += scored.max; }
    });
    var value = percent(points, max);
    return { points: points, max: max, percent: value, rating: enough(answered, total) ? band(data.kloeBands, value) : null, answered: answered, total: total };
  }

  /** A band needs at least half the items answered: a handful of answers says little about a service. */
  function enough(answered, total) {
    return total > 0 && answered * 2 >= total;
  }

  /** One KLOE checklist's score and indicative band. */
  function checklistScore(data, kloe, answers, serviceType) {
    return scoreItems(data, kloe.items, answers, serviceType);
  }

  /** A key question assessed by its KLOE checklists: all its scored items together. */
  function keyQuestionByKloe(data, kq, answers, serviceType) {
    var items = [];
    kq.kloes.forEach(function (kloe) { items = items.concat(kloe.items); });
    return scoreItems(data, items, answers, serviceType);
  }

  /** A key question assessed by quality statements scored 1–4: the sum as a percentage of the maximum (CQC bands). */
  function keyQuestionByStatements(data, kq, scores) {
    var sum = 0, count = 0;
    var answered = 0;
    kq.statements.forEach(function (statement) {
      var entry = scores[statement.id];
      if (entry && entry.score !== undefined && entry.score !== null) answered++;
      var score = entry && typeof entry.score === "number" ? entry.score : null;
      if (score >= 1 && score <= 4) { sum += score; count++; }
    });
    var value = percent(sum, count * 4);
    var rating = enough(answered, kq.statements.length) ? band(data.statementBands, value) : null;
    return { points: sum, max: count * 4, percent: value, rating: rating, answered: answered, total: kq.statements.length };
  }

  /** The limits that hard checks answered "no" put on ratings. */
  function activeCaps(data, answers, serviceType) {
    var caps = [];
    data.keyQuestions.forEach(function (kq) {
      kq.kloes.forEach(function (kloe) {
        kloe.items.forEach(function (item) {
          if (item.kind !== "check" || !item.caps || !applies(item, serviceType)) return;
          var answer = answers[item.id];
          // The first check answer means the check is met; any other (not N/A) means it is not.
          if (!answer || !answer.answer || answer.answer === NOT_APPLICABLE || answer.answer === data.answers.check[0].id) return;
          item.caps.forEach(function (cap) { caps.push({ scope: cap.scope, rating: cap.rating, item: item }); });
        });
      });
    });
    return caps;
  }

  function ruleMatches(rule, counts) {
    var checks = [
      ["minOutstanding", counts.outstanding, 1], ["minInadequate", counts.inadequate, 1], ["maxInadequate", counts.inadequate, -1],
      ["minRequiresImprovementOrWorse", counts.requiresImprovementOrWorse, 1], ["maxRequiresImprovementOrWorse", counts.requiresImprovementOrWorse, -1]
    ];
    return checks.every(function (c) {
      var limit = rule[c[0]];
      if (limit === undefined || limit === null) return true;
      return c[2] > 0 ? c[1] >= limit : c[1] <= limit;
    });
  }

  /**
   * The overall rating from the key questions' ratings, by the rating principles in data.overallRules,
   * after applying the caps of hard checks. Returns the key-question ratings after caps, the overall
   * rating, and the reasons, so the page can show why a band came out as it did.
   */
  function overall(data, kqRatings, caps) {
    var reasons = [];
    var capped = {};
    var missing = [];
    data.keyQuestions.forEach(function (kq) {
      var rating = kqRatings[kq.id] || null;
      caps.forEach(function (cap) {
        if (cap.scope !== kq.id || !rating) return;
        var limited = worse(data, rating, cap.rating);
        if (limited !== rating) reasons.push(kq.title + " is limited to " + label(data, cap.rating) + ": “" + cap.item.text + "” was answered no.");
        rating = limited;
      });
      capped[kq.id] = rating;
      if (!rating) missing.push(kq.title);
    });
    if (missing.length) {
      return { rating: null, keyQuestions: capped, reasons: ["Not yet rated: " + missing.join(", ") + " need answers first."] };
    }

    var requiresImprovement = rankOf(data, "requires-improvement");
    var counts = { outstanding: 0, inadequate: 0, requiresImprovementOrWorse: 0 };
    Object.keys(capped).forEach(function (id) {
      var rank = rankOf(data, capped[id]);
      if (capped[id] === "outstanding") counts.outstanding++;
      if (capped[id] === "inadequate") counts.inadequate++;
      if (rank >= requiresImprovement) counts.requiresImprovementOrWorse++;
    });

    var rating = null;
    for (var i = 0; i < data.overallRules.length && !rating; i++) {
      if (ruleMatches(data.overallRules[i], counts)) {
        rating = data.overallRules[i].rating;
        reasons.push(data.overallRules[i].reason);
      }
    }
    caps.forEach(function (cap) {
      if (cap.scope !== "overall") return;
      var limited = worse(data, rating, cap.rating);
      if (limited !== rating) reasons.push("The overall rating is limited to " + label(data, cap.rating) + ": “" + cap.item.text + "” was answered no.");
      rating = limited;
    });
    return { rating: rating, keyQuestions: capped, reasons: reasons };
  }

  function label(data, rating) {
    var found = data.ratings.filter(function (r) { return r.id === rating; })[0];
    return found ? found.label : rating;
  }

  global.GuideGenRules = {
    NOT_APPLICABLE: NOT_APPLICABLE,
    applies: applies,
    scaleFor: scaleFor,
    itemPoints: itemPoints,
    percent: percent,
    band: band,
    enough: enough,
    checklistScore: checklistScore,
    keyQuestionByKloe: keyQuestionByKloe,
    keyQuestionByStatements: keyQuestionByStatements,
    activeCaps: activeCaps,
    overall: overall,
    worse: worse,
    label: label
  };
})(this);
