using System.Diagnostics;
using GuideGen.Bench;
using GuideGen.Cli.Building;

// guidegen-bench generate --topics N --out DIR [--format guidegen|hugo] [--corpus synthetic|grown]
//     write a synthetic guide; "grown" is the bundled guide plus N topics whose text uses its glossary and Markdown
// guidegen-bench search [--topics N] [--rounds R] [--shards auto|always|never] [--site DIR]
//     build the bundled (or a synthetic) guide and measure search; --site measures a site already built
// guidegen-bench incremental [--topics N] [--rounds R] [--edit text|title]  time guidegen serve from saving one file to reloading the page
var arguments = args.ToList();
string Option(string name, string fallback)
{
    var at = arguments.IndexOf(name);
    return at >= 0 && at + 1 < arguments.Count ? arguments[at + 1] : fallback;
}

var repository = FindRepository();
var command = arguments.FirstOrDefault() ?? "search";
var topics = int.Parse(Option("--topics", "0"));
switch (command)
{
    case "generate":
    {
        var guide = new SyntheticGuide(repository, topics == 0 ? 1000 : topics);
        var grown = Option("--corpus", "synthetic") switch
        {
            "synthetic" => false,
            "grown" => true,
            var other => throw new ArgumentException($"--corpus is synthetic or grown, not {other}"),
        };
        if (Option("--format", "guidegen") == "hugo") HugoWriter.Write(guide, Path.GetFullPath(Option("--out", "bench-hugo")), grown);
        else if (grown) GuideGenWriter.WriteGrown(guide, Path.GetFullPath(Option("--out", "bench-guide")));
        else GuideGenWriter.Write(guide, Path.GetFullPath(Option("--out", "bench-guide")));
        return 0;
    }
    case "search":
    {
        var root = repository;
        var work = Path.Combine(Path.GetTempPath(), "guidegen-bench");
        if (topics > 0 && Option("--site", "").Length == 0)
        {
            root = Path.Combine(work, $"guide-{topics}");
            GuideGenWriter.Write(new SyntheticGuide(repository, topics), root);
            Console.WriteLine($"synthetic guide: {topics} topics");
        }
        var shards = Enum.Parse<GuideGen.Search.SearchShardMode>(Option("--shards", "auto"), ignoreCase: true);
        var output = Option("--site", "");
        if (output.Length == 0)
        {
            output = Path.Combine(work, $"site-{(topics > 0 ? topics.ToString() : "bundled")}-{shards.ToString().ToLowerInvariant()}");
            var watch = Stopwatch.StartNew();
            var result = new BuildPipeline(new BuildOptions(root, output, SearchShards: shards)).Build();
            if (!result.Succeeded)
            {
                foreach (var d in result.Diagnostics.Take(20)) Console.Error.WriteLine(d);
                return 1;
            }
            Console.WriteLine($"build: {watch.Elapsed.TotalSeconds:F1} s");
        }
        return await SearchBenchmark.RunAsync(Path.GetFullPath(output), int.Parse(Option("--rounds", "5")));
    }
    case "incremental":
        return await IncrementalBenchmark.RunAsync(repository, topics == 0 ? 1000 : topics, int.Parse(Option("--rounds", "5")), Option("--edit", "text") == "title");
    default:
        Console.Error.WriteLine("usage: guidegen-bench generate --topics N --out DIR [--format guidegen|hugo] [--corpus synthetic|grown] | search [--topics N] [--rounds R] [--shards auto|always|never] [--site DIR] | incremental [--topics N] [--rounds R] [--edit text|title]");
        return 2;
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "GuideGen.sln"))) return dir.FullName;
    throw new InvalidOperationException("run from inside the GuideGen repository");
}
