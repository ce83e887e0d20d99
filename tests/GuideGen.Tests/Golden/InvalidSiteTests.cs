using GuideGen.Core;
using GuideGen.Testing;

namespace GuideGen.Tests.Golden;

/// <summary>
/// One invalid site per family of rules under tests/sites/invalid/; each folder's expected.txt lists
/// the exact diagnostics the build must print, and the build must write nothing; with the fast paths and
/// with their plain twins (reference mode, <see cref="FastPaths"/>).
/// </summary>
public class InvalidSiteTests
{
    public static TheoryData<string, bool> Sites()
    {
        var sites = new TheoryData<string, bool>();
        foreach (var name in Directory.GetDirectories(Path.Combine(Repository.TestSites, "invalid")).Select(d => "invalid/" + Path.GetFileName(d)).Order())
            foreach (var reference in new[] { false, true })
                sites.Add(name, reference);
        return sites;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Invalid_site_reports_exactly_its_expected_diagnostics(string name, bool reference)
    {
        using var site = new SiteFolder(name);
        using var mode = FastPaths.UseReference(reference);
        var result = site.Build();

        result.Succeeded.ShouldBeFalse();
        Directory.Exists(site.Output).ShouldBeFalse();
        var actual = string.Join("\n", result.Diagnostics) + "\n";
        GoldenFolder.CompareText(actual, Path.Combine(Repository.TestSites, name, "expected.txt")).ShouldBeNull();
    }
}
