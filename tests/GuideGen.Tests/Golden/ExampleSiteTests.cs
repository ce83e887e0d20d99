using GuideGen.Core;
using GuideGen.Testing;

namespace GuideGen.Tests.Golden;

/// <summary>
/// Whole-site golden tests: tests/sites/example builds to exactly tests/sites/example.approved, with the
/// fast paths and with their plain twins (reference mode, <see cref="FastPaths"/>).
/// </summary>
public class ExampleSiteTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Example_site_output_matches_the_approved_output(bool reference)
    {
        using var site = new SiteFolder("example");
        using var mode = FastPaths.UseReference(reference);
        var result = site.Build();
        result.Diagnostics.ShouldBeEmpty();

        // Files copied as they are from templates/assets/ are not the generator's output: they are
        // checked against their source below, not kept a second time in the approved folder.
        GoldenFolder.Compare(site.Output, Path.Combine(Repository.TestSites, "example.approved"), GoldenFolder.IsGeneratorOutput).ShouldBeEmpty();
    }

    [Fact]
    public void Example_site_carries_every_template_asset_unchanged_and_its_stylesheets_without_comments()
    {
        using var site = new SiteFolder("example");
        site.Build().Succeeded.ShouldBeTrue();
        var assets = Path.Combine(Repository.Templates, "assets");
        foreach (var source in Directory.GetFiles(assets, "*", SearchOption.AllDirectories))
        {
            var expected = File.ReadAllBytes(source);
            if (source.EndsWith(".css", StringComparison.Ordinal)) expected = GuideGen.Rendering.Output.CssCompactor.Compact(expected);
            File.ReadAllBytes(Path.Combine(site.Output, "assets", Path.GetRelativePath(assets, source))).ShouldBe(expected, source);
        }
    }

    [Fact]
    public void Example_site_links_all_resolve()
    {
        using var site = new SiteFolder("example");
        site.Build().Succeeded.ShouldBeTrue();
        SiteLinkChecker.Check(site.Output).ShouldBeEmpty();
    }
}
