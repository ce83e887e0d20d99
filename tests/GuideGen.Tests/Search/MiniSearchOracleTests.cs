using GuideGen.Core.Model;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuideGen.Cli.Building;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Validation;
using GuideGen.Search;
using GuideGen.Testing;
using Jint;

namespace GuideGen.Tests.Search;

/// <summary>
/// The index GuideGen writes in C# must mean exactly what MiniSearch itself builds from the same
/// documents. MiniSearch (the vendored copy the site ships) runs inside .NET through Jint as the oracle.
/// </summary>
public class MiniSearchOracleTests
{
    private static readonly string MiniSearchSource = File.ReadAllText(Path.Combine(Repository.Templates, "assets", "vendor", "minisearch.js"));

    private static IReadOnlyList<SearchDocument> BundledDocuments()
    {
        var bag = new DiagnosticBag();
        var loader = new ContentLoader(Repository.Root, bag);
        var config = loader.LoadConfig()!;
        var content = loader.LoadContent();
        bag.HasErrors.ShouldBeFalse();
        return new SearchDocumentBuilder(GuideAssembler.Assemble(config, content)).Build();
    }

    private static Engine NewEngine()
    {
        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromMinutes(2)));
        engine.Execute("var window = this; var self = this;");
        engine.Execute(MiniSearchSource);
        engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, "assets", "stemmer.js")));
        return engine;
    }

    private static string CSharpIndex(IEnumerable<SearchDocument> documents)
    {
        var index = new MiniSearchIndex();
        foreach (var document in documents) index.Add(document);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, GuideGen.Core.Output.ScriptData.JsonOptions)) index.WriteTo(json);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string MiniSearchIndexOf(IEnumerable<SearchDocument> documents)
    {
        var engine = NewEngine();
        // Empty filter fields are left out of the document, as the C# index leaves them out of stored fields.
        var docs = documents.Select(d => new Dictionary<string, string>
        {
            ["id"] = d.Id, ["title"] = d.Title, ["text"] = d.Text, ["keywords"] = d.Keywords, ["kind"] = d.Kind,
            ["kq"] = d.KeyQuestion, ["service"] = d.Service, ["topic"] = d.Topic,
        }.Where(p => p.Value.Length > 0 || MiniSearchIndex.Fields.Contains(p.Key) || p.Key == "id").ToDictionary());
        engine.SetValue("docsJson", JsonSerializer.Serialize(docs));
        engine.SetValue("stopWordsJson", JsonSerializer.Serialize(TextAnalyzer.StopWords));
        engine.SetValue("fieldsJson", JsonSerializer.Serialize(MiniSearchIndex.Fields));
        engine.SetValue("storeFieldsJson", JsonSerializer.Serialize(MiniSearchIndex.StoreFields));
        // The same processTerm as templates/assets/search-engine.js.
        return engine.Evaluate("""
            (function () {
              var stop = new Set(JSON.parse(stopWordsJson));
              var processTerm = function (term) {
                if (!term) return null;
                var folded = term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
                return folded && !stop.has(folded) ? window.GuideGenStem(folded) : null;
              };
              var ms = new MiniSearch({ fields: JSON.parse(fieldsJson), storeFields: JSON.parse(storeFieldsJson), processTerm: processTerm });
              ms.addAll(JSON.parse(docsJson));
              return JSON.stringify(ms.toJSON());
            })()
            """).AsString();
    }

    /// <summary>The index in a comparable form: terms sorted (MiniSearch lists them in radix-tree order).</summary>
    private static string Normalise(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var terms = root["index"]!.AsArray()
            .Select(entry => (Term: entry![0]!.GetValue<string>(), Data: entry[1]!.ToJsonString()))
            .OrderBy(e => e.Term, StringComparer.Ordinal)
            .Select(e => $"{e.Term} {e.Data}");
        root.Remove("index");
        return root.ToJsonString() + "\n" + string.Join("\n", terms);
    }

    [Fact]
    public void Index_of_the_bundled_guide_is_identical_in_meaning_to_the_one_MiniSearch_builds()
    {
        var documents = BundledDocuments();
        documents.Count.ShouldBeGreaterThan(1000);

        var expected = Normalise(MiniSearchIndexOf(documents));
        var actual = Normalise(CSharpIndex(documents));

        actual.ShouldBe(expected);
    }

    [Fact]
    public void Tricky_text_is_tokenised_and_folded_like_MiniSearch_does()
    {
        string[] texts =
        [
            "Café résumé – naïve coöperation; l’équipe «déjà vu»", "  leading and trailing spaces  ", "", "...",
            "Dr. O'Neill's (PRN) meds: 2×/day — e.g. 10:30", "Ünïcödé\u00a0non-breaking\u2009thin\u2028line", "Tabs\tand\r\nnewlines", "İstanbul ß ẞ Ǆ",
            "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters", "the THE The a An",
        ];
        var documents = texts.Select((t, i) => new SearchDocument($"doc{i}", t, t + " " + t, t.ToUpperInvariant(), "page", i % 2 == 0 ? "safe" : "", "", "")).ToList();

        Normalise(CSharpIndex(documents)).ShouldBe(Normalise(MiniSearchIndexOf(documents)));
    }

    [Fact]
    public void The_written_search_data_loads_in_MiniSearch_and_finds_documents()
    {
        using var output = new TempFolder();
        var result = new BuildPipeline(new BuildOptions(Repository.Root, output.Combine("site"))).Build();
        result.Succeeded.ShouldBeTrue();
        var script = File.ReadAllText(output.Combine("site", "assets", "search-index.js"));

        var engine = NewEngine();
        engine.Execute(script);
        var found = engine.Evaluate("""
            (function () {
              var data = window.GuideGenSearchData;
              var ms = MiniSearch.loadJS(data.index, { fields: data.config.fields, storeFields: data.config.storeFields,
                processTerm: function (t) { return window.GuideGenStem(t.toLowerCase()); } });
              return JSON.stringify(ms.search("whistleblowing").slice(0, 3).map(function (r) { return [r.id, r.kind]; }));
            })()
            """).AsString();

        found.ShouldContain("topics/");
        found.ShouldContain("#");
    }
}
