/* GuideGen self-assessment rules, part two: scores, limits and ratings, as pure functions of the
   assessment data and the saved answers. No DOM here; the tests run these functions in Jint. Needs
   assessment-rules.js (ratings, scales and answers), and adds its functions to GuideGenRules.

   How a result is reached (docs/self-assessment-rules.md says where each rule comes from):
   1. A KLOE's percentage is the points of its answered items over their maximum; its band comes
      from `kloe_bands`. A band needs at least half the items answered.
   2. Limits, each shown beside the band it limits, with its reason:
      - a safety-critical item (`critical` in a checklist) answered with an answer that fails it
        limits its KLOE and its key question to the item's rating;
      - a check ("limiter question") answered no limits its key question or the overall rating;
      - a quality statement scored at or below a `statement_limits` score limits its key question.
   3. A safety-critical item or limiter question left unanswered leaves what it limits not rated:
      a rating that has not looked at the critical points is never shown as good.
   4. The overall rating follows `overall_rules` (the CQC's rating principles), after the limits. */
(function (global) {
  "use strict";

  var R = global.GuideGenRules;
  var rankOf = R.rankOf, worse = R.worse, inSentence = R.inSentence, applies = R.applies, isCritical = R.isCritical,
    answerOf = R.answerOf, fails = R.fails, itemPoints = R.itemPoints, percent = R.percent, band = R.band, enough = R.enough;

  /**
   * Every limit the answers put on ratings, and every critical point still open.
   * A limit: { scope: key question id or "overall", kloe: code or null, rating, reason, basis, item }.
   */
  function limits(data, answers, serviceType) {
    var found = [], open = [];
    data.keyQuestions.forEach(function (kq) {
      kq.kloes.forEach(function (kloe) {
        kloe.items.forEach(function (item) {
          if (!isCritical(item) || !applies(item, serviceType)) return;
          if (!answerOf(item, answers)) {
            var scopes = item.critical ? [kq.id] : item.caps.map(function (c) { return c.scope; });
            open.push({ item: item, kloe: kloe.code, kq: kq.id, scopes: scopes, check: !item.critical });
            return;
          }
          if (!fails(data, item, answers)) return;
          if (item.critical) {
            found.push({ scope: kq.id, kloe: kloe.code, rating: item.critical.rating, reason: item.critical.reason, basis: item.critical.basis || data.criticalBasis || null, item: item });
          } else {
            item.caps.forEach(function (cap) {
              found.push({ scope: cap.scope, kloe: null, rating: cap.rating, reason: cap.reason || "“" + item.text + "” was answered no", basis: cap.basis || null, item: item });
            });
          }
        });
      });
    });
    return { limits: found, open: open };
  }

  /** The limits from checks answered no (kept for callers that want only those). */
  function activeCaps(data, answers, serviceType) {
    return limits(data, answers, serviceType).limits;
  }

  /** A limit as the page shows it: "Limited to requires improvement: controlled drugs are not always locked away". */
  function limitText(data, limit) {
    return "Limited to " + inSentence(data, limit.rating) + ": " + limit.reason + (limit.basis ? " (" + limit.basis + ")" : "") + ".";
  }

  /** Applies limits to a rating; returns the limited rating and the limits that apply. */
  function applyLimits(data, rating, applicable) {
    var limited = rating;
    applicable.forEach(function (l) { limited = worse(data, limited, l.rating); });
    return { rating: rating ? limited : null, limits: applicable };
  }

  function scoreItems(data, items, answers, serviceType) {
    var points = 0, max = 0, answered = 0, total = 0;
    items.forEach(function (item) {
      if (!applies(item, serviceType)) return;
      total++;
      if (answerOf(item, answers)) answered++;
      var scored = itemPoints(data, item, { answer: answerOf(item, answers) });
      if (scored) { points += scored.points; max += scored.max; }
    });
    var value = percent(points, max);
    var rated = enough(answered, total);
    return { points: points, max: max, percent: value, band: rated ? band(data.kloeBands, value) : null, rating: rated ? band(data.kloeBands, value) : null, answered: answered, total: total, limits: [], open: [] };
  }

  /** Attaches limits and open critical points to a score; an open critical point leaves it not rated. */
  function limitScore(data, score, found, open) {
    var applied = applyLimits(data, score.band, found);
    score.limits = applied.limits;
    score.open = open;
    score.rating = open.length ? null : applied.rating;
    return score;
  }

  /** One KLOE checklist's score, band, limits and indicative rating. */
  function checklistScore(data, kloe, answers, serviceType, state) {
    var score = scoreItems(data, kloe.items, answers, serviceType);
    state = state || limits(data, answers, serviceType);
    return limitScore(data, score,
      state.limits.filter(function (l) { return l.kloe === kloe.code; }),
      state.open.filter(function (o) { return o.kloe === kloe.code && !o.check; }));
  }

  /** The limits and open points that bear on one key question (or on "overall"). */
  function scoped(state, scope) {
    return {
      limits: state.limits.filter(function (l) { return l.scope === scope; }),
      open: state.open.filter(function (o) { return o.scopes.indexOf(scope) >= 0; })
    };
  }

  /** A key question assessed by its KLOE checklists: all its scored items together, then its limits. */
  function keyQuestionByKloe(data, kq, answers, serviceType, state) {
    var items = [];
    kq.kloes.forEach(function (kloe) { items = items.concat(kloe.items); });
    var score = scoreItems(data, items, answers, serviceType);
    var mine = scoped(state || limits(data, answers, serviceType), kq.id);
    return limitScore(data, score, mine.limits, mine.open);
  }

  /** A key question assessed by quality statements scored 1–4: the sum as a percentage of the maximum (CQC bands). */
  function keyQuestionByStatements(data, kq, scores, answers, serviceType, state) {
    var sum = 0, count = 0, answered = 0, hits = [];
    var rules = data.statementLimits || [];
    kq.statements.forEach(function (statement) {
      var entry = scores[statement.id];
      if (entry && entry.score !== undefined && entry.score !== null) answered++;
      var score = entry && typeof entry.score === "number" ? entry.score : null;
      if (score >= 1 && score <= 4) {
        sum += score; count++;
        // Each low statement counts once, under the strictest rule it meets.
        var strictest = null;
        rules.forEach(function (rule, i) { if (score <= rule.score && (strictest === null || rankOf(data, rule.rating) > rankOf(data, rules[strictest].rating))) strictest = i; });
        if (strictest !== null) hits.push({ rule: strictest, text: statement.title + " (" + score + ")" });
      }
    });
    var low = [];
    rules.forEach(function (rule, i) {
      var mine = hits.filter(function (h) { return h.rule === i; }).map(function (h) { return h.text; });
      if (mine.length) low.push({ scope: kq.id, kloe: null, rating: rule.rating, reason: rule.reason + ": " + mine.join(", "), basis: rule.basis || null, item: null });
    });
    var value = percent(sum, count * 4);
    var bandValue = enough(answered, kq.statements.length) ? band(data.statementBands, value) : null;
    var result = { points: sum, max: count * 4, percent: value, band: bandValue, rating: bandValue, answered: answered, total: kq.statements.length, limits: [], open: [] };
    // Answers to the checklists still count: a failed critical item or limiter limits this route too.
    var mine = answers ? scoped(state || limits(data, answers, serviceType), kq.id) : { limits: [], open: [] };
    return limitScore(data, result, low.concat(mine.limits), mine.open);
  }

  /** Whether the key questions' ratings meet every condition of a rule (site.yml `overall_rules`, `when`). */
  function ruleMatches(data, rule, capped) {
    return (rule.when || []).every(function (c) {
      var rank = rankOf(data, c.rated), count = 0;
      Object.keys(capped).forEach(function (id) {
        var r = rankOf(data, capped[id]);
        if (r === rank || (c.orWorse && r > rank) || (c.orBetter && r < rank)) count++;
      });
      return (typeof c.atLeast !== "number" || count >= c.atLeast) && (typeof c.atMost !== "number" || count <= c.atMost);
    });
  }

  /**
   * The overall rating from the key questions' ratings, by the rating principles in data.overallRules.
   * `kqRatings` are the key questions' ratings after their own limits; `state` (from limits()) adds
   * the limits and open questions on the overall rating. Limits given with a key question scope are
   * applied here too, so callers that pass raw bands (and tests) get the same answer.
   */
  function overall(data, kqRatings, state) {
    state = state && state.limits ? state : { limits: state || [], open: [] };
    var reasons = [], capped = {}, missing = [];
    data.keyQuestions.forEach(function (kq) {
      var rating = kqRatings[kq.id] || null;
      state.limits.forEach(function (cap) {
        if (cap.scope !== kq.id || !rating) return;
        var limited = worse(data, rating, cap.rating);
        if (limited !== rating) reasons.push(kq.title + ": " + limitText(data, cap));
        rating = limited;
      });
      capped[kq.id] = rating;
      if (!rating) missing.push(kq.title);
    });
    if (missing.length) {
      return { rating: null, keyQuestions: capped, limits: [], reasons: ["Not yet rated: " + missing.join(", ") + (missing.length === 1 ? " needs" : " need") + " answers first."] };
    }
    var openOverall = state.open.filter(function (o) { return o.scopes.indexOf("overall") >= 0; });
    if (openOverall.length) {
      return { rating: null, keyQuestions: capped, limits: [], reasons: ["Not yet rated: answer " + openOverall.map(function (o) { return "“" + o.item.text + "”"; }).join(" and ") + " first."] };
    }

    var rating = null;
    for (var i = 0; i < data.overallRules.length && !rating; i++) {
      if (ruleMatches(data, data.overallRules[i], capped)) {
        rating = data.overallRules[i].rating;
        reasons.push(data.overallRules[i].reason);
      }
    }
    var overallLimits = [];
    state.limits.forEach(function (cap) {
      if (cap.scope !== "overall") return;
      overallLimits.push(cap);
      var limited = worse(data, rating, cap.rating);
      if (limited !== rating) reasons.push("Overall: " + limitText(data, cap));
      rating = limited;
    });
    return { rating: rating, keyQuestions: capped, limits: overallLimits, reasons: reasons };
  }

  /** Everything the results show for one assessment, by both routes. */
  function results(data, assessment) {
    var answers = assessment.answers || {}, statements = assessment.statements || {}, serviceType = assessment.serviceType || "";
    var state = limits(data, answers, serviceType);
    var byKloe = {}, byStatement = {}, kloeScores = {};
    data.keyQuestions.forEach(function (kq) {
      byKloe[kq.id] = keyQuestionByKloe(data, kq, answers, serviceType, state);
      byStatement[kq.id] = keyQuestionByStatements(data, kq, statements, answers, serviceType, state);
      kq.kloes.forEach(function (kloe) { kloeScores[kloe.code] = checklistScore(data, kloe, answers, serviceType, state); });
    });
    var ratingsOf = function (scores) { var out = {}; Object.keys(scores).forEach(function (k) { out[k] = scores[k].rating; }); return out; };
    // Key-question limits are already inside each score's rating; only the overall ones are left.
    var overallOnly = { limits: state.limits.filter(function (l) { return l.scope === "overall"; }), open: state.open };
    return {
      kloes: kloeScores, byKloe: byKloe, byStatement: byStatement, state: state,
      overallKloe: overall(data, ratingsOf(byKloe), overallOnly),
      overallStatements: overall(data, ratingsOf(byStatement), overallOnly)
    };
  }

  R.limits = limits;
  R.activeCaps = activeCaps;
  R.limitText = limitText;
  R.checklistScore = checklistScore;
  R.keyQuestionByKloe = keyQuestionByKloe;
  R.keyQuestionByStatements = keyQuestionByStatements;
  R.overall = overall;
  R.results = results;
})(this);
