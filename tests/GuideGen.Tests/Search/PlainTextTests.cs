using CsCheck;
using GuideGen.Search;

namespace GuideGen.Tests.Search;

/// <summary>
/// Search text skips Markdig for items that are literal text, and reuses one renderer per thread for the
/// rest; on any text, with or without markup, the result must be what Markdig's ToPlainText gives.
/// </summary>
public class PlainTextTests
{
    private const string Literal = "abcxyzABCXYZ0123456789 .,;:'\"?()/%-+=#@$^{}éßÆ’“”–—…£€漢";
    private const string Markup = "*_`[]!<>&\\|~\t\n\r\u00a0\u2028\u0085\u200b";
    private const string Blocks = "\n\n- \n1. \n> \n    \n```\n# \n| a | b |\n|---|---|\n";

    [Fact]
    public void Literal_text_is_what_markdig_gives()
    {
        var line = Gen.Select(Gen.Int[0, 3], Gen.Char["abcXYZé漢"], Gen.Char[Literal].Array[0, 30])
            .Select((indent, first, rest) => new string(' ', indent) + first + new string(rest));
        // Paragraphs: lines of literal text, with blank (or all-space) lines and indented continuation lines between.
        string[] separators = ["\n", "\n\n", "\n  \n", "\n    ", "  \n", "\n\n\n"];
        var separator = Gen.Int[0, separators.Length - 1].Select(i => separators[i]);
        var text = Gen.Select(line, Gen.Select(separator, line).Array[0, 4])
            .Select((first, rest) => first + string.Concat(rest.Select(p => p.Item1 + p.Item2)));
        text.Sample(s =>
        {
            PlainText.IsLiteral(s).ShouldBeTrue();
            PlainText.Of(s).ShouldBe(PlainText.ByMarkdig(s));
        }, iter: 3000);
    }

    [Fact]
    public void Text_with_markup_is_what_markdig_gives()
    {
        var piece = Gen.OneOf(Gen.Char[Literal + Markup + Markup].Array[0, 12].Select(c => new string(c)),
            Gen.Int[0, Blocks.Length - 1].Select(i => Blocks[i..Math.Min(Blocks.Length, i + 6)]));
        // One after another on one thread: whatever a text leaves in the reused renderer must not show in the next.
        piece.Array[0, 8].Select(p => string.Concat(p)).Sample(s => PlainText.Of(s).ShouldBe(PlainText.ByMarkdig(s)), iter: 3000, threads: 1);
    }

    [Theory]
    [InlineData("Use **bold** text")]
    [InlineData("1. A list")]
    [InlineData("- An item")]
    [InlineData("# A heading")]
    [InlineData("A [link](x.html)")]
    [InlineData("Fish &amp; chips")]
    [InlineData("A | table")]
    [InlineData("    code")]
    [InlineData("A paragraph\n\n    then code")]
    [InlineData("A paragraph\n* then a list")]
    [InlineData("Heading\n===")]
    public void Markup_is_not_literal(string markdown) => PlainText.IsLiteral(markdown).ShouldBeFalse();

    [Theory]
    [InlineData("Plain words, with punctuation: (and) 100% of it – “quoted”.")]
    [InlineData("C# and F# on 1/2 of days")]
    public void Words_and_punctuation_are_literal(string text)
    {
        PlainText.IsLiteral(text).ShouldBeTrue();
        PlainText.Of(text).ShouldBe(text);
        PlainText.ByMarkdig(text).ShouldBe(text);
    }

    [Fact]
    public void Paragraphs_of_words_are_literal_and_read_as_one_line()
    {
        const string text = "First line\n   goes on  \n\nSecond paragraph.\n";
        PlainText.IsLiteral(text).ShouldBeTrue();
        PlainText.Of(text).ShouldBe("First line goes on Second paragraph.");
        PlainText.ByMarkdig(text).ShouldBe("First line goes on Second paragraph.");
    }
}
