using GuideGen.Cli.Building;

namespace GuideGen.Testing;

/// <summary>An example site from tests/sites/, copied to a temporary folder with the repository's templates.</summary>
public sealed class SiteFolder : IDisposable
{
    private readonly TempFolder folder = new("guidegen-example");

    public SiteFolder(string name)
    {
        Root = folder.Combine(name);
        MiniSite.CopyFolder(Path.Combine(Repository.TestSites, name), Root);
        if (!Directory.Exists(Path.Combine(Root, "templates")))
            MiniSite.CopyFolder(Repository.Templates, Path.Combine(Root, "templates"));
        foreach (var approval in new[] { "expected.txt" })
            File.Delete(Path.Combine(Root, approval));
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "_site");

    public BuildResult Build(bool checkOnly = false) => new BuildPipeline(new BuildOptions(Root, null, checkOnly)).Build();

    public void Dispose() => folder.Dispose();
}
