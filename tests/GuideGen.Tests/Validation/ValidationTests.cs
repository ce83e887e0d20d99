using GuideGen.Testing;

namespace GuideGen.Tests.Validation;

/// <summary>Focused checks of single rules, each on an inline mini-site that differs from a valid one in one place.</summary>
public class ValidationTests
{
    /// <summary>The errors of a check; warnings have their own test.</summary>
    private static IReadOnlyList<string> Check(string files)
    {
        using var site = new MiniSite(files);
        return site.Diagnostics().Where(d => d.Contains(": error ")).ToList();
    }

    [Fact]
    public void The_minimal_sample_guide_is_valid()
    {
        Check(SampleGuide.Minimal).ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_kloe_is_reported_at_its_value_with_a_hint()
    {
        Check(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: Basics
            kloe: S7
            summary: x
            intro: x
            recommendations:
              - id: a
                service: A
                text: x
            """)).ShouldBe(["content/topics/s1-basics.yml(2,7): error GG2001: unknown KLOE 'S7'; did you mean 'S1'?"]);
    }

    [Fact]
    public void Unknown_service_type_speaker_and_quality_statement_are_all_reported_at_once()
    {
        Check(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: Basics
            kloe: S1
            summary: x
            quality_statements: [safeguardng]
            intro: x
            recommendations:
              - id: a
                service: Q
                text: x
            telling_signs:
              good:
                - id: b
                  speaker: persn
                  text: Fine.
            """)).ShouldBe([
                "content/topics/s1-basics.yml(4,21): error GG2005: unknown quality statement 'safeguardng'; did you mean 'safeguarding'?",
                "content/topics/s1-basics.yml(8,14): error GG2002: unknown service type 'Q'; use one of A, R",
                "content/topics/s1-basics.yml(13,16): error GG2003: unknown speaker 'persn'; did you mean 'person'?",
            ]);
    }

