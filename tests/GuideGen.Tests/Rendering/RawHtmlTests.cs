using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

/// <summary>Raw HTML in Markdown: the allow-list keeps harmless tags, everything else is shown as text and reported (GG1201).</summary>
public class RawHtmlTests
{
    private static (string Html, IReadOnlyList<string> Diagnostics) BuildPage(string body, string siteYmlExtra = "")
    {
        using var site = new MiniSite(SampleGuide.With($"""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            {body}
            """).Replace("storage_namespace: test-guide", "storage_namespace: test-guide\n" + siteYmlExtra));
        var result = site.Build();
        var diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList();
        var html = result.Succeeded ? site.ReadOutput("pages/about.html") : "";
        return (html, diagnostics);
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [Fact]
    public void Allowed_tags_are_kept_in_a_normalised_form()
    {
        var (html, diagnostics) = BuildPage("Press <KBD>Ctrl</KBD> and H<sub>2</sub>O, <abbr title='Care Quality &amp; Commission'>CQC</abbr>.");
        diagnostics.ShouldBeEmpty();
        html.ShouldContain("<kbd>Ctrl</kbd>");
        html.ShouldContain("H<sub>2</sub>O");
        html.ShouldContain("""<abbr title="Care Quality &amp; Commission">CQC</abbr>""");
    }

    [Fact]
    public void Details_blocks_keep_markdown_inside()
    {
        var (html, diagnostics) = BuildPage("<details>\n<summary>More</summary>\n\nSome **bold** text.\n\n</details>");
        diagnostics.ShouldBeEmpty();
        var main = string.Join("", MainOf(html).Split('\n').Select(l => l.Trim()));
        main.ShouldContain("<details><summary>More</summary><p>Some <strong>bold</strong> text.</p></details>");
    }

    [Theory]
    [InlineData("Hello <script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;", "<img")]
    [InlineData("<span onclick=\"alert(1)\">x</span>", "&lt;span onclick=&quot;alert(1)&quot;&gt;x&lt;/span&gt;", "<span")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "&lt;iframe", "<iframe")]
    [InlineData("<svg><script>alert(1)</script></svg>", "&lt;svg&gt;", "<svg")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "&lt;a href=", "<a ")]
    [InlineData("<span style=\"color:red\">x</span>", "&lt;span style=", "<span style")]
    [InlineData("<![CDATA[<script>alert(1)</script>]]>", "&lt;![CDATA[", "<script")]
    public void Other_html_is_shown_as_text_with_a_warning(string body, string escaped, string absent)
    {
        var (html, diagnostics) = BuildPage(body);
        MainOf(html).ShouldContain(escaped);
        MainOf(html).ShouldNotContain(absent);
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Contains("warning GG1201") && d.Contains("about.md(5,"));
    }

    [Fact]
    public void A_multi_line_html_block_reports_the_line_of_the_bad_tag()
    {
        var (_, diagnostics) = BuildPage("<div>\n<p>fine</p>\n<style>p{}</style>\n</div>");
        diagnostics.ShouldContain(d => d.Contains("about.md(7,1): warning GG1201") && d.Contains("<style>"));
    }

    [Fact]
    public void Comments_are_dropped_silently()
    {
        var (html, diagnostics) = BuildPage("Text <!-- a note for editors --> here.\n\n<!-- block note -->");
        diagnostics.ShouldBeEmpty();
        html.ShouldNotContain("note");
    }

    [Fact]
    public void Unclosed_tags_are_closed_and_stray_end_tags_shown()
    {
        var (html, diagnostics) = BuildPage("A <mark>marked\n\nNext </mark> para.");
        html.ShouldContain("<p>A <mark>marked</mark></p>");
        html.ShouldContain("<p>Next &lt;/mark&gt; para.</p>");
        diagnostics.ShouldHaveSingleItem().ShouldContain("GG1201");
    }

    [Fact]
    public void Strict_mode_makes_disallowed_html_an_error()
    {
        var (_, diagnostics) = BuildPage("Hello <b>bold</b>", "raw_html:\n  strict: true");
        diagnostics.ShouldContain(d => d.Contains("error GG1201"));
    }

    [Fact]
    public void The_allow_list_is_configurable()
    {
        var (html, diagnostics) = BuildPage("<b class=\"x\">bold</b> and <kbd>K</kbd>", "raw_html:\n  elements: [b]\n  attributes: [class]");
        html.ShouldContain("""<b class="x">bold</b>""");
        html.ShouldContain("&lt;kbd&gt;K");
        diagnostics.ShouldAllBe(d => d.Contains("GG1201"));
    }

    [Theory]
    [InlineData("elements: [script]", "'script'")]
    [InlineData("elements: [iframe]", "'iframe'")]
    [InlineData("elements: [img]", "'img'")]
    [InlineData("attributes: [onclick]", "event handler")]
    [InlineData("attributes: [href]", "address")]
    [InlineData("attributes: [style]", "inline styles")]
    [InlineData("attributes: [id]", "'id'")]
    public void Unsafe_allow_lists_are_refused(string setting, string expected)
    {
        var (_, diagnostics) = BuildPage("Text.", "raw_html:\n  " + setting);
        diagnostics.ShouldContain(d => d.Contains("site.yml(") && d.Contains("error GG2203") && d.Contains(expected));
    }

    [Fact]
    public void Unknown_raw_html_keys_are_errors()
    {
        var (_, diagnostics) = BuildPage("Text.", "raw_html:\n  element: [b]");
        diagnostics.ShouldContain(d => d.Contains("GG1101") && d.Contains("elements"));
    }
}

/// <summary>Links and images whose address could run script are errors (GG3004), however the scheme is disguised.</summary>
public class UnsafeLinkTests
{
    [Fact]
    public void Web_images_are_warned_about_because_the_policy_would_block_them()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            A chart: ![Falls by month](https://example.org/falls.png) and a [link](https://example.org/).
            """));
        site.Diagnostics().ShouldHaveSingleItem().ShouldContain("about.md(5,10): warning GG3005");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("![x](data:image/svg+xml,<svg/onload=alert(1)>)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    public void Script_addresses_are_errors(string body)
    {
        using var site = new MiniSite(SampleGuide.With($"""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            {body}
            """));
        var diagnostics = site.Diagnostics();
        diagnostics.ShouldContain(d => d.Contains("about.md(5,") && d.Contains("error GG3004"));
    }

    [Fact]
    public void A_resource_with_a_script_address_is_an_error()
    {
        using var site = new MiniSite(SampleGuide.Minimal + "\n" + """
            resources:
              - title: Bad
                publisher: Someone
                url: "javascript:alert(1)"
            """);
        site.Diagnostics().ShouldContain(d => d.Contains("s1-basics.yml(") && d.Contains("error GG3004"));
    }

    [Fact]
    public void Web_mail_and_phone_links_stay_allowed()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/pages/about.md --
            ---
            title: About
            summary: About the guide.
            ---
            [a](https://example.org) [b](mailto:a@example.org) [c](tel:+441234) <https://example.org/x>
            """));
        site.Diagnostics().ShouldBeEmpty();
    }
}
