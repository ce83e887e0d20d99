using GuideGen.Testing;
using GuideGen.Tests.Bundled;
using Jint;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// The scoring and rating rules of the self-assessment (templates/assets/assessment-rules.js), run in
/// Jint against the bundled guide's real assessment data (answer scales, bands and rules from site.yml).
/// </summary>
public class RatingRulesTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private Engine Rules()
    {
        var engine = AssessmentScripts.With(guide.Output, AssessmentScripts.Rules);
        engine.Execute("var data = window.GuideGenAssessmentData, R = window.GuideGenRules;");
        return engine;
    }

    private string Overall(string safe, string effective, string caring, string responsive, string wellLed, string caps = "[]")
    {
        var engine = Rules();
        return engine.Evaluate($$"""
            (function () {
              var result = R.overall(data, { safe: "{{safe}}", effective: "{{effective}}", caring: "{{caring}}", responsive: "{{responsive}}", "well-led": "{{wellLed}}" }, {{caps}});
              return result.rating + " | " + result.reasons.join(" ");
            })()
            """).AsString();
    }

    [Theory]
    [InlineData(24, null)]
    [InlineData(25, "inadequate")]
    [InlineData(38, "inadequate")]
    [InlineData(39, "requires-improvement")]
    [InlineData(62, "requires-improvement")]
    [InlineData(63, "good")]
    [InlineData(87, "good")]
    [InlineData(88, "outstanding")]
    [InlineData(100, "outstanding")]
    public void Quality_statement_percentages_fall_in_the_CQC_bands(int percent, string? expected)
    {
        var band = Rules().Evaluate($"R.band(data.statementBands, {percent})");
        (band.IsNull() ? null : band.AsString()).ShouldBe(expected);
    }

    [Fact]
    public void A_key_question_score_is_the_sum_of_its_statement_scores_as_a_percentage()
    {
        var engine = Rules();
        // Effective has six quality statements: 1+1+1+2+2+2 = 9 of 24 = 37.5%, reported as 38%: inadequate.
        var result = engine.Evaluate("""
            (function () {
              var kq = data.keyQuestions.filter(function (k) { return k.id === "effective"; })[0];
              var scores = {};
              kq.statements.forEach(function (s, i) { scores[s.id] = { score: i < 3 ? 1 : 2 }; });
              var r = R.keyQuestionByStatements(data, kq, scores);
              scores[kq.statements[0].id] = { score: 2 };
              var r2 = R.keyQuestionByStatements(data, kq, scores);
              scores[kq.statements[1].id] = { score: "na" };
              var r3 = R.keyQuestionByStatements(data, kq, scores);
              return [r.percent, r.rating, r2.percent, r2.rating, r3.max].join(",");
            })()
            """).AsString();
        // 10 of 24 = 42% requires improvement; a statement marked N/A leaves the maximum (5 × 4 = 20).
        result.ShouldBe("38,inadequate,42,requires-improvement,20");
    }

    [Fact]
    public void The_outstanding_example_from_the_sources_is_outstanding()
    {
        Overall("good", "good", "outstanding", "outstanding", "good").ShouldStartWith("outstanding |");
    }

    [Fact]
    public void The_inadequate_example_from_the_sources_is_inadequate()
    {
        Overall("inadequate", "requires-improvement", "requires-improvement", "requires-improvement", "inadequate").ShouldStartWith("inadequate |");
    }

    [Theory]
    [InlineData("good", "good", "good", "good", "good", "good")]
    [InlineData("requires-improvement", "good", "good", "good", "good", "good")]          // no more than one RI: good
    [InlineData("requires-improvement", "requires-improvement", "good", "good", "good", "requires-improvement")] // two RI
    [InlineData("inadequate", "good", "good", "good", "good", "requires-improvement")]    // an inadequate key question rules out good
    [InlineData("inadequate", "inadequate", "good", "good", "good", "inadequate")]        // two inadequate
    [InlineData("outstanding", "outstanding", "requires-improvement", "good", "good", "good")] // outstanding needs the rest good
    [InlineData("outstanding", "good", "good", "good", "good", "good")]                   // one outstanding is not enough
    [InlineData("outstanding", "outstanding", "outstanding", "outstanding", "outstanding", "outstanding")]
    public void Each_rating_principle_gives_the_expected_overall_rating(string s, string e, string c, string r, string w, string expected)
    {
        Overall(s, e, c, r, w).Split(" | ")[0].ShouldBe(expected);
    }

    [Fact]
    public void A_breach_of_regulations_caps_the_overall_rating_at_requires_improvement()
    {
        var result = Overall("outstanding", "outstanding", "outstanding", "good", "good",
            """[{ scope: "overall", rating: "requires-improvement", item: { text: "No breach" } }]""");
        result.ShouldStartWith("requires-improvement |");
        result.ShouldContain("Overall: Limited to requires improvement: ");
    }

    [Fact]
    public void Well_led_limiters_cap_well_led_and_say_why()
    {
        var engine = Rules();
        var result = engine.Evaluate("""
            (function () {
              var answers = { "W1/registered-manager": { answer: "not-in-place" }, "W2/pic-updated": { answer: "in-place" } };
              var caps = R.activeCaps(data, answers, "").filter(function (c) { return !c.item.critical; });
              var r = R.overall(data, { safe: "good", effective: "good", caring: "good", responsive: "good", "well-led": "outstanding" }, caps);
              return caps.length + "|" + r.keyQuestions["well-led"] + "|" + r.rating + "|" + r.reasons[0];
            })()
            """).AsString();
        result.ShouldStartWith("1|requires-improvement|good|Well-led: Limited to requires improvement: ");
    }

    [Fact]
    public void A_key_question_without_a_rating_leaves_the_overall_rating_open()
    {
        var engine = Rules();
        engine.Evaluate("""R.overall(data, { safe: "good", effective: "good", caring: "good", responsive: "good" }, []).rating""").IsNull().ShouldBeTrue();
    }

    [Fact]
    public void Warning_statements_score_the_other_way_round_and_NA_does_not_count()
    {
        var engine = Rules();
        engine.Evaluate("""
            (function () {
              var warning = { kind: "warning" }, practice = { kind: "practice" };
              return [R.itemPoints(data, warning, { answer: "true-of-us" }).points, R.itemPoints(data, warning, { answer: "not-true" }).points,
                      R.itemPoints(data, practice, { answer: "met" }).points, R.itemPoints(data, practice, { answer: "na" }), R.itemPoints(data, { kind: "check" }, { answer: "in-place" })].join(",");
            })()
            """).AsString().ShouldBe("0,2,2,,");
    }

    [Fact]
    public void A_band_needs_at_least_half_the_items_answered()
    {
        var engine = Rules();
        engine.Evaluate("""
            (function () {
              var kloe = data.keyQuestions[0].kloes[0];
              var answers = {};
              var scoring = kloe.items.filter(function (i) { return i.kind !== "check"; });
              scoring.slice(0, 2).forEach(function (i) { answers[i.id] = { answer: i.kind === "warning" ? "not-true" : "met" }; });
              var few = R.checklistScore(data, kloe, answers, "");
              kloe.items.forEach(function (i) { answers[i.id] = { answer: i.kind === "warning" ? "not-true" : i.kind === "check" ? "in-place" : "met" }; });
              var all = R.checklistScore(data, kloe, answers, "");
              return [few.percent, few.rating, all.percent, all.rating].join(",");
            })()
            """).AsString().ShouldBe("100,,100,outstanding");
    }
}
