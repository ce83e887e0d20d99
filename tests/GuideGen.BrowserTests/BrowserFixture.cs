using GuideGen.Cli.Building;
using GuideGen.Testing;
using Microsoft.Playwright;

namespace GuideGen.BrowserTests;

/// <summary>
/// Builds the bundled guide once into a temporary folder and starts Debian's Chromium through
/// Playwright (never a downloaded browser). Pages are opened straight from disk, over file://.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder folder = new("guidegen-browser");
    private IPlaywright? playwright;

    public string SiteFolder => folder.Combine("site");

    /// <summary>tests/sites/long-texts built: a guide whose every text is long, for the print layout tests.</summary>
    public string LongTextsFolder => folder.Combine("long-texts");
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = new BuildPipeline(new BuildOptions(Repository.Root, SiteFolder)).Build();
        if (!result.Succeeded)
            throw new InvalidOperationException("the bundled guide does not build:\n" + string.Join("\n", result.Diagnostics));
        var longTexts = new BuildPipeline(new BuildOptions(Path.Combine(Repository.TestSites, "long-texts"), LongTextsFolder)).Build();
        if (!longTexts.Succeeded)
            throw new InvalidOperationException("tests/sites/long-texts does not build:\n" + string.Join("\n", longTexts.Diagnostics));
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh, which installs Debian's chromium");

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The file:// address of a page of the built site; a query (?q=…) or fragment (#…) is kept as it is.</summary>
    public string UrlOf(string relativePath) => UrlIn(SiteFolder, relativePath);

    /// <summary>The file:// address of a page of a site built into `siteFolder`.</summary>
    public static string UrlIn(string siteFolder, string relativePath)
    {
        var query = relativePath.IndexOfAny(['?', '#']);
        var path = query < 0 ? relativePath : relativePath[..query];
        return new Uri(Path.Combine(siteFolder, path)).AbsoluteUri + (query < 0 ? "" : relativePath[query..]);
    }

    /// <summary>Every HTML page of the built site, relative to its root.</summary>
    public IReadOnlyList<string> Pages() => PagesIn(SiteFolder);

    public static IReadOnlyList<string> PagesIn(string siteFolder) =>
        Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
