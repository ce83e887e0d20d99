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
        var text = Gen.Select(Gen.Char["abcXYZé漢"], Gen.Char[Literal].Array[0, 40]).Select((first, rest) => first + new string(rest));
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
    [InlineData("Line one\nline two")]
    [InlineData("    code")]
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
}
