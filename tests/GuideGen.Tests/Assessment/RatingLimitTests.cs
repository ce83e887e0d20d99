using GuideGen.Tests.Bundled;
using Jint;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// Scenarios for every limiter of the self-assessment (docs/self-assessment-rules.md), run in Jint on
/// the bundled guide's real checklists: a result never reassures wrongly, and it says why.
/// </summary>
public class RatingLimitTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private string Run(string script) => AssessmentScripts.Load(guide.Output).Evaluate(script).ToString();

    [Fact]
    public void The_S4_case_a_failed_critical_item_limits_a_91_percent_checklist_to_requires_improvement_and_says_why()
    {
        var result = Run("""
            (function () {
              var r = R.results(data, assessment(allGood({ "S4/secure-storage": "not-met", "S4/storage-unsafe": "true-of-us" })));
              var s4 = r.kloes.S4;
              return [s4.percent, s4.band, s4.rating, r.byKloe.safe.rating, s4.limits.map(function (l) { return R.limitText(data, l); }).join(" ")].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        int.Parse(parts[0]).ShouldBeGreaterThanOrEqualTo(90);
        parts[1].ShouldBe("outstanding");                      // what the percentage alone would say
        parts[2].ShouldBe("requires-improvement");             // what the page shows
        parts[3].ShouldBe("requires-improvement");             // and the key question with it
        parts[4].ShouldContain("Limited to requires improvement: ");
        parts[4].ShouldContain("locked");
    }

    [Fact]
    public void Only_the_worst_answer_fails_a_critical_item_a_middle_answer_lowers_the_score()
    {
        // As in the Outstanding inspection report: an occasional medicines discrepancy, still rated good for safe.
        Run("""(function () { var s = R.results(data, assessment(allGood({ "S4/mar-gaps": "sometimes" }))).kloes.S4; return s.percent + " " + s.limits.length; })()""").ShouldBe("98 0");
        Run("""R.results(data, assessment(allGood({ "S4/mar-gaps": "true-of-us" }))).kloes.S4.rating""").ShouldBe("requires-improvement");
        Run("""R.results(data, assessment(allGood({}))).kloes.S4.rating""").ShouldBe("outstanding");
    }

    [Fact]
    public void A_critical_item_that_says_inadequate_limits_its_KLOE_to_inadequate()
    {
        var result = Run("""
            (function () {
              var found = null;
              data.keyQuestions.forEach(function (kq) { kq.kloes.forEach(function (k) { k.items.forEach(function (i) { if (!found && i.critical && i.critical.rating === "inadequate") found = { item: i, kloe: k.code, kq: kq.id }; }); }); });
              if (!found) return "no inadequate-level critical item";
              var change = {}; change[found.item.id] = R.scaleFor(data, found.item)[R.scaleFor(data, found.item).length - 1].id;
              var r = R.results(data, assessment(allGood(change)));
              return r.kloes[found.kloe].rating + " " + r.byKloe[found.kq].rating;
            })()
            """);
        result.ShouldBe("inadequate inadequate");
    }

    [Fact]
    public void Every_checklist_has_a_safety_critical_item_and_none_offers_does_not_apply()
    {
        Run("""
            (function () {
              var missing = [], offered = [];
              data.keyQuestions.forEach(function (kq) { kq.kloes.forEach(function (k) {
                if (!k.items.some(function (i) { return i.critical; })) missing.push(k.code);
                k.items.forEach(function (i) { if (R.isCritical(i) && R.offersNotApplicable(i)) offered.push(i.id); });
              }); });
              return "missing: " + missing.join(",") + "; N/A offered: " + offered.join(",");
            })()
            """).ShouldBe("missing: ; N/A offered: ");
    }

    [Fact]
    public void An_unanswered_critical_item_leaves_its_KLOE_key_question_and_overall_not_rated()
    {
        var result = Run("""
            (function () {
              var r = R.results(data, assessment(allGood({ "S4/secure-storage": null })));
              return [r.kloes.S4.rating, r.kloes.S4.open.length, r.byKloe.safe.rating, r.overallKloe.rating, r.overallKloe.reasons[0]].join(" | ");
            })()
            """);
        result.ShouldBe(" | 1 |  |  | Not yet rated: Safe needs answers first.");   // null joins as empty
    }

    [Fact]
    public void Does_not_apply_saved_on_a_critical_item_counts_as_unanswered_never_as_good()
    {
        Run("""R.results(data, assessment(allGood({ "S4/secure-storage": "na" }))).kloes.S4.rating""").ShouldBe("null");
    }

    [Fact]
    public void A_breach_of_regulations_limits_the_overall_rating_to_requires_improvement()
    {
        var result = Run("""
            (function () {
              var r = R.results(data, assessment(allGood({ "W2/no-breach": "not-in-place" })));
              return r.overallKloe.rating + " | " + r.overallStatements.rating + " | " + r.overallKloe.reasons.join(" ");
            })()
            """);
        result.ShouldStartWith("requires-improvement | null | ");   // the statements are not scored here
        result.ShouldContain("Overall: Limited to requires improvement: ");
        result.ShouldContain("CQC rating principles");
    }

    [Theory]
    [InlineData("W1/registered-manager", "registered manager")]
    [InlineData("S1/notifications-sent", "notification")]
    [InlineData("W2/pic-updated", "provider information")]
    public void Each_well_led_limiter_limits_well_led_to_requires_improvement_and_says_why(string check, string reasonWord)
    {
        var result = Run($$"""
            (function () {
              var r = R.results(data, assessment(allGood({ "{{check}}": "not-in-place" })));
              var wl = r.byKloe["well-led"];
              return [wl.band, wl.rating, r.byKloe.safe.rating, wl.limits.map(function (l) { return R.limitText(data, l); }).join(" ")].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        parts[0].ShouldBe("outstanding");
        parts[1].ShouldBe("requires-improvement");
        parts[2].ShouldBe("outstanding");    // the limiter is on well-led, not on the key question the check sits in
        parts[3].ToLowerInvariant().ShouldContain(reasonWord);
    }

    [Fact]
    public void An_unanswered_limiter_question_leaves_what_it_limits_not_rated()
    {
        var result = Run("""
            (function () {
              var breach = R.results(data, assessment(allGood({ "W2/no-breach": null })));
              var manager = R.results(data, assessment(allGood({ "W1/registered-manager": null })));
              return [breach.overallKloe.rating, breach.overallKloe.reasons[0], manager.byKloe["well-led"].rating, manager.byKloe.safe.rating].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        parts[0].ShouldBe("");    // not rated (null)
        parts[1].ShouldStartWith("Not yet rated: answer “");
        parts[2].ShouldBe("");
        parts[3].ShouldBe("outstanding");
    }

    [Fact]
    public void A_quality_statement_scored_1_limits_its_key_question_to_requires_improvement()
    {
        // Safe has eight statements: seven scored 4 and one scored 1 is 29 of 32 = 91%, the outstanding band.
        var result = Run("""
            (function () {
              var kq = data.keyQuestions.filter(function (k) { return k.id === "safe"; })[0];
              var scores = {};
              kq.statements.forEach(function (s, i) { scores[s.id] = { score: i === 0 ? 1 : 4 }; });
              var one = R.keyQuestionByStatements(data, kq, scores);
              scores[kq.statements[0].id] = { score: 2 };
              var two = R.keyQuestionByStatements(data, kq, scores);
              return [one.percent, one.band, one.rating, two.band, two.rating, one.limits.map(function (l) { return R.limitText(data, l); }).join(" ")].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        parts[0].ShouldBe("91");
        parts[1].ShouldBe("outstanding");
        parts[2].ShouldBe("requires-improvement");
        parts[3].ShouldBe("outstanding");
        parts[4].ShouldBe("good");           // a statement scored 2 keeps a key question from outstanding
        parts[5].ShouldContain("scored 1 keeps a key question from good: Learning culture (1)");
        parts[5].ShouldContain("CQC scoring limiter");
    }

    [Fact]
    public void A_failed_critical_item_limits_the_quality_statement_route_too()
    {
        Run("""
            (function () {
              var statements = {};
              data.keyQuestions.forEach(function (kq) { kq.statements.forEach(function (s) { statements[s.id] = { score: 4 }; }); });
              var r = R.results(data, assessment(allGood({ "S4/secure-storage": "not-met" }), statements));
              return r.byStatement.safe.band + " " + r.byStatement.safe.rating + " " + r.overallStatements.rating;
            })()
            """).ShouldBe("outstanding requires-improvement good");   // four outstanding and one limited: good overall
    }

    [Fact]
    public void Gaps_put_critical_failures_first_then_the_furthest_from_good()
    {
        Run("""
            (function () {
              var crit = R.gapSeverity(data, itemOf("S4/secure-storage"), "not-met");
              var poor = R.gapSeverity(data, itemOf("S4/people-in-medicine-reviews"), "not-met");
              var some = R.gapSeverity(data, itemOf("S4/people-in-medicine-reviews"), "partly");
              return [crit.critical, poor.critical, poor.distance, some.distance].join(",");
            })()
            """).ShouldBe("true,false,1,0.5");
    }
}
