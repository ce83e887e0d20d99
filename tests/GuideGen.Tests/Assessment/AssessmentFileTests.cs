using GuideGen.Tests.Bundled;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// A saved self-assessment file (templates/assets/assessment-file.js) read and joined on its own, in Jint:
/// a file as a whole is refused with the reason, a record that does not fit is set aside with its own,
/// an assessment that differs from the saved one is added beside it, and answers to items that are not
/// in this edition of the guide are kept and reported.
/// </summary>
public class AssessmentFileTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private string Run(string script) => AssessmentScripts.Load(guide.Output).Evaluate("""
        function file(list, fields) { return JSON.stringify(Object.assign({ format: S.FORMAT, version: S.VERSION, guide: data.namespace, assessments: list }, fields || {})); }
        """ + script).ToString();

    [Theory]
    [InlineData("'{not json'", "not readable JSON")]
    [InlineData("JSON.stringify({ format: 'guidegen-packs', assessments: [] })", "This file is not a saved self-assessment. Nothing was changed.")]
    [InlineData("file([], { version: 2 })", "a different version of the self-assessment (2)")]
    [InlineData("file([], { guide: 'another-guide' })", "belongs to another guide (another-guide)")]
    public void A_file_that_cannot_be_used_is_refused_whole_with_the_reason(string text, string reason) =>
        Run($"S.readFile(data, {text}).error").ShouldContain(reason);

    [Fact]
    public void Records_that_do_not_fit_are_set_aside_each_with_its_reason_and_the_rest_are_read()
    {
        var result = Run("""
            (function () {
              var good = assessment({ "S4/secure-storage": { answer: "met", note: "locked" }, "S9/an-item-of-another-edition": { answer: "whatever" } });
              var unknownField = assessment({}); unknownField.id = "u"; unknownField.name = "Extra"; unknownField.colour = "red";
              var badAnswer = assessment({ "S4/secure-storage": { answer: "maybe" } }); badAnswer.id = "b"; badAnswer.name = "Bad answer";
              var badScore = assessment({}, { "qs-1": { score: 5 } }); badScore.id = "s"; badScore.name = "";
              var twin = assessment({}); twin.name = "Twin";
              var read = S.readFile(data, file([good, unknownField, badAnswer, badScore, twin, "text"]));
              return read.assessments.map(function (a) { return a.name; }).join(",") + " | " + read.setAside.map(function (s) { return s.name + ": " + s.why; }).join(" | ");
            })()
            """);
        result.ShouldBe(string.Join(" | ",
            "Test",
            "Extra: it has fields this guide does not use (colour)",
            "Bad answer: the answer to S4/secure-storage (maybe) is not one of its answers",
            "assessment 4: the score of qs-1 is not 1 to 4",
            "Twin: the file holds another assessment with the same id",
            "assessment 6: it is not a record"));
    }

    [Fact]
    public void A_differing_assessment_with_a_saved_id_is_added_beside_it_as_a_named_copy()
    {
        Run("""
            (function () {
              var state = S.emptyState(data);
              var saved = assessment({ "S4/secure-storage": { answer: "met" } }); saved.updated = "2026-06-12T10:00:00.000Z";
              state.assessments.push(saved);
              var incoming = assessment({ "S4/secure-storage": { answer: "not-met" } }); incoming.updated = "2025-01-15T10:00:00.000Z";
              var same = JSON.parse(JSON.stringify(saved));
              var report = S.merge(state, [incoming, same], "old.json", new Date("2026-12-07T10:00:00Z"), function (v) { return String(v).slice(0, 10); });
              return state.assessments.map(function (a) { return (a.id === "t" ? "t " : "copy ") + a.name + " " + a.answers["S4/secure-storage"].answer; }).join(", ") + " | " + report[1];
            })()
            """).ShouldBe("t Test met, copy Test (from old.json, updated 2025-01-15) not-met | “Test” is already saved here exactly as in the file: nothing changed.");
    }

    [Fact]
    public void Answers_to_items_and_statements_not_in_this_edition_are_reported_and_the_others_are_not()
    {
        Run("""
            (function () {
              var items = Object.create(null), statements = Object.create(null), firstStatement = null;
              data.keyQuestions.forEach(function (kq) {
                kq.kloes.forEach(function (k) { k.items.forEach(function (i) { items[i.id] = i; }); });
                kq.statements.forEach(function (s) { statements[s.id] = s; if (!firstStatement) firstStatement = s.id; });
              });
              var scores = {}; scores[firstStatement] = { score: 3 }; scores["qs-retired"] = { score: 2 };
              var a = assessment({ "S4/secure-storage": { answer: "met" }, "S9/retired-item": { answer: "met" }, "__proto__x": { answer: "met" } }, scores);
              return S.orphans(items, statements, a).join(", ");
            })()
            """).ShouldBe("S9/retired-item, __proto__x, qs-retired");
    }

    [Fact]
    public void Names_are_made_distinct_with_a_number()
    {
        Run("""
            (function () {
              var state = S.emptyState(data);
              ["Spring review", "Spring review (2)"].forEach(function (n) { var a = assessment({}); a.name = n; state.assessments.push(a); });
              return [S.distinctName(state, "Spring review"), S.distinctName(state, "Autumn review")].join(" / ");
            })()
            """).ShouldBe("Spring review (3) / Autumn review");
    }
}
