using GuideGen.Testing;

namespace GuideGen.Tests.Golden;

/// <summary>Whole-site golden tests: tests/sites/example builds to exactly tests/sites/example.approved.</summary>
public class ExampleSiteTests
{
    [Fact]
    public void Example_site_output_matches_the_approved_output()
    {
        using var site = new SiteFolder("example");
        var result = site.Build();
        result.Diagnostics.ShouldBeEmpty();

        GoldenFolder.Compare(site.Output, Path.Combine(Repository.TestSites, "example.approved")).ShouldBeEmpty();
    }

    [Fact]
    public void Example_site_links_all_resolve()
    {
        using var site = new SiteFolder("example");
        site.Build().Succeeded.ShouldBeTrue();
        SiteLinkChecker.Check(site.Output).ShouldBeEmpty();
    }
}
