using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>The previous site survives failed and interrupted builds; output never depends on timing.</summary>
public class OutputSafetyTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        site.Write("content/topics/s1-basics.yml", "title: [broken");
        site.Build().Succeeded.ShouldBeFalse();

        Snapshot(site.Output).ShouldBe(before);
    }

    [Fact]
    public void A_build_that_fails_after_its_pages_were_streamed_out_leaves_the_previous_site_and_no_staging_folder()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        // Pages are written into the staging folder as they are rendered; the print books come later and fail.
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: Renamed basics"));
        site.Write("templates/print-book.html", "{{ model.no_such_thing }}");
        var result = site.Build();

        result.Succeeded.ShouldBeFalse();
        result.Steps.Select(s => s.Name).ShouldContain("build and render pages");
        result.Diagnostics.ShouldContain(d => d.Code == "GG4001" && d.Span.Path == "templates/print-book.html");
        Snapshot(site.Output).ShouldBe(before);
        Directory.GetDirectories(site.Root, ".*").ShouldBeEmpty(); // the staging folder is gone
    }

    [Fact]
    public void A_successful_build_replaces_the_site_and_removes_files_that_are_gone()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/pages/extra.md --
            ---
            title: Extra
            summary: Soon gone.
            ---
            Text.
            """));
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "pages", "extra.html")).ShouldBeTrue();

        File.Delete(Path.Combine(site.Root, "content", "pages", "extra.md"));
        site.Build().Succeeded.ShouldBeTrue();

        File.Exists(Path.Combine(site.Output, "pages", "extra.html")).ShouldBeFalse();
        Directory.GetDirectories(site.Root, ".*").ShouldBeEmpty(); // no staging or retired folders left behind
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_cleared_and_a_half_swapped_site_is_restored()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);

        // Simulate a build killed between its two renames: the old site retired, the new one unfinished.
        Directory.Move(site.Output, Path.Combine(site.Root, "._site.old-dead"));
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.tmp-dead", "topics"));
        File.WriteAllText(Path.Combine(site.Root, "._site.tmp-dead", "topics", "half.html"), "<p>half");

        site.Write("content/topics/s1-basics.yml", "title: [broken");
        site.Build().Succeeded.ShouldBeFalse(); // even a failing build puts the last complete site back

        Snapshot(site.Output).ShouldBe(before);
        Directory.GetDirectories(site.Root, ".*").ShouldBeEmpty();
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        var first = Snapshot(site.Output);
        site.Build().Succeeded.ShouldBeTrue();
        Snapshot(site.Output).ShouldBe(first);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
