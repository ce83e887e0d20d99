using GuideGen.Testing;

namespace GuideGen.Tests.Golden;

/// <summary>
/// One invalid site per family of rules under tests/sites/invalid/; each folder's expected.txt lists
/// the exact diagnostics the build must print, and the build must write nothing.
/// </summary>
public class InvalidSiteTests
{
    public static TheoryData<string> Sites() =>
        new(Directory.GetDirectories(Path.Combine(Repository.TestSites, "invalid")).Select(d => "invalid/" + Path.GetFileName(d)).Order());

    [Theory]
    [MemberData(nameof(Sites))]
    public void Invalid_site_reports_exactly_its_expected_diagnostics(string name)
    {
        using var site = new SiteFolder(name);
        var result = site.Build();

        result.Succeeded.ShouldBeFalse();
        Directory.Exists(site.Output).ShouldBeFalse();
        var actual = string.Join("\n", result.Diagnostics) + "\n";
        GoldenFolder.CompareText(actual, Path.Combine(Repository.TestSites, name, "expected.txt")).ShouldBeNull();
    }
}
