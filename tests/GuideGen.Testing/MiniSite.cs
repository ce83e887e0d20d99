using System.Text;
using GuideGen.Cli.Building;

namespace GuideGen.Testing;

/// <summary>
/// A whole guide written inline as text, Hugo-style: each file starts with a line `-- path --`.
/// The repository's templates are used unless the text provides its own templates/ files.
/// </summary>
public sealed class MiniSite : IDisposable
{
    private readonly TempFolder folder = new("guidegen-site");

    public MiniSite(string files, bool withDefaultTemplates = true)
    {
        Root = folder.Combine("guide");
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in Parse(files)) Write(path, text);
        if (withDefaultTemplates && !Directory.Exists(Path.Combine(Root, "templates")))
            CopyFolder(Repository.Templates, Path.Combine(Root, "templates"));
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "_site");

    public void Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public BuildResult Build(bool checkOnly = false, string? output = null) =>
        new BuildPipeline(new BuildOptions(Root, output, checkOnly)).Build();

    /// <summary>The diagnostics of a build, one per line in their printed form.</summary>
    public IReadOnlyList<string> Diagnostics(bool checkOnly = true) => Build(checkOnly).Diagnostics.Select(d => d.ToString()).ToList();

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public void Dispose() => folder.Dispose();

    public static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) yield return (path, text.ToString());
                path = line[3..^3].Trim();
                text.Clear();
                continue;
            }
            if (path is not null) text.Append(line).Append('\n');
        }
        if (path is not null) yield return (path, text.ToString());
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
