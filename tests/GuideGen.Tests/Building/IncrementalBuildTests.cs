using System.Text;
using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>
/// The preview server rebuilds with an <see cref="PreviewBuild"/>: unchanged files are not parsed
/// again, unchanged pages are not rendered again, unchanged files are not written again. That is an
/// optimisation only, so after any change the output must be exactly what a fresh build makes.
/// </summary>
public class IncrementalBuildTests
{
    private const string Topic = "content/topics/safe/s1-safeguarding.yml";

    [Fact]
    public void A_one_topic_change_rerenders_only_the_pages_it_affects_and_matches_a_fresh_build()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();

        Build(root, output, state).ShouldBeTrue();
        var firstRenders = state.Rendered.TakeRenderedCount();
        firstRenders.ShouldBeGreaterThan(100);

        Build(root, output, state).ShouldBeTrue();
        state.Rendered.TakeRenderedCount().ShouldBe(0, "nothing changed, so nothing should be rendered again");

        Edit(root, Topic, "Talk with the people you support about their safety.", "Ask the people you support what keeps them safe.");
        var before = Snapshot(output);
        Build(root, output, state).ShouldBeTrue();
        var rerendered = state.Rendered.TakeRenderedCount();
        rerendered.ShouldBeGreaterThan(0);
        // The text appears on its topic page, its blocks and the print books; a title would also
        // change the contents menu on every page.
        rerendered.ShouldBeLessThan(firstRenders / 10);

        var after = Snapshot(output);
        after.Keys.Count(path => !before.TryGetValue(path, out var old) || !old.SequenceEqual(after[path]))
            .ShouldBeLessThan(before.Count / 3, "only the files whose bytes changed are written");
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void A_template_change_rerenders_every_page_and_matches_a_fresh_build()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();

        Build(root, output, state).ShouldBeTrue();
        var firstRenders = state.Rendered.TakeRenderedCount();

        Edit(root, "templates/layout.html", "</main>", "<p>Local edition</p></main>");
        Build(root, output, state).ShouldBeTrue();
        state.Rendered.TakeRenderedCount().ShouldBe(firstRenders);
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldContain("<p>Local edition</p>");
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void A_broken_file_keeps_the_last_good_output_and_fixing_it_builds_again()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();
        Build(root, output, state).ShouldBeTrue();
        var good = Snapshot(output);

