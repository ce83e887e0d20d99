using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;

namespace GuideGen.Cli.Commands;

/// <summary>
/// `guidegen new topic KLOE "Title"`, `new checklist KLOE`, `new page "Title"`: writes a valid file with
/// every field present and explained, in the right folder, and never overwrites an existing file.
/// `guidegen new site [DIR]` starts a whole guide (<see cref="NewSiteCommand"/>).
/// </summary>
public static class NewCommand
{
    public static int Run(string root, IReadOnlyList<string> arguments, bool withTemplates, TextWriter stdout, TextWriter stderr, bool blank = false)
    {
        if (arguments.Count == 0) return Usage(stderr, "say what to create: site, topic, checklist or page");
        if (arguments[0] == "site" && arguments.Count <= 2)
            return NewSiteCommand.Run(arguments.Count == 2 ? arguments[1] : root, withTemplates, stdout, stderr, blank);
        if (withTemplates) return Usage(stderr, "--with-templates belongs to 'guidegen new site'");
        if (blank) return Usage(stderr, "--blank belongs to 'guidegen new site'");
        var diagnostics = new DiagnosticBag();
        var config = new ContentLoader(Path.GetFullPath(root), diagnostics).LoadConfig();
        // The taxonomy names the new file's folder and id (key question ids, KLOE codes): check it before writing anything.
        if (config is not null) new Core.Validation.TaxonomyValidator(diagnostics).Validate(config);
        if (config is null || diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(d);
            return ExitCodes.ContentErrors;
        }

        string relative, text;
        switch (arguments[0])
        {
            case "topic" when arguments.Count == 3:
            {
                var kloe = KloeOf(config, arguments[1]);
                if (kloe is null) return Usage(stderr, $"unknown KLOE '{arguments[1]}'{Core.Yaml.NameSuggester.Hint(arguments[1], config.Kloes.Select(k => k.Code))}");
                var id = $"{kloe.Code.ToLowerInvariant()}-{Slug.From(arguments[2])}";
                relative = Path.Combine("content", "topics", kloe.KeyQuestion, id + ".yml");
                text = Scaffolds.Topic(kloe, arguments[2], config);
                break;
            }
            case "checklist" when arguments.Count == 2:
            {
                var kloe = KloeOf(config, arguments[1]);
                if (kloe is null) return Usage(stderr, $"unknown KLOE '{arguments[1]}'{Core.Yaml.NameSuggester.Hint(arguments[1], config.Kloes.Select(k => k.Code))}");
                relative = Path.Combine("content", "checklists", kloe.Code.ToLowerInvariant() + ".yml");
                text = Scaffolds.Checklist(kloe, config);
                break;
            }
            case "page" when arguments.Count == 2:
                relative = Path.Combine("content", "pages", Slug.From(arguments[1]) + ".md");
                text = Scaffolds.Page(arguments[1]);
                break;
            default:
                return Usage(stderr, "usage: guidegen new site [DIR] | new topic KLOE \"Title\" | new checklist KLOE | new page \"Title\"");
        }

        var newId = Path.GetFileNameWithoutExtension(relative);
        if (!Slug.IsValid(newId))
            return Usage(stderr, $"the title gives the id '{newId}', which is not a valid id; use a title with letters or digits");
        var path = Path.Combine(Path.GetFullPath(root), relative);
        if (!Path.GetFullPath(path).StartsWith(Path.Combine(Path.GetFullPath(root), "content") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Usage(stderr, $"'{relative}' is not inside content/; nothing was written"); // unreachable once the taxonomy is valid: a last guard
        if (File.Exists(path))
        {
            stderr.WriteLine($"guidegen: {relative} already exists; nothing was written.");
            return ExitCodes.UsageError;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew))
        using (var writer = new StreamWriter(stream))
            writer.Write(text);
        stdout.WriteLine($"Created {relative.Replace('\\', '/')}. Fill it in, then run guidegen check.");
        if (arguments[0] == "checklist" && config.Assessment is null)
            stdout.WriteLine("Checklists need the 'assessment' settings in site.yml (answer scales, bands, rating rules): see docs/content-format.md.");
        return ExitCodes.Success;
    }

    private static KloeDefinition? KloeOf(SiteConfig config, string code) =>
        config.Kloes.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"guidegen: {message}. Run 'guidegen new --help' for usage.");
        return ExitCodes.UsageError;
    }
}
