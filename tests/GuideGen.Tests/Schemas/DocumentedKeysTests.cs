using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Schemas;

/// <summary>
/// docs/content-format.md describes every key the loader accepts: each key of each schema (every
/// nesting level) appears in its file's section, as `key` or as `key:` in an example.
/// </summary>
public class DocumentedKeysTests
{
    /// <summary>The heading each file kind's section starts with.</summary>
    private static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["site.schema.json"] = "## site.yml",
        ["topic.schema.json"] = "## Topics",
        ["key-question.schema.json"] = "## Key questions",
        ["page.schema.json"] = "## Pages",
        ["glossary.schema.json"] = "## Glossary",
        ["synonyms.schema.json"] = "## Synonyms",
        ["changes.schema.json"] = "## What's new",
        ["checklist.schema.json"] = "## Self-assessment checklists",
        ["pack.schema.json"] = "## Training packs",
    };

    public static TheoryData<string> SchemaFiles() => new(SchemaCatalog.Kinds.Select(k => k.File));

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_key_is_documented_in_its_files_section(string schemaFile)
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-format.md"));
        var section = SectionOf(docs, Sections[schemaFile]);
        var schema = JsonNode.Parse(SchemaCatalog.Generate().Single(s => s.File == schemaFile).Json)!;

        var undocumented = KeysOf(schema).Distinct()
            .Where(key => !section.Contains($"`{key}`", StringComparison.Ordinal)
                          && !Regex.IsMatch(section, $@"(?<![\w-]){Regex.Escape(key)}:"))
            .ToList();
        undocumented.ShouldBeEmpty($"keys of {schemaFile} that docs/content-format.md does not describe under '{Sections[schemaFile]}'");
    }

    [Fact]
    public void Every_schema_has_a_section()
    {
        SchemaCatalog.Kinds.Select(k => k.File).Order().ShouldBe(Sections.Keys.Order());
    }

    private static string SectionOf(string docs, string heading)
    {
        var start = docs.IndexOf("\n" + heading, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"docs/content-format.md has no section '{heading}'");
        var end = docs.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? docs[start..] : docs[start..end];
    }

    private static IEnumerable<string> KeysOf(JsonNode node)
    {
        if (node is not JsonObject obj) yield break;
        if (obj["properties"] is JsonObject properties)
            foreach (var (key, value) in properties)
            {
                yield return key;
                foreach (var nested in KeysOf(value!)) yield return nested;
            }
        if (obj["items"] is { } items)
            foreach (var nested in KeysOf(items)) yield return nested;
    }
}
