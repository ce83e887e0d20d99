using GuideGen.Cli.Building;
using GuideGen.Core.Output;
using Jint;

namespace GuideGen.Cli.Commands;

/// <summary>
/// `guidegen check --search-report QUERIES`: builds the guide into a temporary folder with one search
/// index, then runs the site's own search script (search-engine.js with MiniSearch and the stemmer,
/// in Jint) on each query of the file and prints its first three results, so an author can see which
/// words readers might type find nothing or the wrong page. A line may give, after a tab, the topic
/// (or topics, comma-separated) that should come in the first three: the report then says which
/// queries miss and the share that are met.
/// </summary>
public static class SearchReport
{
    public sealed record Query(string Text, IReadOnlyList<string> Expected, int Line);

    public static IReadOnlyList<Query> ReadQueries(string path) =>
        File.ReadAllLines(path)
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => l.Line.Trim().Length > 0 && !l.Line.TrimStart().StartsWith('#'))
            .Select(l =>
            {
                var parts = l.Line.Split('\t');
                var expected = parts.Length > 1 ? parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
                return new Query(parts[0].Trim(), expected, l.Number);
            })
            .ToList();

    public static int Run(BuildOptions options, string queriesPath, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(queriesPath))
        {
            stderr.WriteLine($"guidegen: there is no file '{queriesPath}' of queries to report on.");
            return ExitCodes.UsageError;
        }
        var queries = ReadQueries(queriesPath);
        var work = Path.Combine(Path.GetTempPath(), $"guidegen-search-report-{Guid.NewGuid():N}");
        try
        {
            var site = Path.Combine(work, "site");
            var result = new BuildPipeline(options with { Output = site, CheckOnly = false, SearchShards = GuideGen.Search.SearchShardMode.Never }).Build();
            foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
            if (!result.Succeeded) return ExitCodes.ContentErrors;

            var engine = Load(site);
            int withExpected = 0, met = 0, empty = 0;
            foreach (var query in queries)
            {
                var top = engine.Invoke("top", query.Text).AsString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(line => line.Split('\t')).ToList();
                var hit = query.Expected.Count > 0 && top.Any(r => query.Expected.Contains(r[0]));
                if (query.Expected.Count > 0) { withExpected++; if (hit) met++; }
                if (top.Count == 0) empty++;
                var verdict = query.Expected.Count == 0 ? "" : hit ? "  [found]" : $"  [MISSED: expected {string.Join(" or ", query.Expected)}]";
                stdout.WriteLine($"{query.Text}{verdict}");
                if (top.Count == 0) stdout.WriteLine("   finds nothing");
                for (var i = 0; i < top.Count; i++) stdout.WriteLine($"   {i + 1}. {top[i][1]} ({top[i][2]})  {top[i][3]}");
            }
            stdout.WriteLine();
            stdout.WriteLine($"{queries.Count} queries, {empty} finding nothing.");
            if (withExpected > 0)
                stdout.WriteLine($"The expected topic is in the first three for {met} of {withExpected} ({100.0 * met / withExpected:0.0}%).");
            return ExitCodes.Success;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The built site's search scripts in Jint, with `top(query)`: the first three results as topic, title, kind and address.</summary>
    public static Engine Load(string site)
    {
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromMinutes(2)));
        engine.Execute("var window = this; var self = this;");
        foreach (var script in new[] { "assets/vendor/minisearch.js" }.Concat(BrowserScripts.SearchEngine).Append(SitePaths.SearchData))
            engine.Execute(File.ReadAllText(Path.Combine(site, script)));
        engine.Execute("""
            var searchEngine = window.GuideGenSearchEngine.create(window.GuideGenSearchData, {});
            function top(q) {
              var outcome = searchEngine.search(q, {});
              return outcome.results.slice(0, 3).map(function (r) {
                var topic = r.topic || r.id.replace(/^topics\//, "").replace(/\.html.*$/, "");
                var words = (r.title || r.text || r.id).replace(/\s+/g, " ");
                if (words.length > 70) words = words.slice(0, 69).replace(/\s\S*$/, "") + "…";
                var where = r.topic && searchEngine.topics[r.topic] ? ", " + searchEngine.topics[r.topic] : "";
                return [topic, words, (searchEngine.kinds[r.kind] || r.kind) + where, r.id].join("\t");
              }).join("\n");
            }
            """);
        return engine;
    }
}
