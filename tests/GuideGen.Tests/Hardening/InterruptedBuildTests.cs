using System.Collections.Concurrent;
using System.Diagnostics;
using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// A build killed at any step of writing leaves the previous site complete and byte for byte as it was
/// (or, once the new site has been swapped in, the new site complete), and the next build leaves no
/// staging or retired folder behind. The real command runs as a child process with
/// GUIDEGEN_TEST_PAUSE_IN_WRITE=stdin: it stops after announcing each write step until the test lets it
/// go on, so each kill lands at an exact step, with no timing involved.
/// </summary>
public class InterruptedBuildTests
{
    /// <summary>A hang guard only: no step of a small build comes anywhere near it.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(120);

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "guidegen.dll");

    [Fact]
    public void A_build_killed_at_each_write_step_leaves_a_complete_site_and_the_next_build_clears_up()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        RunToEnd(site).ShouldBe(0);
        var before = Snapshot(site.Output);

        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("Train staff.", "Train every member of staff."));
        using var expected = new TempFolder();
        var fileCount = site.Build(output: expected.Combine("_site")).Files.Count;
        var after = Snapshot(expected.Combine("_site"));
        after.ShouldNotBe(before);

        // Steps, numbered from 1: staging, one per file, written, exchanged (the atomic swap), swapped.
        int[] killAfter = [0, 1, 2, 2 + fileCount / 2, 1 + fileCount, 2 + fileCount, 3 + fileCount, 4 + fileCount];
        foreach (var step in killAfter)
        {
            var (last, staging) = KillAfterStep(site, step);
            var swapped = last is "exchanged" or "swapped";
            Snapshot(site.Output).ShouldBe(swapped ? after : before, $"killed after step {step} ({last ?? "none"})");
            if (last is "staging" || last?.StartsWith("file ", StringComparison.Ordinal) == true || last == "written")
                staging.ShouldBeTrue($"killed after step {step} ({last}): the kill should land mid-write, with a staging folder present");
        }

        RunToEnd(site).ShouldBe(0);
        Snapshot(site.Output).ShouldBe(after);
        Directory.GetDirectories(site.Root, ".*").ShouldBeEmpty(); // no staging or retired folder from the killed builds
    }

    [Fact]
    public void On_Linux_two_folders_are_exchanged_in_one_step()
    {
        using var folder = new TempFolder();
        var (a, b) = (folder.Combine("a"), folder.Combine("b"));
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.WriteAllText(Path.Combine(a, "which.txt"), "a");
        File.WriteAllText(Path.Combine(b, "which.txt"), "b");

        FolderExchange.TryExchange(a, b).ShouldBe(OperatingSystem.IsLinux());
        if (!OperatingSystem.IsLinux()) return;
        File.ReadAllText(Path.Combine(a, "which.txt")).ShouldBe("b");
        File.ReadAllText(Path.Combine(b, "which.txt")).ShouldBe("a");
    }

    /// <summary>Runs a build, lets it through <paramref name="step"/> write steps, and kills it at the next pause.</summary>
    /// <returns>The last step it announced, and whether a staging folder existed when it was killed.</returns>
    private static (string? Last, bool Staging) KillAfterStep(MiniSite site, int step)
    {
        using var process = Start(site, pause: true);
        var lines = new BlockingCollection<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        process.BeginErrorReadLine();
        string? last = null;
        var seen = 0;
        while (seen < step)
        {
            if (!lines.TryTake(out var line, Guard)) Assert.Fail($"hang guard: no write step {seen + 1} within {Guard.TotalSeconds} s");
            if (!line.StartsWith(WritePauses.Marker, StringComparison.Ordinal)) continue;
            last = line[WritePauses.Marker.Length..];
            if (++seen < step) process.StandardInput.WriteLine(); // let it go on to the next step
        }
        var staging = Directory.GetDirectories(site.Root, "._site.tmp-*").Length > 0;
        process.Kill(entireProcessTree: true);
        process.WaitForExit(Guard).ShouldBeTrue("hang guard: the killed build did not exit");
        return (last, staging);
    }

    private static int RunToEnd(MiniSite site)
    {
        using var process = Start(site, pause: false);
        process.StandardError.ReadToEnd();
        process.WaitForExit(Guard).ShouldBeTrue("hang guard: the build did not finish");
        return process.ExitCode;
    }

    private static Process Start(MiniSite site, bool pause)
    {
        File.Exists(Cli).ShouldBeTrue($"the command is built beside the tests: {Cli}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardInput = true, RedirectStandardOutput = false, UseShellExecute = false };
        foreach (var arg in new[] { Cli, "build", "--root", site.Root }) info.ArgumentList.Add(arg);
        if (pause) info.Environment[WritePauses.Variable] = WritePauses.WaitForStdin;
        else info.Environment.Remove(WritePauses.Variable);
        return Process.Start(info)!;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            : [];
}
