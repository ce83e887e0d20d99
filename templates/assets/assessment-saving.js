/* GuideGen self-assessment: saving and the save bar. Answers autosave in this browser; a
   downloaded file is the durable copy, and a failed save is shown at once with the way out. The save
   bar, the save problem and the notices, and downloading and opening files. Adds `saving(page)` to
   GuideGenAssessmentParts; assessment.js calls it. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.saving = function (page) {
    var data = page.data, Store = page.Store, store = page.store, notices = page.notices, el = page.el, download = page.download, app = page.app;
    var current = page.current, draw = page.redraw, timeText = page.timeText, dateText = page.dateText;

    function save() {
      var ok = store.save();
      drawSaveStatus();
      if (!ok) showSaveFailure();
      return ok;
    }

    function touch(assessment) {
      assessment.updated = new Date().toISOString();
      save();
    }

    /** Answers whose items are not in this edition of the guide: kept, never dropped, and reported. */
    function orphans(assessment) { return Store.orphans(page.items, page.statementIds, assessment); }

    // ---- Export and import -----------------------------------------------------------------------------
    function exportAll() {
      var stamp = new Date().toISOString();
      var before = store.state.assessments.map(function (a) { return a.exported; });
      store.state.assessments.forEach(function (a) { a.exported = stamp; });
      download(data.namespace + "-self-assessments-" + stamp.slice(0, 10) + ".json", "application/json", store.exportText());
      // The download is the copy: if the browser cannot save the stamp, the page must not claim it.
      if (!save()) store.state.assessments.forEach(function (a, i) { a.exported = before[i]; });
      draw();
    }

    function importText(text, fileName) {
      var result = store.importText(text, fileName, new Date(), dateText);
      drawSaveStatus();
      return result;
    }

    // ---- Frame: save bar, notices ---------------------------------------------------------------------
    var saveStatus = el("p", { className: "save-status", role: "status" });
    var saveProblem = el("div", { className: "save-problem", hidden: true });
    var noticeArea = el("div", { className: "notices" });
    var fileInput = el("input", { type: "file", accept: ".json,application/json", className: "visually-hidden", id: "assessment-import", "aria-label": "Open a saved self-assessment file", tabindex: "-1" });
    app.appendChild(el("div", { className: "save-bar" }, [
      saveStatus,
      el("div", { className: "save-actions" }, [
        el("button", { type: "button", className: "button", id: "assessment-export", text: "Download a copy", onclick: exportAll }),
        el("button", { type: "button", className: "button button-secondary", id: "assessment-import-button", text: "Open a saved file", onclick: function () { fileInput.click(); } }),
        fileInput
      ])
    ]));
    app.appendChild(saveProblem);
    app.appendChild(noticeArea);

    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) return;
      fileInput.value = "";
      notices.length = 0;
      if (file.size > Store.MAX_FILE_BYTES) {
        notices.push(["warning", file.name + " is " + (file.size / 1048576).toFixed(1) + " MB; a saved self-assessment file is at most " + Store.MAX_FILE_BYTES / 1048576 + " MB. Nothing was changed."]);
        draw();
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var result = importText(String(reader.result), file.name);
        if (result.ok) notices.push(["info", "Opened " + file.name + ". " + result.messages.join(" ")]);
        else notices.push(["warning", result.messages.join(" ")]);
        draw();
      };
      reader.readAsText(file);
    });

    function drawSaveStatus() {
      var assessment = current();
      var text;
      if (store.saveError) text = "Not saved: " + store.saveError + " Download a copy now to keep your answers.";
      else if (store.lastSave) text = "Saved in this browser at " + timeText(store.lastSave) + ".";
      else text = store.state.assessments.length ? "Saved answers from this browser are open." : "Nothing saved yet.";
      if (!store.saveError && assessment && (!assessment.exported || assessment.exported < assessment.updated)) text += " Download a copy to keep your answers safe: this browser may not keep them.";
      saveStatus.textContent = text;
      saveStatus.className = "save-status" + (store.saveError ? " save-status-failed" : "");
      if (!store.saveError) { saveProblem.hidden = true; saveProblem.textContent = ""; }
    }

    /** A failed save is shown at once, as an alert with the way out (download), not only in the status. */
    function showSaveFailure() {
      saveProblem.textContent = "";
      saveProblem.hidden = false;
      saveProblem.appendChild(el("p", { className: "notice notice-warning", role: "alert" }, [
        el("strong", { text: "Your last change was not saved in this browser. " }),
        store.saveError + " Download a copy now: the file keeps everything on this page, including the change. ",
        el("button", { type: "button", className: "button", id: "save-failed-download", text: "Download a copy now", onclick: exportAll })
      ]));
    }

    function drawNotices() {
      noticeArea.textContent = "";
      notices.forEach(function (notice) { noticeArea.appendChild(el("p", { className: "notice notice-" + notice[0], role: notice[0] === "warning" ? "alert" : null, text: notice[1] })); });
      var assessment = current();
      if (assessment) {
        var lost = orphans(assessment);
        if (lost.length) noticeArea.appendChild(el("p", { className: "notice", text: lost.length + " saved answer" + (lost.length === 1 ? " is" : "s are") + " for items that are not in this edition of the guide. They are kept with the assessment and in downloads: " + lost.join(", ") + "." }));
      }
    }

    return { save: save, touch: touch, exportAll: exportAll, importText: importText, drawSaveStatus: drawSaveStatus, showSaveFailure: showSaveFailure, drawNotices: drawNotices };
  };
})();
