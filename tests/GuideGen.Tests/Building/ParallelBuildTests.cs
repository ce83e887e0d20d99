using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>Using every core is an optimisation only: one thread and many threads build the same bytes.</summary>
public class ParallelBuildTests
{
    [Fact]
    public void The_bundled_guide_built_on_one_thread_and_on_all_threads_is_byte_identical()
    {
        using var temp = new TempFolder();
        var sequential = Path.Combine(temp.Path, "one-thread");
        var parallel = Path.Combine(temp.Path, "all-threads");

        new BuildPipeline(new BuildOptions(Repository.Root, sequential, Jobs: 1)).Build().Succeeded.ShouldBeTrue();
        new BuildPipeline(new BuildOptions(Repository.Root, parallel, Jobs: Math.Max(4, Environment.ProcessorCount))).Build().Succeeded.ShouldBeTrue();

        var files = Relative(sequential);
        files.Count.ShouldBeGreaterThan(100);
        Relative(parallel).ShouldBe(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(parallel, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(sequential, file)))
                .ShouldBeTrue($"{file} differs between a one-thread and a parallel build");
    }

    [Fact]
    public void Jobs_must_be_a_positive_number()
    {
        var stderr = new StringWriter();
        GuideGen.Cli.Commands.GuideGenCli.Run(["build", "--jobs", "0"], new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldContain("--jobs");
    }

    private static List<string> Relative(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
}
