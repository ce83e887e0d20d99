using System.Text;
using GuideGen.Cli.Building;

namespace GuideGen.Cli.Commands;

/// <summary>
/// `guidegen new site [DIR] [--with-templates] [--blank]`: writes the bundled guide that guidegen carries
/// (site.yml, content/), or with --blank a minimal guide in neutral words (<see cref="BlankGuide"/>), the JSON Schemas its files refer to (schemas/) and, when asked, the default templates to
/// change (templates/). Refuses a folder that already has any of these, so nothing is ever overwritten.
/// </summary>
public static class NewSiteCommand
{
    public static int Run(string folder, bool withTemplates, TextWriter stdout, TextWriter stderr, bool blank = false)
    {
        var files = Files(withTemplates, blank);
        var full = Path.GetFullPath(folder);
        // The files come from inside guidegen, but check every path before writing any, so that nothing is ever half-written outside DIR.
        if (files.FirstOrDefault(f => !OutputPaths.IsSafe(f.Path)) is { Path: { } bad })
        {
            stderr.WriteLine($"guidegen: the built-in file '{bad}' has an unsafe path; nothing was written.");
            return ExitCodes.UnexpectedFailure;
        }
        var taken = files.Select(f => f.Path.Split('/')[0]).Distinct().Order(StringComparer.Ordinal)
            .Select(top => Directory.Exists(Path.Combine(full, top)) ? top + "/" : File.Exists(Path.Combine(full, top)) ? top : null)
            .OfType<string>().ToList();
        if (taken.Count > 0)
        {
            stderr.WriteLine($"guidegen: {full} already has {string.Join(", ", taken)}; nothing was written. Choose a new or empty folder.");
            return ExitCodes.UsageError;
        }

        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(full, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = new FileStream(target, FileMode.CreateNew);
            stream.Write(bytes);
        }
        var folders = withTemplates ? "site.yml, content/, schemas/ and templates/" : "site.yml, content/ and schemas/";
        stdout.WriteLine($"Created {(blank ? "a blank guide" : "the bundled guide")} in {full}: {folders} ({files.Count} files).");
        stdout.WriteLine(withTemplates
            ? "The site is built with the templates in templates/: change them as you like."
            : "It uses the templates built into guidegen; add --with-templates to get a copy to change.");
        stdout.WriteLine($"Build it: cd {Quote(folder)} && guidegen build");
        return ExitCodes.Success;
    }

    /// <summary>Every file to write, by its path in the new folder.</summary>
    private static List<(string Path, byte[] Bytes)> Files(bool withTemplates, bool blank)
    {
        var files = blank
            ? BlankGuide.Files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Text + "\n"))).ToList()
            : BuiltInFiles.Under(BuiltInFiles.GuidePrefix).Select(f => (f.Key, f.Value())).ToList();
        // Generated rather than embedded: the schemas always match this guidegen's model.
        files.AddRange(SchemaCatalog.Generate().Select(s => (SchemaCatalog.Folder + "/" + s.File, Encoding.UTF8.GetBytes(s.Json))));
        if (withTemplates)
        {
            var templates = BuiltInFiles.Templates;
            files.AddRange(templates.Paths.Select(p => (BuildPipeline.TemplatesFolder + "/" + p, templates.Read(p))));
        }
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    private static string Quote(string path) => path.Contains(' ') ? $"\"{path}\"" : path;
}
