using GuideGen.Core.Output;
using Jint;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// The self-assessment's DOM-free scripts (rules, saved files and storage) loaded into Jint with a built
/// guide's assessment data, as the page loads them; `storage` is an in-memory localStorage that a test
/// can make refuse writes (a full or locked-down browser).
/// </summary>
public static class AssessmentScripts
{
    /// <summary>The rules alone: answers and scales, then scores, limits and ratings.</summary>
    public static readonly string[] Rules = ["assets/assessment-rules.js", "assets/assessment-scoring.js"];

    /// <summary>Every DOM-free script of the page, in the page's order (<see cref="BrowserScripts.Assessment"/>).</summary>
    public static readonly string[] Pure = [.. Rules, "assets/assessment-file.js", "assets/assessment-store.js"];

    /// <summary>A Jint engine with the site's assessment data and the given scripts, in that order.</summary>
    public static Engine With(string siteOutput, IEnumerable<string> scripts)
    {
        var engine = new Engine();
        engine.Execute("var window = this;");
        foreach (var script in scripts.Prepend(SitePaths.AssessmentData))
            engine.Execute(File.ReadAllText(Path.Combine(siteOutput, script)));
        return engine;
    }

    public static Engine Load(string siteOutput)
    {
        var engine = With(siteOutput, Pure);
        engine.Execute("""
            var data = window.GuideGenAssessmentData, R = window.GuideGenRules, S = window.GuideGenAssessmentStore;
            function memoryStorage() {
              var map = {}, keys = [];
              var s = {
                full: false,
                getItem: function (k) { return Object.prototype.hasOwnProperty.call(map, k) ? map[k] : null; },
                setItem: function (k, v) { if (s.full) { var e = new Error("quota"); e.name = "QuotaExceededError"; throw e; } if (!Object.prototype.hasOwnProperty.call(map, k)) keys.push(k); map[k] = String(v); },
                removeItem: function (k) { if (Object.prototype.hasOwnProperty.call(map, k)) { delete map[k]; keys.splice(keys.indexOf(k), 1); } },
                key: function (i) { return i < keys.length ? keys[i] : null; }
              };
              Object.defineProperty(s, "length", { get: function () { return keys.length; } });
              return s;
            }
            function itemOf(key) {
              var found = null;
              data.keyQuestions.forEach(function (kq) { kq.kloes.forEach(function (k) { k.items.forEach(function (i) { if (i.id === key) found = i; }); }); });
              return found;
            }
            /** Answers every item of the guide well (the good answer), then applies the changes given. */
            function allGood(changes) {
              var answers = {};
              data.keyQuestions.forEach(function (kq) { kq.kloes.forEach(function (k) { k.items.forEach(function (i) { answers[i.id] = { answer: R.scaleFor(data, i)[0].id }; }); }); });
              Object.keys(changes || {}).forEach(function (id) { if (changes[id] === null) delete answers[id]; else answers[id] = { answer: changes[id] }; });
              return answers;
            }
            function assessment(answers, statements) {
              return { id: "t", name: "Test", service: "", serviceType: "", assessor: "", date: "2026-12-07", answers: answers, statements: statements || {}, actions: {}, created: "2026-12-07T09:00:00.000Z", updated: "2026-12-07T09:00:00.000Z", exported: null };
            }
            """);
        return engine;
    }
}
