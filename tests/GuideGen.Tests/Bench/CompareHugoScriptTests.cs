using System.Diagnostics;
using GuideGen.Testing;

namespace GuideGen.Tests.Bench;

/// <summary>
/// The GuideGen-versus-Hugo benchmark script runs end to end at a tiny size. Only that it works is
/// checked: speed is measured by people running it at full size, never asserted.
/// </summary>
public class CompareHugoScriptTests
{
    [Fact]
    public async Task The_benchmark_script_builds_the_same_synthetic_guide_with_both_and_reports_medians_and_ratios()
    {
        using var work = new TempFolder("guidegen-bench");
        var info = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "bench/compare-hugo.sh", "--topics", "24", "--runs", "1", "--work", work.Path }) info.ArgumentList.Add(arg);
        // Set by the test host's own dotnet; the script's nested builds must find their SDK afresh.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            info.Environment.Remove(name);

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, $"{output}\n{await error}");
        output.ShouldContain("24 topics");
        output.ShouldMatch(@"(?m)^GuideGen\s+\d+\.\d\d\s+\d+ MB\s+\d+$");
        output.ShouldMatch(@"(?m)^Hugo\s+\d+\.\d\d\s+\d+ MB\s+\d+$");
        output.ShouldMatch(@"GuideGen / Hugo: time \d+\.\d\d, memory \d+\.\d\d");
        // Both really built the 24 topics.
        Directory.GetFiles(Path.Combine(work.Path, "guidegen-site", "topics"), "*.html").Length.ShouldBe(24);
        Directory.GetFiles(Path.Combine(work.Path, "hugo-site"), "index.html", SearchOption.AllDirectories).Length.ShouldBeGreaterThanOrEqualTo(24);
    }
}
