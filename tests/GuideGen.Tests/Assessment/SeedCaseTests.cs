using GuideGen.Testing;
using GuideGen.Tests.Bundled;
using Jint;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// Two real inspection reports from the seeds, answered as their evidence suggests (the files and the
/// passages each answer rests on are in SeedCases/): the indicative overall result must land where
/// the CQC's rating did, by the KLOE checklists and by the quality statements alike.
/// </summary>
public class SeedCaseTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private static string Case(string name) => File.ReadAllText(Path.Combine(Repository.Root, "tests", "GuideGen.Tests", "Assessment", "SeedCases", name));

    private string Results(string file) => AssessmentScripts.Load(guide.Output).Evaluate($$"""
        (function () {
          var a = JSON.parse({{System.Text.Json.JsonSerializer.Serialize(Case(file))}}).assessments[0];
          var r = R.results(data, a);
          var kq = data.keyQuestions.map(function (k) { return k.id + "=" + r.byKloe[k.id].rating + "/" + r.byStatement[k.id].rating; }).join(" ");
          return r.overallKloe.rating + " | " + r.overallStatements.rating + " | " + kq;
        })()
        """).AsString();

    [Fact]
    public void The_supported_living_service_rated_outstanding_lands_on_outstanding()
    {
        var parts = Results("outstanding-supported-living.json").Split(" | ");
        parts[0].ShouldBe("outstanding", parts[2]);
        parts[1].ShouldBe("outstanding", parts[2]);
    }

    [Fact]
    public void The_domiciliary_care_agency_rated_inadequate_lands_on_inadequate()
    {
        var parts = Results("inadequate-domiciliary-care.json").Split(" | ");
        parts[0].ShouldBe("inadequate", parts[2]);
        parts[1].ShouldBe("inadequate", parts[2]);
    }

    [Theory]
    [InlineData("outstanding-supported-living.json")]
    [InlineData("inadequate-domiciliary-care.json")]
    public void Every_answer_of_a_seed_case_is_for_an_item_of_the_guide_and_opens_as_a_saved_file(string file)
    {
        AssessmentScripts.Load(guide.Output).Evaluate($$"""
            (function () {
              var text = {{System.Text.Json.JsonSerializer.Serialize(Case(file))}};
              var read = S.readFile(data, text);
              var unknown = Object.keys(JSON.parse(text).assessments[0].answers).filter(function (id) { return !itemOf(id); });
              return (read.error || "") + read.setAside.length + " set aside; unknown: " + unknown.join(",");
            })()
            """).AsString().ShouldBe("0 set aside; unknown: ");
    }
}
