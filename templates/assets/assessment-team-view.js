/* GuideGen self-assessment: the team view, staff members' downloaded files opened together and
   shown item by item (the counting is in assessment-team.js). assessment.js owns the page and hands
   this part what it needs in `page`. Adds `teamView(page)` to GuideGenAssessmentParts. */
(function () {
  "use strict";

  var Parts = window.GuideGenAssessmentParts = window.GuideGenAssessmentParts || {};

  Parts.teamView = function (page) {
    var data = page.data, R = page.R, el = page.el, view = page.view, words = data.words;
    var Team = window.GuideGenTeam;

    // ---- Team view: files read here and kept only in this page ----------------------------------------
    var team = { people: [], problems: [], onlyDisagreements: false };

    function teamView() {
      view.appendChild(el("h2", { text: "Team view" }));
      view.appendChild(el("p", { text: "Open the files your staff downloaded (several at once) to see, item by item, how many answered what and where the team disagrees. The files are read on this page only: nothing is saved and nothing leaves this computer." }));
      var input = el("input", { type: "file", id: "team-files", multiple: true, accept: ".json,application/json" });
      input.addEventListener("change", function () {
        var files = Array.prototype.slice.call(input.files || []);
        var left = files.length;
        files.forEach(function (file) {
          var done = function () { if (--left === 0) page.redraw(); };
          if (file.size > page.Store.MAX_FILE_BYTES) { team.problems.push(file.name + " is larger than " + page.Store.MAX_FILE_BYTES / 1048576 + " MB and was not opened."); done(); return; }
          var reader = new FileReader();
          reader.onload = function () {
            var read = page.Store.readFile(data, String(reader.result));
            if (read.error) team.problems.push(file.name + ": " + read.error);
            read.setAside && read.setAside.forEach(function (s) { team.problems.push(file.name + ": “" + s.name + "” was not opened: " + s.why + "."); });
            var taken = team.people.map(function (p) { return p.label; });
            (read.assessments || []).forEach(function (a) { team.people.push({ label: Team.personLabel(a, file.name, taken), assessment: a, file: file.name }); });
            done();
          };
          reader.readAsText(file);
        });
      });
      view.appendChild(el("div", { className: "field team-open" }, [el("label", { "for": "team-files", text: "Staff members' files" }), input]));
      team.problems.forEach(function (p) { view.appendChild(el("p", { className: "notice notice-warning", text: p })); });
      if (!team.people.length) return;
      view.appendChild(el("p", { className: "team-people", text: team.people.length + " " + (team.people.length === 1 ? "assessment" : "assessments") + " open: " + team.people.map(function (p) { return p.label + " (" + p.file + ")"; }).join(", ") + "." }));
      view.appendChild(el("p", {}, [el("button", { type: "button", className: "button button-secondary", id: "team-clear", text: "Close these files", onclick: function () { team.people = []; team.problems = []; page.redraw(); } })]));
      var toggle = el("input", { type: "checkbox", id: "team-disagreements", checked: team.onlyDisagreements });
      toggle.addEventListener("change", function () { team.onlyDisagreements = toggle.checked; page.redraw(); });
      view.appendChild(el("p", { className: "answer-option" }, [toggle, el("label", { "for": "team-disagreements", text: "Show only the items where the team disagrees" })]));

      var rows = Team.aggregate(data, R, team.people);
      var disagreements = rows.filter(function (r) { return r.disagree; }).length;
      view.appendChild(el("p", { className: "team-summary", text: disagreements + " " + (disagreements === 1 ? "item" : "items") + " where some answered the good answer and others a poor one." }));
      var summary = team.people.map(function (p) { var res = R.results(data, p.assessment); return el("tr", {}, [el("th", { scope: "row", text: p.label })].concat(data.keyQuestions.map(function (kq) { return el("td", {}, [page.ratingBadge(res.overallKloe.keyQuestions[kq.id], "Not rated")]); })).concat([el("td", {}, [page.ratingBadge(res.overallKloe.rating, "Not yet rated")])])); });
      view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": "Each person's indicative ratings" }, [el("table", { className: "results-table" }, [
        el("caption", { text: "Each person's indicative ratings (" + words.kloe_short + " checklists)" }),
        el("thead", {}, [el("tr", {}, ["Person"].concat(data.keyQuestions.map(function (kq) { return kq.title; })).concat(["Overall"]).map(function (h) { return el("th", { scope: "col", text: h }); }))]),
        el("tbody", {}, summary)
      ])]));
      data.keyQuestions.forEach(function (kq) {
        kq.kloes.forEach(function (kloe) {
          var mine = rows.filter(function (r) { return r.kloe === kloe && (!team.onlyDisagreements || r.disagree); });
          if (!mine.length) return;
          view.appendChild(el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-label": kloe.code + " " + kloe.title + ": team answers" }, [el("table", { className: "results-table team-table" }, [
            el("caption", { text: kloe.code + " " + kloe.title }),
            el("thead", {}, [el("tr", {}, ["Item", "Good", "Some of the time", "Poor", "Does not apply", "Not answered", "Who answered what"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
            el("tbody", {}, mine.map(function (r) {
              return el("tr", { className: r.disagree ? "team-disagree" : null }, [
                el("th", { scope: "row" }, [r.disagree ? el("span", { className: "critical-badge", text: "Team disagrees" }) : null, r.item.text]),
                el("td", { text: String(r.counts.good) }), el("td", { text: String(r.counts.mixed) }), el("td", { text: String(r.counts.poor) }),
                el("td", { text: String(r.counts.na) }), el("td", { text: String(r.counts.none) }),
                el("td", { text: r.answers.map(function (x) { return x.person + ": " + x.label; }).join("; ") })
              ]);
            }))
          ])]));
        });
      });
    }

    return { team: teamView };
  };
})();
