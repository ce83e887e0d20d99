using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// The limits that bound the work one file can cause: each is reported as a positioned diagnostic
/// instead of a stack overflow (which no catch can stop), a hang, or memory exhausted.
/// </summary>
public class InputLimitTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static IReadOnlyList<Diagnostic> Check(string path, string text)
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Write(path, text);
        return site.Build(checkOnly: true).Diagnostics;
    }

    [Theory]
    [InlineData(100)]
    [InlineData(200_000)] // would overflow the stack of the recursive tree reader without the limit
    public void YAML_nested_deeper_than_64_levels_is_GG1005(int depth)
    {
        var diagnostics = Check("content/topics/s1-basics.yml", "title: " + Repeat("[", depth) + Repeat("]", depth) + "\n");
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.YamlTooDeep);
        d.Span.ShouldBe(new SourceSpan("content/topics/s1-basics.yml", 1, 8 + 63)); // the 64th '[' opens the 65th level
    }

    [Fact]
    public void An_alias_bomb_is_GG1006_at_the_alias_that_crosses_the_limit()
    {
        var bomb = new StringBuilder("a0: &a0 lol\n");
        for (var level = 1; level <= 9; level++)
            bomb.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        bomb.Append("title: *a9\n");

        var d = Check("content/topics/s1-basics.yml", bomb.ToString()).ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.YamlAliasExpansion);
        d.Span.Path.ShouldBe("content/topics/s1-basics.yml");
        d.Span.Line.ShouldBeInRange(4, 6); // 9^4 = 6,561 copies so far; the fifth level's aliases cross 10,000
    }

    [Fact]
    public void Anchors_and_aliases_used_modestly_still_work()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/topics/s1-basics.yml --
            title: Basics
            kloe: S1
            summary: The basics of safeguarding.
            quality_statements: &statements [safeguarding]
            intro: Start here.
            recommendations:
              - id: train-staff
                service: &all A
                text: Train staff.
              - id: check-understanding
                service: *all
                text: Check what they understood.
            """));
        site.Build(checkOnly: true).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("- ", 50_000)]
    [InlineData("[", 100_000)]
    [InlineData("[a](", 100_000)] // took Markdig minutes: every unclosed '(' is scanned to the end of the text
    [InlineData("**a ", 50_000)]
    public void Markdown_nested_deeper_than_32_levels_in_a_page_is_GG1007(string unit, int times)
    {
        var diagnostics = Check("content/pages/deep.md", "---\ntitle: Deep\nsummary: Deep.\n---\nIntro.\n" + Repeat(unit, times) + "x\n");
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.MarkdownTooDeep);
        d.Span.Path.ShouldBe("content/pages/deep.md");
        d.Span.Line.ShouldBe(6); // the line after "Intro."
    }

    [Fact]
    public void Markdown_nested_too_deep_in_a_YAML_text_is_GG1007_at_its_line()
    {
        var diagnostics = Check("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("  Start here.", "  Start here.\n  " + Repeat("> ", 40) + "deep"));
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.MarkdownTooDeep);
        d.Span.Line.ShouldBe(7);
    }

    [Fact]
    public void Ordinary_nesting_and_brackets_are_not_refused()
    {
        var body = "> quoted\n> > twice\n\n- a\n  - b\n    - c\n\n(see [the list](https://example.org/a_(b)) and **bold _and italic_**)\n";
        Check("content/pages/ok.md", "---\ntitle: Fine\nsummary: Fine.\n---\n" + body).ShouldBeEmpty();
    }

    [Fact]
    public void A_content_file_over_1_MB_is_GG0003_and_is_not_parsed()
    {
        var big = new StringBuilder("title: Basics\n");
        while (big.Length <= GuideFiles.MaxFileBytes) big.Append("# filler filler filler filler filler filler\n");
        big.Append("kloe: [unclosed\n"); // a syntax error that parsing would report

        var d = Check("content/topics/s1-basics.yml", big.ToString()).ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.FileTooLarge);
        d.Span.ShouldBe(SourceSpan.FileStart("content/topics/s1-basics.yml"));
    }
}
