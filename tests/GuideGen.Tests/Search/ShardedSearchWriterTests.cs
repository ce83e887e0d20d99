using System.Text.Json;
using System.Text.Json.Nodes;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Core.Validation;
using GuideGen.Search;
using GuideGen.Testing;
using Jint;

namespace GuideGen.Tests.Search;

/// <summary>
/// The sharded index of the bundled guide: the same every time, every term in the shard the manifest
/// points to, scores equal to MiniSearch's own, and every document's filter values and fields in place.
/// The shard scripts run in Jint, as the browser would run them.
/// </summary>
public class ShardedSearchWriterTests
{
    private static readonly Lazy<(Guide Guide, IReadOnlyList<SearchDocument> Documents)> Bundled = new(() =>
    {
        var bag = new DiagnosticBag();
        var loader = new ContentLoader(Repository.Root, bag);
        var guide = GuideAssembler.Assemble(loader.LoadConfig()!, loader.LoadContent());
        return (guide, new SearchDocumentBuilder(guide).Build());
    });

    private static readonly Lazy<IReadOnlyList<SearchFile>> Files = new(() => ShardedSearchWriter.Write(Bundled.Value.Guide, Bundled.Value.Documents));

    /// <summary>Runs the manifest and every shard script; returns the manifest and the shards by name.</summary>
    private static (JsonObject Manifest, Dictionary<string, JsonObject> Shards) Run(IReadOnlyList<SearchFile> files)
    {
        var engine = new Engine();
        engine.Execute("var window = this; var shards = {}; window.GuideGenSearchShard = function (d) { shards[d.shard] = d; };");
        foreach (var file in files) engine.Execute(file.Text);
        var manifest = JsonNode.Parse(engine.Evaluate("JSON.stringify(window.GuideGenSearchData)").AsString())!.AsObject();
        var shards = JsonNode.Parse(engine.Evaluate("JSON.stringify(shards)").AsString())!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.AsObject());
        return (manifest, shards);
    }

    /// <summary>Each term's documents and scores, decoded from the delta-coded pairs.</summary>
    private static Dictionary<string, List<(int Doc, double Score)>> Postings(Dictionary<string, JsonObject> shards, JsonObject manifest)
    {
        var scale = manifest["shards"]!["scoreScale"]!.GetValue<double>();
        var all = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        foreach (var (name, shard) in shards.Where(s => s.Key.StartsWith('t') && s.Key != "terms"))
            foreach (var (term, list) in shard["terms"]!.AsObject())
            {
                var numbers = Varints(list!.GetValue<string>());
                var postings = new List<(int, double)>();
                for (int i = 0, doc = 0; i < numbers.Count; i += 2) postings.Add((doc += (int)numbers[i], numbers[i + 1] / scale));
                all.Add(term, postings);
            }
        return all;
    }

    private static List<long> Varints(string text)
    {
        var numbers = new List<long>();
        for (var i = 0; i < text.Length;)
        {
            long value = 0;
            var shift = 0;
            int digit;
            do
            {
                digit = ShardedSearchWriter.VarintDigits.IndexOf(text[i++]);
                value |= (long)(digit & 31) << shift;
                shift += 5;
            } while ((digit & 32) != 0);
            numbers.Add(value);
        }
        return numbers;
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(31L)]
    [InlineData(32L)]
    [InlineData(1023L)]
    [InlineData(1024L)]
    [InlineData(123456789L)]
    [InlineData(long.MaxValue)]
    public void Varints_read_back_as_written(long value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        ShardedSearchWriter.AppendVarint(buffer, value);
        ShardedSearchWriter.AppendVarint(buffer, 7);
        var text = System.Text.Encoding.ASCII.GetString(buffer.WrittenSpan);
        Varints(text).ShouldBe([value, 7]);
        text.ShouldAllBe(c => ShardedSearchWriter.VarintDigits.Contains(c));
    }

    [Fact]
    public void The_same_guide_always_gives_the_same_files_on_one_thread_or_many()
    {
        IReadOnlyList<SearchFile> again;
        using (GuideGen.Core.Parallelism.Use(1)) again = ShardedSearchWriter.Write(Bundled.Value.Guide, Bundled.Value.Documents);
        again.Select(f => f.Path).ShouldBe(Files.Value.Select(f => f.Path));
        again.Select(f => f.Text).ShouldBe(Files.Value.Select(f => f.Text));
        Files.Value.Select(f => f.Path).ShouldContain(SitePaths.SearchData);
        Files.Value.Count(f => f.Path.StartsWith("assets/search/t", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
        Files.Value.Count(f => f.Path.StartsWith("assets/search/d", StringComparison.Ordinal)).ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Every_term_is_in_the_shard_the_manifest_points_to()
    {
        var (manifest, shards) = Run(Files.Value);
        var firsts = manifest["shards"]!["termShards"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        firsts.ShouldBe(firsts.Order(StringComparer.Ordinal).ToList());
        var vocabulary = shards["terms"]["terms"]!.GetValue<string>().Split('\n');
        vocabulary.Length.ShouldBeGreaterThan(1000);

        foreach (var term in vocabulary)
        {
            // The browser's lookup: the last shard whose first term is not after the term.
            var shard = firsts.FindLastIndex(f => string.CompareOrdinal(f, term) <= 0);
            shards[$"t{shard}"]["terms"]!.AsObject().ContainsKey(term).ShouldBeTrue(term);
        }
        Postings(shards, manifest).Keys.Order(StringComparer.Ordinal).ShouldBe(vocabulary);
    }

    [Fact]
    public void Scores_are_the_ones_MiniSearch_gives_for_each_word()
    {
        var (manifest, shards) = Run(Files.Value);
        var postings = Postings(shards, manifest);

        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromMinutes(2)));
        engine.Execute("var window = this; var self = this;");
        engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, "assets", "vendor", "minisearch.js")));
        engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, "assets", "stemmer.js")));
        engine.Execute(System.Text.Encoding.UTF8.GetString(SearchDataWriter.Write(Bundled.Value.Guide, Bundled.Value.Documents)));
        engine.Execute("""
            var data = window.GuideGenSearchData;
            var ms = MiniSearch.loadJS(data.index, { fields: data.config.fields, storeFields: data.config.storeFields, processTerm: function (t) { return window.GuideGenStem(t.toLowerCase()); } });
            var ids = Object.values(data.index.documentIds);
            function scores(term) {
              return JSON.stringify(ms.search(term, { boost: { title: 2, keywords: 1.5 } }).map(function (r) { return [ids.indexOf(r.id), r.score]; }));
            }
            """);
        foreach (var term in new[] { "whistleblowing", "care", "medication", "dols", "staff", "2005", "safeguarding" })
        {
            var expected = JsonSerializer.Deserialize<double[][]>(engine.Invoke("scores", term).AsString())!
                .Select(p => ((int)p[0], p[1])).OrderBy(p => p.Item1).ToList();
            var actual = postings[PorterStemmer.Stem(term)];
            actual.Select(p => p.Doc).ShouldBe(expected.Select(p => p.Item1), term);
            for (var i = 0; i < actual.Count; i++) actual[i].Score.ShouldBe(expected[i].Item2, 0.0006, term);
        }
    }

    [Fact]
    public void Every_document_has_its_filter_values_in_the_manifest_and_its_fields_in_a_document_shard()
    {
        var (manifest, shards) = Run(Files.Value);
        var index = manifest["shards"]!.AsObject();
        var documents = Bundled.Value.Documents;
        index["documentCount"]!.GetValue<int>().ShouldBe(documents.Count);
        var alphabet = index["codeAlphabet"]!.GetValue<string>();
        var width = index["codeWidth"]!.GetValue<int>();
        var codes = index["codes"]!.GetValue<string>();
        var values = index["filterValues"]!.AsArray().Select(v => v!.AsArray().Select(x => x!.GetValue<string>()).ToArray()).ToList();
        var perShard = index["documentsPerShard"]!.GetValue<int>();
        codes.Length.ShouldBe(documents.Count * width);
        manifest["config"]!["topics"]!.AsArray().ShouldBeEmpty();

        for (var doc = 0; doc < documents.Count; doc++)
        {
            var code = 0;
            for (var w = 0; w < width; w++) code = code * alphabet.Length + alphabet.IndexOf(codes[doc * width + w]);
            var d = documents[doc];
            values[code].ShouldBe([d.Kind, d.KeyQuestion, d.Service]);
            var fields = shards[$"d{doc / perShard}"]["documents"]!.AsArray()[doc % perShard]!.AsArray().Select(x => x!.GetValue<string>());
            fields.ShouldBe([d.Id, d.Title, d.Text, d.Kind, d.KeyQuestion, d.Service, d.Topic]);
        }
    }

    [Fact]
    public void Documents_that_come_in_batches_give_the_same_files_as_all_at_once()
    {
        var (guide, documents) = Bundled.Value;
        // Batches that end inside a shard, on a shard's edge, and hold several shards; and an empty one.
        var sizes = new[] { 1, 63, 64, 65, 0, 200, 7 };
        var batches = new List<IReadOnlyList<SearchDocument>>();
        for (int at = 0, i = 0; at < documents.Count; i++)
        {
            var size = Math.Min(sizes[i % sizes.Length], documents.Count - at);
            batches.Add(documents.Skip(at).Take(size).ToList());
            at += size;
        }
        batches.Count.ShouldBeGreaterThan(10);
        var batched = SearchFiles.InPathOrder(write => ShardedSearchWriter.Write(guide, batches, write));
        batched.Select(f => f.Path).ShouldBe(Files.Value.Select(f => f.Path));
        batched.Select(f => f.Text).ShouldBe(Files.Value.Select(f => f.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1000)]
    public void A_guide_built_in_batches_gives_every_document_in_reading_order(int partsPerBatch)
    {
        var (guide, documents) = Bundled.Value;
        var batches = new SearchDocumentBuilder(guide).Batches(partsPerBatch).ToList();
        batches.SelectMany(b => b).Select(d => d.Id).ShouldBe(documents.Select(d => d.Id));
        batches.SelectMany(b => b).ShouldBe(documents);
        var parts = guide.KeyQuestions.Count + guide.Topics.Count() + guide.Pages.Count + (guide.Glossary?.Entries.Count ?? 0);
        batches.Count.ShouldBe((parts + partsPerBatch - 1) / partsPerBatch);
    }

    [Theory]
    [InlineData(SearchShardMode.Auto)]
    [InlineData(SearchShardMode.Always)]
    [InlineData(SearchShardMode.Never)]
    public void A_build_writes_the_same_search_data_from_its_batches_as_from_a_list(SearchShardMode mode)
    {
        var (guide, documents) = Bundled.Value;
        var fromBatches = SearchFiles.InPathOrder(write => SearchFiles.Write(guide, new SearchDocumentBuilder(guide), mode, write));
        var fromList = SearchFiles.Write(guide, documents, mode);
        fromBatches.Select(f => f.Path).ShouldBe(fromList.Select(f => f.Path));
        fromBatches.Select(f => f.Text).ShouldBe(fromList.Select(f => f.Text));
    }

    [Fact]
    public void Small_guides_keep_one_index_file_unless_shards_are_asked_for()
    {
        var (guide, documents) = Bundled.Value;
        documents.Count.ShouldBeLessThan(ShardedSearchWriter.AutoThreshold);
        SearchFiles.Write(guide, documents, SearchShardMode.Auto).Select(f => f.Path).ShouldBe([SitePaths.SearchData]);
        SearchFiles.Write(guide, documents, SearchShardMode.Auto)[0].Content.ShouldBe(SearchDataWriter.Write(guide, documents));
        SearchFiles.Write(guide, documents, SearchShardMode.Never).Count.ShouldBe(1);
        SearchFiles.Write(guide, documents, SearchShardMode.Always).Count.ShouldBeGreaterThan(3);
    }
}

