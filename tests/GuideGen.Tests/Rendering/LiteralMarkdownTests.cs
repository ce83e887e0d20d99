using CsCheck;
using GuideGen.Rendering.Markdown;
using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// Fragments that are only words skip Markdig (<see cref="LiteralMarkdown"/>); whenever the fast path
/// answers, its HTML must be Markdig's to the byte, with and without paragraph tags, on any text.
/// </summary>
public class LiteralMarkdownTests
{
    private const string Literal = "abcxyzABCXYZ0123456789 .,;:'\"?()/%-+=#$^{}éßÆ’“”–—…£€漢";
    private const string Markup = "*_`[]!<>&\\|~@\t\r\u00a0\u2028\u0085\u200b";
    private const string Blocks = "\n\n- \n1. \n> \n    \n```\n# \n===\n---\n| a | b |\n|---|---|\n";

    private static void SameAsMarkdig(string text)
    {
        foreach (var inline in new[] { false, true })
            if (LiteralMarkdown.Html(text, inline) is { } html)
                html.ShouldBe(MarkdownRenderer.ByMarkdig(text, inline), $"inline: {inline}, text: {text.ReplaceLineEndings("\\n")}");
    }

    [Fact]
    public void Paragraphs_of_words_take_the_fast_path_and_give_markdigs_html()
    {
        var line = Gen.Select(Gen.Char["abcXYZé漢"], Gen.Char[Literal].Array[0, 30]).Select((first, rest) => (first + new string(rest)).TrimEnd(' '))
            .Where(l => l.Length > 0);
        var text = Gen.Select(line, Gen.Select(Gen.OneOf(Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("\n\n\n")), line).Array[0, 4], Gen.Bool)
            .Select((first, rest, endsWithBreak) => first + string.Concat(rest.Select(p => p.Item1 + p.Item2)) + (endsWithBreak ? "\n" : ""));
        text.Sample(s =>
        {
            LiteralMarkdown.Html(s, inline: false).ShouldNotBeNull(s);
            SameAsMarkdig(s);
        }, iter: 3000, threads: 1);
    }

    [Fact]
    public void Any_text_the_fast_path_answers_is_markdigs_html()
    {
        var piece = Gen.OneOf(Gen.Char[Literal + Markup + Markup].Array[0, 12].Select(c => new string(c)),
            Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i..Math.Min(Blocks.Length, i + 6)]));
        piece.Array[0, 8].Select(p => string.Concat(p)).Sample(SameAsMarkdig, iter: 5000, threads: 1);
    }

    [Theory]
    [InlineData("Use **bold** text")]
    [InlineData("See @s1-basics")]
    [InlineData("A line  \nwith a hard break")]
    [InlineData("Trailing space ")]
    [InlineData("  indented")]
    [InlineData("Fish & chips")]
    [InlineData("a\n===")]
    [InlineData("Tabs\tinside")]
    [InlineData("")]
    public void Anything_else_goes_through_markdig(string text) => LiteralMarkdown.Html(text, inline: false).ShouldBeNull();

    [Fact]
    public void A_glossary_term_in_literal_text_is_still_linked()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- content/glossary.yml --
            terms:
              - term: Deprivation of Liberty Safeguards
                id: dols
                aliases: [DoLS]
                meaning: The legal process for depriving someone of their liberty in a care home.
            """).Replace("text: Train staff.", "text: Check every DoLS application. Check the DoLS again."));
        var result = site.Build();

        result.Diagnostics.ShouldBeEmpty();
        var html = site.ReadOutput("topics/s1-basics.html");
        html.ShouldContain("""Check every <a href="../glossary.html#dols" class="glossary-term" aria-describedby="tip-dols">DoLS</a> application. Check the DoLS again.""");
    }
}
