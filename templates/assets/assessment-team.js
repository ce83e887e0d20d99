/* GuideGen team view: several staff members' downloaded self-assessment files opened together, to
   see per item how many answered what and where the team disagrees. The files are read in this page
   only: nothing is saved, nothing leaves the computer. */
(function (global) {
  "use strict";

  /**
   * Per item of the guide: the answers of each person, counted by tone (good, mixed, poor, does not
   * apply, unanswered). An item is a disagreement when some people give the good answer and others a
   * poor one, or when answers span all three tones.
   * people: [{ label, assessment }]
   */
  function aggregate(data, R, people) {
    var rows = [];
    data.keyQuestions.forEach(function (kq) {
      kq.kloes.forEach(function (kloe) {
        kloe.items.forEach(function (item) {
          var scale = R.scaleFor(data, item);
          var row = { kq: kq, kloe: kloe, item: item, counts: { good: 0, mixed: 0, poor: 0, na: 0, none: 0 }, answers: [] };
          people.forEach(function (person) {
            var a = person.assessment;
            if (!R.applies(item, a.serviceType)) return;
            var answer = R.answerOf(item, a.answers || {});
            var t = !answer ? "none" : answer === R.NOT_APPLICABLE ? "na" : R.tone(scale, answer) || "none";
            row.counts[t]++;
            var chosen = scale.filter(function (s) { return s.id === answer; })[0];
            row.answers.push({ person: person.label, tone: t, label: chosen ? chosen.label : answer === R.NOT_APPLICABLE ? "Does not apply" : "Not answered" });
          });
          var c = row.counts;
          row.disagree = (c.good > 0 && c.poor > 0) || (c.good > 0 && c.mixed > 0 && c.poor > 0);
          row.split = [c.good, c.mixed, c.poor].filter(function (n) { return n > 0; }).length > 1;
          rows.push(row);
        });
      });
    });
    return rows;
  }

  /** Who a file's assessment belongs to, for the team table: assessor, else name, else the file. */
  function personLabel(assessment, fileName, taken) {
    var base = assessment.assessor || assessment.name || fileName;
    var label = base, n = 2;
    while (taken.indexOf(label) >= 0) label = base + " (" + n++ + ")";
    taken.push(label);
    return label;
  }

  global.GuideGenTeam = { aggregate: aggregate, personLabel: personLabel };
})(this);
