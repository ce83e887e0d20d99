using System.Text.RegularExpressions;
using CsCheck;
using GuideGen.Search;

namespace GuideGen.Tests.Search;

/// <summary>The tokenizer gives the pieces of MiniSearch's regular expression split, empty first and last pieces included.</summary>
public class TextAnalyzerTests
{
    private static readonly Regex MiniSearchSeparators = new(@"[\n\r\p{Z}\p{P}]+");

    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        foreach (var piece in TextAnalyzer.Pieces(text)) pieces.Add(piece.ToString());
        return pieces;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("care")]
    [InlineData(" care plans, reviewed. ")]
    [InlineData("person-centred\u00a0care\u2014always\r\n“safe”")]
    public void Pieces_are_those_of_the_regular_expression(string text) =>
        Pieces(text).ShouldBe(MiniSearchSeparators.Split(text));

    [Fact]
    public void Pieces_of_any_text_are_those_of_the_regular_expression() =>
        Gen.Char["ab1 -.,\n\r\t'’“\u00a0\u2028_(é"].Array[0, 20].Select(c => new string(c))
            .Sample(text => Pieces(text).ShouldBe(MiniSearchSeparators.Split(text)), iter: 2000);
}
