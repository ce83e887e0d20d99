using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Cli.Commands;

/// <summary>Every kind of file a guide has, with its schema's file name: written by `guidegen schemas`.</summary>
public static class SchemaCatalog
{
    public const string Folder = "schemas";

    public static readonly IReadOnlyList<(string File, Type Record, string Title, string Description)> Kinds =
    [
        ("site.schema.json", typeof(SiteConfig), "GuideGen site.yml", "Site settings and the taxonomy: key questions, KLOEs, service types, speakers, quality statements, assessment settings."),
        ("topic.schema.json", typeof(TopicFile), "GuideGen topic", "One KLOE topic: content/topics/**/<id>.yml."),
        ("key-question.schema.json", typeof(KeyQuestionFile), "GuideGen key question", "The introduction and key recommendations of a key question: content/key-questions/<id>.yml."),
        ("page.schema.json", typeof(PageFrontMatter), "GuideGen page front matter", "The front matter of content/pages/<id>.md."),
        ("glossary.schema.json", typeof(GlossaryFile), "GuideGen glossary", "content/glossary.yml."),
        ("synonyms.schema.json", typeof(SynonymsFile), "GuideGen synonyms", "content/synonyms.yml: words search treats as one."),
        ("changes.schema.json", typeof(ChangesFile), "GuideGen changes", "content/changes.yml: what each edition added, changed or removed, newest first."),
        ("checklist.schema.json", typeof(ChecklistFile), "GuideGen checklist", "A KLOE's self-assessment checklist: content/checklists/<kloe>.yml."),
        ("pack.schema.json", typeof(PackFile), "GuideGen training pack", "A ready-made training pack: content/packs/<id>.yml."),
    ];

    public static IEnumerable<(string File, string Json)> Generate() =>
        Kinds.Select(k => (k.File, SchemaGenerator.Generate(k.Record, k.Title, k.Description)));

    public static int Write(string root, TextWriter stdout)
    {
        var folder = Path.Combine(Path.GetFullPath(root), Folder);
        Directory.CreateDirectory(folder);
        foreach (var (file, json) in Generate()) File.WriteAllText(Path.Combine(folder, file), json);
        stdout.WriteLine($"Wrote {Kinds.Count} schemas to {folder}.");
        return ExitCodes.Success;
    }
}
