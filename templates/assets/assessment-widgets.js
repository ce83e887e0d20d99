/* GuideGen self-assessment: times and dates in the reader's language, and the small DOM helpers the
   parts of the page share (rating badges, link lists, confirmations, form fields). Text is only ever
   set with textContent. Adds `widgets(page)` to GuideGenAssessmentParts; assessment.js calls it. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.widgets = function (page) {
    var data = page.data, R = page.R, el = page.el;

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

    return { timeText: timeText, dateText: dateText, stampText: stampText, ratingBadge: ratingBadge, linkList: linkList, debounce: debounce, confirmDialog: confirmDialog, field: field };
  };
})();
