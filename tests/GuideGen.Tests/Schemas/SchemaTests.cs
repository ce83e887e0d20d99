using System.Text.Json;
using GuideGen.Cli.Commands;
using GuideGen.Testing;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace GuideGen.Tests.Schemas;

/// <summary>The JSON Schemas in schemas/ come from the model, accept the bundled guide, and reject what the validator rejects.</summary>
public class SchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(Repository.Root, SchemaCatalog.Folder);

    [Fact]
    public void Committed_schemas_are_exactly_what_the_model_generates()
    {
        foreach (var (file, json) in SchemaCatalog.Generate())
            File.ReadAllText(Path.Combine(SchemaFolder, file)).ShouldBe(json, $"{file} is out of date: run guidegen schemas");
        Directory.GetFiles(SchemaFolder).Length.ShouldBe(SchemaCatalog.Kinds.Count);
    }

    public static TheoryData<string, string> ContentFiles()
    {
        var data = new TheoryData<string, string>();
        void Add(string pattern, string schema, SearchOption option = SearchOption.TopDirectoryOnly, string folder = "content")
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, folder), pattern, option).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Repository.Root, file), schema);
        }
        Add("*.yml", "topic.schema.json", SearchOption.AllDirectories, "content/topics");
        Add("*.yml", "key-question.schema.json", folder: "content/key-questions");
        Add("*.yml", "checklist.schema.json", folder: "content/checklists");
        Add("*.yml", "pack.schema.json", folder: "content/packs");
        Add("glossary.yml", "glossary.schema.json");
        Add("synonyms.yml", "synonyms.schema.json");
        data.Add("site.yml", "site.schema.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public async Task Every_bundled_file_names_and_satisfies_its_schema(string path, string schemaFile)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, path));
        text.ShouldStartWith("# yaml-language-server: $schema=");
        text.Split('\n')[0].ShouldEndWith("schemas/" + schemaFile);

        var errors = (await Schema(schemaFile)).Validate(YamlToJson(text));
        errors.Select(e => $"{e.Path}: {e.Kind}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("title: A\nkloe: S1\nsumary: typo\nintro: x\nrecommendations:\n  - id: a\n    service: A\n    text: x\n", "GG1101")]
    [InlineData("title: A\nkloe: S1\nintro: x\nrecommendations:\n  - id: a\n    service: A\n    text: x\n", "GG1102")]
    [InlineData("title: A\nkloe: S1\nsummary: x\nintro: x\nrecommendations: []\n", "GG1104")]
    [InlineData("title: A\nkloe: S1\nsummary: x\nintro: x\norder: first\nrecommendations:\n  - id: a\n    service: A\n    text: x\n", "GG1103")]
    public async Task The_schema_rejects_what_the_validator_rejects(string topic, string code)
    {
        using var site = new MiniSite(SampleGuide.With("-- content/topics/s1-basics.yml --\n" + topic));
        site.Diagnostics().ShouldContain(d => d.Contains(code));
        (await Schema("topic.schema.json")).Validate(YamlToJson(topic)).ShouldNotBeEmpty();
    }

    private static Task<JsonSchema> Schema(string file) => JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, file));

    /// <summary>YAML as JSON text, with whole numbers and true/false typed as YAML 1.2 core schema reads them.</summary>
    private static string YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) Write(json, stream.Documents[0].RootNode);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                json.WriteStartObject();
                foreach (var (key, value) in mapping.Children) { json.WritePropertyName(((YamlScalarNode)key).Value!); Write(json, value); }
                json.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Children) Write(json, item);
                json.WriteEndArray();
                break;
            case YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && int.TryParse(scalar.Value, out var number):
                json.WriteNumberValue(number);
                break;
            case YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "true" or "false":
                json.WriteBooleanValue(scalar.Value == "true");
                break;
            case YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null":
                json.WriteNullValue();
                break;
            case YamlScalarNode scalar:
                json.WriteStringValue(scalar.Value);
                break;
        }
    }
}