    [Fact]
    public void Item_ids_must_be_slugs_unique_in_the_topic_and_not_section_anchors()
    {
        Check(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: Basics
            kloe: S1
            summary: x
            intro: x
            recommendations:
              - id: same
                service: A
                text: x
              - id: Not A Slug
                service: A
                text: x
              - id: resources
                service: A
                text: x
            avoid:
              - id: same
                service: A
                text: x
            """)).ShouldBe([
                "content/topics/s1-basics.yml(9,9): error GG2101: 'Not A Slug' is not a valid id: use lower-case letters, digits and single hyphens",
                "content/topics/s1-basics.yml(12,9): error GG2102: the id 'resources' is reserved for a section of the topic page; choose another",
                "content/topics/s1-basics.yml(16,9): error GG2102: the id 'same' is already used in this topic (line 6)",
            ]);
    }

    [Fact]
    public void Two_files_with_the_same_name_would_write_the_same_page()
    {
        Check(SampleGuide.With("""
            -- content/topics/more/s1-basics.yml --
            title: Basics again
            kloe: S1
            summary: x
            intro: x
            recommendations:
              - id: a
                service: A
                text: x
            """)).ShouldBe(["content/topics/s1-basics.yml(1,1): error GG2103: the topic id 's1-basics' is already used by content/topics/more/s1-basics.yml; two pages would share the link @s1-basics"]);
    }

    [Fact]
    public void Every_key_question_needs_its_file_and_key_recommendations_name_its_own_topics()
    {
        var files = SampleGuide.SiteYml + "\n" + SampleGuide.Topic + """

            -- content/key-questions/safe.yml --
            summary: x
            intro: x
            key_recommendations:
              - topic: s1-basic
                points: [a]
            -- content/key-questions/kind.yml --
            summary: x
            intro: x
            """;
        Check(files).ShouldBe([
            "content/key-questions/kind.yml(1,1): error GG2004: 'kind' is not a key question in site.yml",
            "content/key-questions/safe.yml(4,12): error GG2006: unknown topic 's1-basic'; did you mean 's1-basics'?",
            "site.yml(11,5): error GG2104: the key question 'caring' has no content file; add content/key-questions/caring.yml",
        ]);
    }

    [Fact]
    public void Glossary_terms_and_aliases_may_appear_once()
    {
        Check(SampleGuide.With("""
            -- content/glossary.yml --
            terms:
              - term: Mental Capacity Act
                aliases: [MCA]
                meaning: A law.
              - term: mca
                meaning: The same law.
            """)).ShouldBe(["content/glossary.yml(5,5): error GG2105: 'mca' is already defined by the glossary entry 'Mental Capacity Act'"]);
    }

    [Fact]
    public void Links_must_name_existing_pages_and_anchors()
    {
        Check(SampleGuide.With("""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            ## Who we are

            See @s1-basic, [training](@s1-basics#train-staf) and [us](@about#who-we-are).

            Old style [link](../topics/s1-basics.html) and a [web page](https://example.org).
            """)).ShouldBe([
                "content/pages/about.md(7,5): error GG3001: the link @s1-basic names no page; did you mean 's1-basics'?",
                "content/pages/about.md(7,16): error GG3002: the page @s1-basics has no anchor '#train-staf'; did you mean 'train-staff'?",
                "content/pages/about.md(9,11): error GG3003: the link '../topics/s1-basics.html' points at a file; link to pages of the guide with @id (for example @s1-safeguarding) or give a full web address",
            ]);
    }

    [Fact]
    public void Link_errors_come_in_the_same_run_as_every_other_error()
    {
        // A wrong service type stops the build before anything is rendered; the broken link and the
        // missing anchor in other files must still be reported now, not after the first is fixed.
        Check(SampleGuide.With("""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            See @s1-basic and [training](@s1-basics#train-staf).
            -- content/topics/s1-more.yml --
            title: More
            kloe: S1
            summary: x
            intro: y
            quality_statements: [safeguarding]
            recommendations:
              - id: one
                service: Q
                text: Read [the basics](@s1-basicz).
            """)).ShouldBe([
                "content/pages/about.md(5,5): error GG3001: the link @s1-basic names no page; did you mean 's1-basics'?",
                "content/pages/about.md(5,19): error GG3002: the page @s1-basics has no anchor '#train-staf'; did you mean 'train-staff'?",
                "content/topics/s1-more.yml(8,14): error GG2002: unknown service type 'Q'; use one of A, R",
                "content/topics/s1-more.yml(9,16): error GG3001: the link @s1-basicz names no page; did you mean 's1-basics'?",
            ]);
    }

    [Fact]
    public void Links_inside_yaml_block_text_point_at_their_line()
    {
        Check(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: Basics
            kloe: S1
            summary: x
            intro: |
              First line.
              See @nowhere for more.
            recommendations:
              - id: a
                service: A
                text: x
            """)).ShouldHaveSingleItem().ShouldStartWith("content/topics/s1-basics.yml(6,");
    }

    [Fact]
    public void Page_without_front_matter_and_unclosed_front_matter_are_reported()
    {
        Check(SampleGuide.With("""
            -- content/pages/a.md --
            # No front matter
            -- content/pages/b.md --
            ---
            title: B
            """)).ShouldBe([
                "content/pages/a.md(1,1): error GG1002: a page must start with front matter: a line '---', the YAML keys, and another '---'",
                "content/pages/b.md(1,1): error GG1002: the front matter is not closed: add a line '---' after the last key",
            ]);
    }

    [Fact]
    public void Taxonomy_problems_in_site_yml_are_reported()
    {
        var files = SampleGuide.Minimal.Replace("  - code: R\n    label: Residential", "  - code: A\n    label: Residential")
            .Replace("key_question: caring\n    title: Kindness", "key_question: carin\n    title: Kindness");
        Check(files).ShouldBe([
            "site.yml(21,19): error GG2004: unknown key question 'carin'; did you mean 'caring'?",
            "site.yml(30,11): error GG2201: the service type code 'A' is defined twice",
        ]);
    }

    [Fact]
    public void Template_errors_are_reported_with_the_template_position()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        File.WriteAllText(Path.Combine(site.Root, "templates", "page.html"), "<h1>{{ model.title }</h1>");
        var diagnostics = site.Diagnostics();
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.StartsWith("templates/page.html(1,20): error GG4001: "));
    }

    [Fact]
    public void Template_using_an_unknown_variable_fails_the_build()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        File.WriteAllText(Path.Combine(site.Root, "templates", "home.html"), "<p>{{ model.no_such_thing }}</p>");
        site.Diagnostics().ShouldHaveSingleItem().ShouldContain("GG4001");
    }

    [Fact]
    public void Warnings_are_reported_but_do_not_stop_the_build()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/topics/s1-more.yml --
            title: More
            kloe: S1
            summary: x
            intro: x
            recommendations:
              - id: a
                service: A
                text: x
            resources:
              - title: Old link
                publisher: Someone
                url: http://example.org
            """));
        var result = site.Build();

        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "content/topics/s1-more.yml(1,1): warning GG2301: the topic names no statement; add 'quality_statements' so it can be found by its statements",
            "content/topics/s1-more.yml(12,10): warning GG2302: the resource link 'http://example.org' is not an https:// address",
        ]);
        File.Exists(Path.Combine(site.Output, "topics", "s1-more.html")).ShouldBeTrue();
    }
}
