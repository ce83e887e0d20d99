/* GuideGen self-assessment: the header, where the reader chooses, starts, names, deletes and
   removes assessments (a deletion is confirmed, and offers a download first). Adds `header(page)` to
   GuideGenAssessmentParts; assessment.js calls it after `saving`. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.header = function (page) {
    var data = page.data, store = page.store, notices = page.notices, el = page.el, app = page.app;
    var current = page.current, draw = page.redraw, dateText = page.dateText, stampText = page.stampText, confirmDialog = page.confirmDialog, field = page.field;
    var save = page.save, touch = page.touch, exportAll = page.exportAll, drawSaveStatus = page.drawSaveStatus, showSaveFailure = page.showSaveFailure;

    var headerArea = el("div", { className: "assessment-header" });
    app.appendChild(headerArea);

    function newAssessment() {
      var now = new Date();
      var chosen = window.GuideGenService ? window.GuideGenService.current() : "";
      var service = current() ? current().service : "";
      var base = "Self-assessment " + dateText(now) + (service ? ", " + service : "");
      store.add({ name: base, service: service, serviceType: chosen, assessor: "", date: now.toISOString().slice(0, 10) }, now);
      drawSaveStatus();
      if (store.saveError) showSaveFailure();
    }

    /** One line per assessment for the chooser: never two the same (details added, then a number). */
    function choiceLabels(list) {
      var labels = list.map(function (a) {
        var details = [a.service, a.assessor, a.date ? dateText(a.date) : ""].filter(function (x) { return x && a.name.indexOf(x) < 0; });
        return a.name + (details.length ? " — " + details.join(", ") : "");
      });
      var counts = {};
      return labels.map(function (label, i) {
        var same = labels.filter(function (l) { return l === label; }).length;
        if (same < 2) return label;
        counts[label] = (counts[label] || 0) + 1;
        return label + " (updated " + stampText(list[i].updated) + ", " + counts[label] + " of " + same + ")";
      });
    }

    function deleteCurrent() {
      var assessment = current();
      if (!assessment) return;
      confirmDialog("Delete “" + assessment.name + "”?", [
        "This removes the assessment, its answers, notes and action plan from this browser. It cannot be undone here.",
        "Download a copy first if you or anyone else may need it."
      ], [{ id: "download", label: "Download a copy first", secondary: true }, { id: "delete", label: "Delete this assessment", danger: true }, { id: "cancel", label: "Cancel", secondary: true }], function (choice) {
        if (choice === "download") { exportAll(); deleteCurrent(); return; }
        if (choice !== "delete") return;
        var name = assessment.name;
        notices.length = 0;
        if (store.remove(assessment.id)) notices.push(["info", "Deleted “" + name + "” from this browser."]);
        else notices.push(["warning", "“" + name + "” could not be deleted: this browser refused the change."]);
        drawSaveStatus();
        draw();
      });
    }

    function removeEverything() {
      confirmDialog("Remove everything this guide saved on this computer?", [
        "This removes every self-assessment, note and action plan, every training pack and your choices (service type, dark mode) that this guide saved in this browser. Other guides and websites are not touched.",
        "Download a copy first if anyone may need the answers: once removed they cannot be recovered from this computer."
      ], [{ id: "download", label: "Download a copy first", secondary: true }, { id: "remove", label: "Remove everything", danger: true }, { id: "cancel", label: "Cancel", secondary: true }], function (choice) {
        if (choice === "download") { exportAll(); removeEverything(); return; }
        if (choice !== "remove") return;
        notices.length = 0;
        if (store.removeEverything()) notices.push(["info", "Everything this guide saved on this computer has been removed."]);
        else notices.push(["warning", "Not everything could be removed: this browser refused. Try again, or clear this site's data in the browser's settings."]);
        drawSaveStatus();
        draw();
      });
    }

    function drawHeader() {
      headerArea.textContent = "";
      var assessment = current();
      var labels = choiceLabels(store.state.assessments);
      var chooser = el("select", { id: "assessment-choose" }, store.state.assessments.map(function (a, i) {
        return el("option", { value: a.id, selected: a.id === store.state.current, text: labels[i] });
      }));
      chooser.addEventListener("change", function () { store.state.current = chooser.value; save(); draw(); });
      headerArea.appendChild(el("div", { className: "assessment-choice" }, [
        store.state.assessments.length ? el("div", { className: "field" }, [el("label", { "for": "assessment-choose", text: "Assessment" }), chooser]) : null,
        el("button", { type: "button", className: "button button-secondary", id: "assessment-new", text: "New assessment", onclick: function () { newAssessment(); draw(); } }),
        assessment ? el("button", { type: "button", className: "button button-secondary", id: "assessment-delete", text: "Delete this assessment", onclick: deleteCurrent }) : null,
        el("button", { type: "button", className: "button button-secondary", id: "assessment-remove-all", text: "Remove everything this guide saved on this computer", onclick: removeEverything })
      ]));
      if (!assessment) return;
      var update = function (key) { return function (value) { assessment[key] = value; touch(assessment); if (key === "serviceType" || key === "name" || key === "service" || key === "assessor" || key === "date") draw(); }; };
      headerArea.appendChild(el("div", { className: "assessment-fields" }, [
        field("Name of this assessment", "assessment-name", assessment.name, update("name")),
        field("Service", "assessment-service", assessment.service, update("service")),
        field("Service type", "assessment-service-type", assessment.serviceType, update("serviceType"),
          null, [["", "All service types"]].concat(data.serviceTypes.filter(function (t) { return t.code !== data.allServices; }).map(function (t) { return [t.code, t.label]; }))),
        field("Assessor", "assessment-assessor", assessment.assessor, update("assessor")),
        field("Date", "assessment-date", assessment.date, update("date"), "date")
      ]));
    }

    return { drawHeader: drawHeader };
  };
})();
