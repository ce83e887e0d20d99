using AngleSharp.Html.Parser;
using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

/// <summary>content/changes.yml becomes a dated "What's new" page whose entries link to where each change is, and a note on the home page.</summary>
public class WhatsNewTests
{
    private const string Changes = """
        -- content/changes.yml --
        editions:
          - edition: Test edition
            date: 2026-12-07
            summary: Training and **safety** first.
            added:
              - text: A recommendation on training.
                link: "@s1-basics#train-staff"
            changed:
              - text: The safe key question's introduction.
                link: "@safe"
            removed:
              - text: An old example about fax machines.
          - edition: First edition
            date: 2025-06-01
            summary: The first edition.
        """;

    [Fact]
    public void Each_edition_is_listed_newest_first_with_its_changes_linked_to_where_they_are()
    {
        using var site = new MiniSite(SampleGuide.With(Changes));
        var result = site.Build();
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.ShouldBeEmpty();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("whats-new.html"));
        page.QuerySelectorAll(".edition-changes h2").Select(h => h.TextContent.Trim()).ShouldBe(["Test edition (this edition)", "First edition"]);
        page.QuerySelector("#edition-test-edition time")!.GetAttribute("datetime").ShouldBe("2026-12-07");
        page.QuerySelector("#edition-test-edition time")!.TextContent.ShouldBe("7 December 2026");
        page.QuerySelectorAll(".change-list-added a").Select(a => a.GetAttribute("href")).ShouldBe(["topics/s1-basics.html#train-staff"]);
        page.QuerySelectorAll(".change-list-changed a").Select(a => a.GetAttribute("href")).ShouldBe(["key-questions/safe.html"]);
        page.QuerySelector(".change-list-removed li")!.QuerySelector("a").ShouldBeNull();
        page.QuerySelector("#edition-test-edition strong")!.TextContent.ShouldBe("safety");

        var home = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var notice = home.QuerySelector(".whats-new-notice")!;
        notice.GetAttribute("data-edition").ShouldBe("Test edition");
        notice.HasAttribute("hidden").ShouldBeTrue(); // the script shows it to readers of an earlier edition
        notice.TextContent.ShouldContain("1 added · 1 changed · 1 removed.");
        notice.QuerySelector("a")!.GetAttribute("href").ShouldBe("whats-new.html#edition-test-edition");
        home.QuerySelectorAll(".site-footer a").Select(a => a.TextContent).ShouldContain("What's new");
    }

    [Fact]
    public void A_guide_without_changes_has_no_page_and_no_note()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(Path.Combine(site.Output, "whats-new.html")).ShouldBeFalse();
        site.ReadOutput("index.html").ShouldNotContain("whats-new");
    }

    [Fact]
    public void Problems_in_the_changes_file_are_reported_together_at_their_places()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/changes.yml --
            editions:
              - edition: Test edition
                date: 7 December 2026
                added:
                  - text: A new example.
                    link: "@s1-basic#train-staff"
              - edition: Older
                date: 2027-01-01
                summary: An edition dated after the one above it.
              - edition: Empty
                date: 2020-01-01
              - edition: Older
                date: 2019-01-01
                summary: Listed twice.
                colour: blue
            """));
        site.Diagnostics(checkOnly: false).ShouldBe([
            "content/changes.yml(3,11): error GG2112: '7 December 2026' is not a date: write it as YYYY-MM-DD, for example 2026-12-07",
            "content/changes.yml(6,15): error GG3001: the link @s1-basic#train-staff names no page; did you mean 's1-basics'?", // in the same run as the rest
            "content/changes.yml(10,5): error GG2112: the edition 'Empty' says nothing: give it a summary or list what was added, changed or removed",
            "content/changes.yml(12,14): error GG2102: the edition 'Older' is listed twice",
            "content/changes.yml(15,5): error GG1101: unknown key 'colour'",
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_change_that_links_nowhere_is_reported_at_its_link()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/changes.yml --
            editions:
              - edition: Test edition
                date: 2026-12-07
                added:
                  - text: A new example.
                    link: "@s1-basic#train-staff"
            """));
        site.Diagnostics(checkOnly: false).ShouldHaveSingleItem().ShouldStartWith("content/changes.yml(6,15): error GG3001: ");
    }

    [Fact]
    public void Editions_out_of_order_and_a_newest_edition_that_is_not_the_guides_are_reported()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/changes.yml --
            editions:
              - edition: Next edition
                date: 2026-01-01
                summary: Not yet the guide's edition.
              - edition: Test edition
                date: 2026-06-01
                summary: Dated after the one above it.
            """));
        site.Diagnostics().ShouldBe([
            "content/changes.yml(2,14): warning GG2303: the newest edition in content/changes.yml is 'Next edition', but site.yml's edition is 'Test edition': readers of 'Test edition' would be shown no changes",
            "content/changes.yml(6,11): error GG2112: editions are listed newest first, but 'Test edition' (2026-06-01) is later than the one above it (2026-01-01)",
        ], ignoreOrder: true);
    }
}
