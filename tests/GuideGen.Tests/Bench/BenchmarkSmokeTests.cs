using System.Diagnostics;
using System.Text.RegularExpressions;
using GuideGen.Testing;

namespace GuideGen.Tests.Bench;

/// <summary>
/// The benchmarks run end to end at a tiny size: the GuideGen-versus-Hugo script, and the preview
/// server's save-to-reload benchmark. Only that they work is checked: speed is measured by people
/// running them at full size, never asserted. One class, so that their builds of the benchmark
/// project never run at the same time.
/// </summary>
public class BenchmarkSmokeTests
{
    [Fact]
    public async Task The_benchmark_script_builds_the_same_grown_guide_with_both_and_reports_cold_and_warm_medians_and_ratios()
    {
        using var work = new TempFolder("guidegen-bench");
        var info = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "bench/compare-hugo.sh", "--topics", "24", "--runs", "1", "--work", work.Path, "--corpus", "grown" }) info.ArgumentList.Add(arg);
        // Set by the test host's own dotnet; the script's nested builds must find their SDK afresh.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            info.Environment.Remove(name);

        var output = await Run(info);
        output.ShouldContain("24 topics (grown corpus)");
        Regex.Matches(output, @"(?m)^GuideGen\s+\d+\.\d\d\s+\d+ MB\s+\d+$").Count.ShouldBe(2);
        Regex.Matches(output, @"(?m)^Hugo\s+\d+\.\d\d\s+\d+ MB\s+\d+$").Count.ShouldBe(2);
        output.ShouldMatch(@"GuideGen / Hugo, cold: time \d+\.\d\d, memory \d+\.\d\d");
        output.ShouldMatch(@"GuideGen / Hugo, warm: time \d+\.\d\d, memory \d+\.\d\d");
        // Both really built the 24 topics; GuideGen the bundled guide's own topics too, with their glossary.
        var bundledTopics = Directory.GetFiles(Path.Combine(Repository.Root, "content", "topics"), "*.yml", SearchOption.AllDirectories).Length;
        Directory.GetFiles(Path.Combine(work.Path, "guidegen-site", "topics"), "*.html").Length.ShouldBe(24 + bundledTopics);
        File.ReadAllText(Path.Combine(work.Path, "guidegen-site", "topics", "t00001.html")).ShouldContain("class=\"glossary-term\"");
        Directory.GetFiles(Path.Combine(work.Path, "hugo-site"), "index.html", SearchOption.AllDirectories).Length.ShouldBeGreaterThanOrEqualTo(24);
    }

    [Fact]
    public async Task The_serve_benchmark_edits_a_guide_under_the_real_preview_server_and_reports_reload_times()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "-c", "Release", "--project", "bench/GuideGen.Bench", "--", "incremental", "--topics", "12", "--rounds", "2", "--edit", "title" })
            info.ArgumentList.Add(arg);
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            info.Environment.Remove(name);

        var output = await Run(info);

        // The benchmark itself checks that each edit reached the served page before it reports.
        output.ShouldMatch(@"round 2: reload after \d+ ms, search and print books after \d+ ms");
        output.ShouldMatch(@"save → reload: median \d+ ms");
    }

    private static async Task<string> Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{output}\n{await error}");
        return output;
    }
}
