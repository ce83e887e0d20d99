using GuideGen.Core;
using GuideGen.Testing;
using GuideGen.Tests.Assessment;
using Jint;

namespace GuideGen.Tests.Golden;

/// <summary>
/// tests/sites/own-framework: a council's framework with two themes, its own ratings (strong,
/// developing, needs action), service types with none that applies to all, and checklists without
/// scored statements. It builds clean to exactly its approved output, and nothing a reader sees
/// carries the bundled guide's framework (the CQC's levels, ratings or name).
/// </summary>
public class OwnFrameworkSiteTests
{
    /// <param name="reference">With the fast paths, or with their plain twins (<see cref="FastPaths"/>): the same output.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Own_framework_site_output_matches_the_approved_output(bool reference)
    {
        using var site = new SiteFolder("own-framework");
        using var mode = FastPaths.UseReference(reference);
        var result = site.Build();
        result.Diagnostics.ShouldBeEmpty();
        GoldenFolder.Compare(site.Output, Path.Combine(Repository.TestSites, "own-framework.approved"), GoldenFolder.IsGeneratorOutput).ShouldBeEmpty();
    }

    [Fact]
    public void No_page_shows_a_word_of_the_bundled_framework()
    {
        using var site = new SiteFolder("own-framework");
        site.Build().Succeeded.ShouldBeTrue();
        var found = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => FrameworkWords.InPage(File.ReadAllText(file)).Select(w => $"{Path.GetRelativePath(site.Output, file)}: {w}"))
            .ToList();
        found.ShouldBeEmpty();
    }

    [Fact]
    public void Its_data_scripts_carry_its_own_words_and_ratings()
    {
        using var site = new SiteFolder("own-framework");
        site.Build().Succeeded.ShouldBeTrue();
        var engine = AssessmentScripts.With(site.Output, AssessmentScripts.Rules);
        engine.Execute("var data = window.GuideGenAssessmentData, R = window.GuideGenRules;");

        engine.Evaluate("data.words.key_question + '/' + data.words.kloe_short").AsString().ShouldBe("theme/standard");
        // Its rules, by its own rating ids: one theme needing action makes the whole need action;
        // two strong themes are strong; anything else is developing.
        string Overall(string living, string safe) =>
            engine.Evaluate($"R.overall(data, {{ 'living-well': '{living}', 'staying-safe': '{safe}' }}, []).rating").AsString();
        Overall("strong", "needs-action").ShouldBe("needs-action");
        Overall("strong", "strong").ShouldBe("strong");
        Overall("strong", "developing").ShouldBe("developing");
        // Colour tiers follow the place in its three-level scale, not the ids.
        engine.Evaluate("[R.tierOf(data, 'strong'), R.tierOf(data, 'developing'), R.tierOf(data, 'needs-action')].join()").AsString().ShouldBe("2,3,4");
        // No statements: nothing to score them by.
        engine.Evaluate("data.keyQuestions.every(function (k) { return k.statements.length === 0; })").AsBoolean().ShouldBeTrue();
    }
}
