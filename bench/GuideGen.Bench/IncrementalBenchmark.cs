using System.Diagnostics;
using GuideGen.Cli.Building;

namespace GuideGen.Bench;

/// <summary>
/// What <c>guidegen serve</c> does after an author saves one file: a full first build, then for each
/// round one topic's text is changed and the site rebuilt with what the earlier builds left. Prints the
/// median and slowest rebuild and the slowest steps of the median round.
/// </summary>
public static class IncrementalBenchmark
{
    public static int Run(string repository, int topics, int rounds)
    {
        var root = Path.Combine(Path.GetTempPath(), "guidegen-bench", $"incremental-{topics}");
        GuideGenWriter.Write(new SyntheticGuide(repository, topics), root);
        var state = new IncrementalState();
        var options = new BuildOptions(root, Path.Combine(root, "_site"));

        var watch = Stopwatch.StartNew();
        if (!Build(options, state).Succeeded) return 1;
        Console.WriteLine($"{topics} topics: first build {watch.Elapsed.TotalSeconds:F1} s");

        var runs = new List<(double Ms, BuildResult Result)>();
        for (var round = 0; round < rounds; round++)
        {
            // An author's edit: one more sentence in the first recommendation of a topic in the middle.
            var file = Path.Combine(root, "content", "topics", $"t{topics / 2 + round:D5}.yml");
            var text = File.ReadAllText(file);
            var at = text.IndexOf("\n    text: ", StringComparison.Ordinal) + "\n    text: ".Length;
            File.WriteAllText(file, text[..at] + $"Edited in round {round}. " + text[at..]);

            watch.Restart();
            var result = Build(options, state);
            runs.Add((watch.Elapsed.TotalMilliseconds, result));
            Console.WriteLine($"  round {round + 1}: {watch.Elapsed.TotalMilliseconds:F0} ms, {state.Rendered.TakeRenderedCount()} renders, {state.Parsed.Reused} files reused so far");
            if (!result.Succeeded) return 1;
        }
        var ordered = runs.OrderBy(r => r.Ms).ToList();
        var median = ordered[ordered.Count / 2];
        Console.WriteLine($"one-file rebuild: median {median.Ms:F0} ms, slowest {ordered[^1].Ms:F0} ms ({Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        foreach (var step in median.Result.Steps.Where(s => s.Elapsed.TotalMilliseconds >= 1))
            Console.WriteLine($"  {step.Name,-22} {step.Elapsed.TotalMilliseconds,6:F0} ms");
        return 0;
    }

    private static BuildResult Build(BuildOptions options, IncrementalState state) => new SiteBuilder(options, incremental: state).Build();
}
