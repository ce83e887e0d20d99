/* GuideGen self-assessment rules, part one: ratings, answer scales and answers, as pure functions
   of the assessment data (answer scales, bands, limiters and rules all come from site.yml and the
   checklists) and the saved answers. No DOM here: assessment.js draws the page, and the tests run
   these functions in Jint. assessment-scoring.js adds the scores, limits and ratings to the same
   GuideGenRules object, so it loads after this file. */
(function (global) {
  "use strict";

  var NOT_APPLICABLE = "na";

  function rankOf(data, rating) {
    for (var i = 0; i < data.ratings.length; i++) if (data.ratings[i].id === rating) return i;
    return -1;
  }

  /**
   * The colour tier of a rating by its place in the guide's scale, whatever its id: 1 the best of
   * four or more, 2 good, 3 short of good, 4 the worst. Three ratings are 2, 3, 4; two are 2 and 4.
   * The symbol and label carry the meaning; the colour only repeats it.
   */
  function tierOf(data, rating) {
    var rank = rankOf(data, rating), n = data.ratings.length;
    if (rank < 0) return 3;
    if (n === 4) return rank + 1;
    if (n < 4) return [[2], [2, 4], [2, 3, 4]][n - 1][rank];
    return rank === 0 ? 1 : rank === n - 1 ? 4 : rank < n / 2 ? 2 : 3;
  }

  /** The worse of two ratings (ratings are listed best first). */
  function worse(data, a, b) {
    if (!a) return b;
    if (!b) return a;
    return rankOf(data, a) >= rankOf(data, b) ? a : b;
  }

  function label(data, rating) {
    var found = data.ratings.filter(function (r) { return r.id === rating; })[0];
    return found ? found.label : rating;
  }

  /** "requires improvement": a rating's label as it reads inside a sentence. */
  function inSentence(data, rating) {
    var text = label(data, rating);
    return text.charAt(0).toLowerCase() + text.slice(1);
  }

  /** The first letter in upper case, for a word of the guide's that heads something: "key question" → "Key question"; "KLOE" stays. */
  function capitalised(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
  }

  /** The code of the service type marked in site.yml as applying to all services, or "" when none is. */
  function allServices(data) {
    data = data || global.GuideGenAssessmentData;
    return data && typeof data.allServices === "string" ? data.allServices : "";
  }

  /** Whether an item applies to the chosen service type: items for all services always do. */
  function applies(item, serviceType) {
    return !serviceType || item.service === allServices() || item.service === serviceType;
  }

  function scaleFor(data, item) {
    return item.kind === "warning" ? data.answers.warning : item.kind === "check" ? data.answers.check : data.answers.statement;
  }

  /** Whether an item limits a rating when it fails: safety-critical items and limiter questions. */
  function isCritical(item) {
    return !!item.critical || (item.kind === "check" && !!(item.caps && item.caps.length));
  }

  /** Whether "Does not apply" may be chosen: never on an item whose failure limits a rating. */
  function offersNotApplicable(item) {
    return !isCritical(item);
  }

  /** The saved answer of an item as it counts: null when unanswered, or N/A where N/A is not allowed. */
  function answerOf(item, answers) {
    var saved = answers[item.id];
    var answer = saved && typeof saved.answer === "string" ? saved.answer : null;
    if (answer === NOT_APPLICABLE && !offersNotApplicable(item)) return null;
    return answer;
  }

  /** The answer definition chosen for an item, or null. */
  function chosenAnswer(data, item, answer) {
    return scaleFor(data, item).filter(function (a) { return a.id === answer; })[0] || null;
  }

  /** Whether the answer given fails the item's critical point (the scale marks which answers fail). */
  function fails(data, item, answers) {
    var chosen = chosenAnswer(data, item, answerOf(item, answers));
    return !!(chosen && chosen.failsCritical);
  }

  /** Points for one answered statement, or null when it does not count (unanswered, N/A, or a check). */
  function itemPoints(data, item, answer) {
    if (item.kind === "check" || !answer || !answer.answer || answer.answer === NOT_APPLICABLE) return null;
    var scale = scaleFor(data, item);
    var max = 0, chosen = null;
    scale.forEach(function (a) { max = Math.max(max, a.points); if (a.id === answer.answer) chosen = a; });
    return chosen ? { points: chosen.points, max: max } : null;
  }

  /** The highest and lowest points of a scale, and the answer chosen on it (or null). */
  function onScale(scale, answerId) {
    var max = -Infinity, min = Infinity, chosen = null;
    scale.forEach(function (a) { max = Math.max(max, a.points); min = Math.min(min, a.points); if (a.id === answerId) chosen = a; });
    return { max: max, min: min, chosen: chosen };
  }

  /** How an answer reads against the good one: "good" (the best), "poor" (the worst) or "mixed". */
  function tone(scale, answerId) {
    var s = onScale(scale, answerId);
    if (!s.chosen) return null;
    if (s.max === s.min) return scale[0].id === answerId ? "good" : "poor"; // checks: the first answer is the good one
    return s.chosen.points === s.max ? "good" : s.chosen.points === s.min ? "poor" : "mixed";
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

  /** A band needs at least half the items answered: a handful of answers says little about a service. */
  function enough(answered, total) {
    return total > 0 && answered * 2 >= total;
  }

  /**
   * How serious a gap is, for the action plan: whether it fails a safety-critical item or limiter
   * question, and how far the answer is from the good one (0 good … 1 the worst answer).
   */
  function gapSeverity(data, item, answerId) {
    var scale = scaleFor(data, item), s = onScale(scale, answerId);
    var distance = !s.chosen ? 0 : s.max === s.min ? (scale[0].id === answerId ? 0 : 1) : (s.max - s.chosen.points) / (s.max - s.min);
    return { critical: isCritical(item) && !!(s.chosen && s.chosen.failsCritical), distance: distance };
  }

  global.GuideGenRules = {
    NOT_APPLICABLE: NOT_APPLICABLE,
    applies: applies,
    scaleFor: scaleFor,
    isCritical: isCritical,
    offersNotApplicable: offersNotApplicable,
    answerOf: answerOf,
    fails: fails,
    itemPoints: itemPoints,
    tone: tone,
    percent: percent,
    band: band,
    enough: enough,
    gapSeverity: gapSeverity,
    worse: worse,
    rankOf: rankOf,
    tierOf: tierOf,
    label: label,
    inSentence: inSentence,
    capitalised: capitalised
  };
})(this);
