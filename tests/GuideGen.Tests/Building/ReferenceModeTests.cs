using GuideGen.Cli.Building;
using GuideGen.Core;
using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>
/// Every fast path has a plain twin (<see cref="FastPaths"/>; docs/developing.md, "Fast paths and their
/// plain twins"): the bundled guide built with the fast paths and built in reference mode is the same,
/// byte for byte. The golden sites (tests/GuideGen.Tests/Golden) are checked both ways as well.
/// </summary>
public class ReferenceModeTests
{
    [Fact]
    public void The_bundled_guide_built_with_the_fast_paths_and_with_their_plain_twins_is_byte_identical()
    {
        using var temp = new TempFolder();
        var fast = Path.Combine(temp.Path, "fast");
        var plain = Path.Combine(temp.Path, "plain");

        BuildResult Build(string output, bool reference)
        {
            using var mode = FastPaths.UseReference(reference);
            return new BuildPipeline(new BuildOptions(Repository.Root, output)).Build();
        }
        Build(fast, reference: false).Diagnostics.ShouldBeEmpty();
        Build(plain, reference: true).Diagnostics.ShouldBeEmpty();

        SameFiles.Files(fast).Count.ShouldBeGreaterThan(100);
        SameFiles.Compare(fast, plain).ShouldBeEmpty();
    }

    [Fact]
    public void A_rebuild_over_a_site_that_links_unchanged_files_equals_a_plain_build_of_the_changed_guide()
    {
        using var temp = new TempFolder();
        using var example = new SiteFolder("example");
        var site = example.Root;
        var fast = temp.Combine("fast");
        var plain = temp.Combine("plain");
        new BuildPipeline(new BuildOptions(site, fast, Reference: false)).Build().Succeeded.ShouldBeTrue();
        var topic = Directory.EnumerateFiles(Path.Combine(site, "content", "topics"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(topic, File.ReadAllText(topic).Replace("title: ", "title: Changed ", StringComparison.Ordinal));

        new BuildPipeline(new BuildOptions(site, fast, Reference: false)).Build().Succeeded.ShouldBeTrue();
        new BuildPipeline(new BuildOptions(site, plain, Reference: true)).Build().Succeeded.ShouldBeTrue();

        SameFiles.Compare(fast, plain).ShouldBeEmpty();
        Directory.EnumerateFiles(fast, "*.html", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains("Changed ", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_scope_chooses_for_what_runs_inside_it_in_parallel_too_and_is_put_back_after()
    {
        var byDefault = Environment.GetEnvironmentVariable(FastPaths.ReferenceVariable) != "1";
        FastPaths.Enabled.ShouldBe(byDefault);
        using (FastPaths.UseReference(true))
        {
            FastPaths.Enabled.ShouldBeFalse();
            var seen = new bool[64];
            Parallelism.For(seen.Length, i => seen[i] = FastPaths.Enabled);
            seen.ShouldAllBe(enabled => !enabled);
            (await Task.Run(() => FastPaths.Enabled)).ShouldBeFalse();
            using (FastPaths.UseReference(false)) FastPaths.Enabled.ShouldBeTrue();
            using (FastPaths.UseReference(null)) FastPaths.Enabled.ShouldBe(byDefault);
            FastPaths.Enabled.ShouldBeFalse();
        }
        FastPaths.Enabled.ShouldBe(byDefault);
    }

    [Fact]
    public void Two_builds_at_once_each_keep_their_own_mode()
    {
        var modes = new[] { true, false, true, false };
        var seen = new bool?[modes.Length];
        using var allSet = new Barrier(modes.Length);
        var threads = modes.Select((reference, i) => new Thread(() =>
        {
            using var mode = FastPaths.UseReference(reference);
            allSet.SignalAndWait(); // every thread has chosen before any looks
            seen[i] = FastPaths.Enabled;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        seen.ShouldBe(modes.Select(reference => (bool?)!reference).ToArray());
    }
}