/// <summary>The sharded index's reader itself (search-shards.js and its parts, in page order), run in Jint over the written shards (loaded synchronously here).</summary>
public class ShardedSearchScriptTests
{
    private static Engine Engine()
    {
        var bag = new DiagnosticBag();
        var loader = new ContentLoader(Repository.Root, bag);
        var guide = GuideAssembler.Assemble(loader.LoadConfig()!, loader.LoadContent());
        var files = ShardedSearchWriter.Write(guide, new SearchDocumentBuilder(guide).Build()).ToDictionary(f => f.Path, f => f.Text);

        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromMinutes(1)));
        engine.Execute("var window = this;");
        engine.SetValue("readShard", new Func<string, string?>(path => files.GetValueOrDefault(path)));
        engine.Execute(files[SitePaths.SearchData]);
        foreach (var script in BrowserScripts.SearchShards)
            engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, script)));
        engine.Execute("""
            var requested = [];
            var index = window.GuideGenShardedIndex(window.GuideGenSearchData, {
              root: "",
              terms: function (text) { return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean); },
              loadScript: function (src, onload, onerror) { var text = readShard(src); if (text === null || text === undefined) { onerror(); return; } eval(text); onload(); }
            });
            function run(word, test) {
              var out = null;
              var tree = { combineWith: "AND", queries: [word] };
              index.prepare(tree, {}, function () {
                var results = index.search(tree, {});
                index.verify(results, test, function (kept) { out = { candidates: results.length, kept: kept.length, unchecked: kept.unchecked, scores: kept.map(function (r) { return r.score; }) }; });
              });
              return JSON.stringify(out);
            }
            """);
        return engine;
    }

    private sealed record Verified(int Candidates, int Kept, int Unchecked, double[] Scores);

    private static Verified Run(Engine engine, string word, string test) =>
        JsonSerializer.Deserialize<Verified>(engine.Evaluate($"run('{word}', {test})").AsString(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public void A_phrase_check_stops_once_enough_results_are_confirmed_and_says_how_many_were_not_checked()
    {
        var engine = Engine();
        var all = Run(engine, "care", "function () { return true; }");
        all.Candidates.ShouldBeGreaterThan(300);
        all.Kept.ShouldBeGreaterThanOrEqualTo(100);
        all.Unchecked.ShouldBeGreaterThan(0);
        (all.Kept + all.Unchecked).ShouldBe(all.Candidates);
        all.Scores.ShouldBe(all.Scores.OrderDescending().ToArray());

        var some = Run(engine, "whistleblow", "function (r) { return r.text.toLowerCase().indexOf('policy') >= 0; }");
        some.Unchecked.ShouldBe(0);
        some.Kept.ShouldBeGreaterThan(0);
        some.Kept.ShouldBeLessThan(some.Candidates);
    }
}