        var path = Path.Combine(root, Topic);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("kloe: S1", "kloe: S99"));
        Build(root, output, state).ShouldBeFalse();
        ShouldBeSame(Snapshot(output), good, "the last good output");

        File.WriteAllText(path, text.Replace("title: Safeguarding", "title: Keeping people safe from abuse"));
        Build(root, output, state).ShouldBeTrue();
        File.ReadAllText(Path.Combine(output, "topics", "s1-safeguarding.html")).ShouldContain("Keeping people safe from abuse");
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void Reused_parses_report_their_problems_again()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var state = new PreviewBuild();
        Edit(root, Topic, "kloe: S1", "kloe: S99");

        var first = state.Build(new BuildOptions(root, temp.Combine("out")));
        var second = state.Build(new BuildOptions(root, temp.Combine("out")));

        state.Parsed.Reused.ShouldBeGreaterThan(0);
        second.Diagnostics.Select(d => d.ToString()).ShouldBe(first.Diagnostics.Select(d => d.ToString()));
        second.Diagnostics.ShouldContain(d => d.Code == "GG2001");
    }

    [Fact]
    public void The_preview_writes_pages_first_then_the_search_data_and_print_books_and_ends_as_a_fresh_build()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();
        Build(root, output, state).ShouldBeTrue();
        var before = Snapshot(output);

        Edit(root, Topic, "Talk with the people you support about their safety.", "Ask the people you support what keeps them safe.");
        Dictionary<string, byte[]>? announced = null;
        var result = state.Build(new BuildOptions(root, output), () => announced = Snapshot(output));

        result.Succeeded.ShouldBeTrue();
        announced.ShouldNotBeNull("the pages should have been announced before the build ended");
        Encoding.UTF8.GetString(announced["topics/s1-safeguarding.html"]).ShouldContain("Ask the people you support what keeps them safe.");
        announced["assets/search-index.js"].ShouldBe(before["assets/search-index.js"], "search data comes after the pages");
        announced["print/guide.html"].ShouldBe(before["print/guide.html"], "print books come after the pages");
        announced.Keys.Order(StringComparer.Ordinal).ShouldBe(before.Keys.Order(StringComparer.Ordinal), "nothing is deleted or missing in between");

        var after = Snapshot(output);
        Encoding.UTF8.GetString(after["assets/search-index.js"]).ShouldContain("Ask the people you support what keeps them safe.");
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void When_the_preview_fails_after_writing_its_pages_the_last_good_site_is_put_back()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();
        Build(root, output, state).ShouldBeTrue();
        var good = Snapshot(output);

        // The pages render; the print books, which come after them, fail.
        Edit(root, Topic, "Talk with the people you support about their safety.", "Ask the people you support what keeps them safe.");
        File.WriteAllText(Path.Combine(root, "templates", "print-book.html"), "{{ model.no_such_thing }}");
        Dictionary<string, byte[]>? announced = null;
        var result = state.Build(new BuildOptions(root, output), () => announced = Snapshot(output));

        result.Succeeded.ShouldBeFalse();
        Encoding.UTF8.GetString(announced.ShouldNotBeNull()["topics/s1-safeguarding.html"]).ShouldContain("Ask the people you support");
        ShouldBeSame(Snapshot(output), good, "the last good site");

        // And the next good build starts from what is really on disk.
        File.Copy(Path.Combine(Repository.Templates, "print-book.html"), Path.Combine(root, "templates", "print-book.html"), overwrite: true);
        Build(root, output, state).ShouldBeTrue();
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void A_first_build_and_a_plain_build_write_everything_at_once()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var announced = 0;
        new PreviewBuild().Build(new BuildOptions(root, temp.Combine("out")), () => announced++).Succeeded.ShouldBeTrue();
        announced.ShouldBe(0, "with no earlier output of this process there is no search data to keep meanwhile");
    }

    [Fact]
    public void Views_of_unchanged_topics_are_reused_and_report_their_warnings_again()
    {
        using var temp = new TempFolder();
        var root = CopyOfBundledGuide(temp);
        var output = temp.Combine("served");
        var state = new PreviewBuild();
        // A picture from the web: a warning, reported while the topic's view is built.
        Edit(root, Topic, "text: Train every member of staff to spot abuse early,", "text: Train every member of staff ![A poster](https://example.org/poster.png) to spot abuse early,");

        var first = state.Build(new BuildOptions(root, output));
        first.Diagnostics.ShouldContain(d => d.Code == "GG3005", string.Join("\n", first.Diagnostics));
        state.Views.TakeReusedCount().ShouldBe(0);

        Edit(root, "content/topics/safe/s2-managing-risk.yml", "title: Managing risk", "title: Managing risks well");
        var second = state.Build(new BuildOptions(root, output));

        second.Succeeded.ShouldBeTrue();
        second.Diagnostics.Where(d => d.Code == "GG3005").Select(d => d.ToString()).ShouldBe(first.Diagnostics.Where(d => d.Code == "GG3005").Select(d => d.ToString()));
        // A title is in its neighbours' "previous" and "next" links and in the shared menus: here the
        // bundled guide lists every topic in its menu, so every view is built again…
        var rebuiltAfterTitle = state.Views.TakeReusedCount();
        Edit(root, "content/topics/safe/s2-managing-risk.yml", "service: A", "service: R");
        state.Build(new BuildOptions(root, output)).Succeeded.ShouldBeTrue();
        // …while a change inside one topic rebuilds only that topic's own views (its page and cards).
        var reused = state.Views.TakeReusedCount();
        reused.ShouldBeGreaterThan(rebuiltAfterTitle);
        reused.ShouldBeGreaterThanOrEqualTo(CountTopics(root) * 2 - 2 - CountTopicsWithoutCards(output, root));
        ShouldMatchFreshBuild(root, output, temp);
    }

    [Fact]
    public void In_a_guide_too_large_to_list_its_topics_a_title_change_rebuilds_only_the_views_that_show_it()
    {
        // Above MaxTopicsInMenu topics the menus list KLOEs, so a title is shown only by its own pages,
        // its neighbours' previous and next links, and the topics that mention it.
        var count = GuideGen.Rendering.Views.PageViewBuilder.MaxTopicsInMenu + 10;
        var topics = Enumerable.Range(0, count).Select(i => $"""
            -- content/topics/s1-t{i:D3}.yml --
            title: Topic {i}
            kloe: S1
            summary: Topic number {i}.
            intro: |
              {(i == 100 ? "See @s1-t050 for more." : "Start here.")}
            recommendations:
              - id: do-this
                service: A
                text: Do this.
            """);
        using var site = new MiniSite(string.Join("\n", [SampleGuide.SiteYml, SampleGuide.KeyQuestions, .. topics]));
        var state = new PreviewBuild();
        state.Build(new BuildOptions(site.Root)).Succeeded.ShouldBeTrue();
        state.Views.TakeReusedCount();

        var path = Path.Combine(site.Root, "content", "topics", "s1-t050.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: Topic 50", "title: Renamed fifty"));
        state.Build(new BuildOptions(site.Root)).Succeeded.ShouldBeTrue();

        // Rebuilt: topic 50 itself (its page), 49 and 51 (their neighbour links) and 100 (its mention).
        state.Views.TakeReusedCount().ShouldBe(count - 4);
        site.ReadOutput("topics/s1-t100.html").ShouldContain("Renamed fifty</a>");
        site.ReadOutput("topics/s1-t049.html").ShouldContain("Renamed fifty");
        using var temp = new TempFolder();
        ShouldMatchFreshBuild(site.Root, site.Output, temp);
    }

    private static int CountTopics(string root) => Directory.GetFiles(Path.Combine(root, "content", "topics"), "*.yml", SearchOption.AllDirectories).Length;

    private static int CountTopicsWithoutCards(string output, string root) => CountTopics(root) - Directory.GetFiles(Path.Combine(output, "cards"), "*.html").Length;

    private static bool Build(string root, string output, PreviewBuild state) =>
        state.Build(new BuildOptions(root, output)).Succeeded;

    private static void ShouldMatchFreshBuild(string root, string output, TempFolder temp)
    {
        var fresh = temp.Combine("fresh-" + Guid.NewGuid().ToString("N"));
        new BuildPipeline(new BuildOptions(root, fresh)).Build().Succeeded.ShouldBeTrue();
        ShouldBeSame(Snapshot(output), Snapshot(fresh), "a fresh build");
    }

    private static void ShouldBeSame(Dictionary<string, byte[]> actual, Dictionary<string, byte[]> expected, string what)
    {
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            actual[path].SequenceEqual(bytes).ShouldBeTrue($"{path} differs from {what}");
    }

    private static string CopyOfBundledGuide(TempFolder temp)
    {
        var root = temp.Combine("guide");
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(Repository.Root, "site.yml"), Path.Combine(root, "site.yml"));
        CopyFolder(Path.Combine(Repository.Root, "content"), Path.Combine(root, "content"));
        CopyFolder(Repository.Templates, Path.Combine(root, "templates"));
        return root;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Edit(string root, string relative, string from, string to)
    {
        var path = Path.Combine(root, relative);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
