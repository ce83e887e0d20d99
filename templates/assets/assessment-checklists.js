/* GuideGen self-assessment: answering. The checklists (one KLOE at a time, with its progress) and the
   quality statements, each answer saved as it is given. Adds `checklists(page)` to
   GuideGenAssessmentParts; assessment.js calls it, and the results view uses its answerControl. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.checklists = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, kloes = page.kloes, items = page.items, words = data.words;
    var current = page.current, touch = page.touch, debounce = page.debounce, linkList = page.linkList;

    var STATEMENT_SCORES = [[4, "4: exceptional standard"], [3, "3: a good standard"], [2, "2: some shortfalls"], [1, "1: significant shortfalls"]];
    var TONE_SYMBOL = { good: "✓", mixed: "~", poor: "✗" };

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

    return { answerControl: answerControl, drawKloeView: drawKloeView, drawStatementsView: drawStatementsView };
  };
})();
