using GuideGen.Testing;

namespace GuideGen.Tests.Search;

/// <summary>The MiniSearch the site ships is exactly the one package-lock.json pins (scripts/vendor.sh copies it).</summary>
public class VendoredScriptTests
{
    [Fact]
    public void Vendored_minisearch_is_the_locked_npm_package()
    {
        var lockFile = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/minisearch").GetProperty("version").GetString();
        var installed = Path.Combine(Repository.Root, "node_modules", "minisearch", "dist", "umd", "index.js");
        File.Exists(installed).ShouldBeTrue("node_modules is missing: scripts/test.sh runs npm ci");

        var version = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "node_modules", "minisearch", "package.json")))
            .RootElement.GetProperty("version").GetString();
        version.ShouldBe(locked);

        File.ReadAllBytes(Path.Combine(Repository.Templates, "assets", "vendor", "minisearch.js"))
            .ShouldBe(File.ReadAllBytes(installed));
    }
}
