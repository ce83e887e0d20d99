using System.Text.RegularExpressions;
using CsCheck;
using GuideGen.Rendering.Views;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// Packs and print books prefix each topic's ids with <see cref="IdPrefixer"/>, a scan that replaced two regular
/// expressions; those stay here as the oracle, so the scan's output is theirs to the byte, odd input included.
/// </summary>
public class IdPrefixerTests
{
    private static string ByRegex(string html, string prefix) =>
        Regex.Replace(Regex.Replace(html, "(<section [^>]*?) aria-label(?:ledby)?=\"[^\"]*\"", "$1"),
            "(id|aria-labelledby|aria-describedby)=\"([^\"]+)\"|href=\"#([^\"]+)\"",
            m => m.Groups[3].Success ? $"href=\"#{prefix}-{m.Groups[3].Value}\"" : $"{m.Groups[1].Value}=\"{prefix}-{m.Groups[2].Value}\"");

    private static string Prefix(string prefix, params string[] parts) => IdPrefixer.Prefix(parts.Select(System.Text.Encoding.UTF8.GetBytes), prefix);

    [Theory]
    [InlineData("<li id=\"r1\">x</li>", "<li id=\"t-r1\">x</li>")]
    [InlineData("<a href=\"#r1\">x</a> <a href=\"other.html#r1\">y</a> <a href=\"#\">z</a>", "<a href=\"#t-r1\">x</a> <a href=\"other.html#r1\">y</a> <a href=\"#\">z</a>")]
    [InlineData("<p aria-describedby=\"n1\" class=\"c\" aria-labelledby=\"h1\">", "<p aria-describedby=\"t-n1\" class=\"c\" aria-labelledby=\"t-h1\">")]
    [InlineData("<p id=\"\" data-id=\"d\" ID=\"u\" id='s'>", "<p id=\"\" data-id=\"t-d\" ID=\"u\" id='s'>")]
    [InlineData("<section id=\"intro\" class=\"prose block\" aria-label=\"Introduction\">", "<section id=\"t-intro\" class=\"prose block\">")]
    [InlineData("<section aria-labelledby=\"a-heading\" id=\"a\">", "<section aria-labelledby=\"t-a-heading\" id=\"t-a\">")]
    [InlineData("<section class=\"x\" aria-labelledby=\"h\" aria-label=\"y\" id=\"a\">", "<section class=\"x\" aria-label=\"y\" id=\"t-a\">")]
    [InlineData("<div aria-label=\"n\"><section data-x=\"a>b\" aria-label=\"y\">", "<div aria-label=\"n\"><section data-x=\"a>b\" aria-label=\"y\">")]
    [InlineData("<li id=\"open", "<li id=\"open")]
    public void Matches_what_the_expressions_did(string html, string expected)
    {
        ByRegex(html, "t").ShouldBe(expected);
        Prefix("t", html).ShouldBe(expected);
    }

    [Fact]
    public void Blocks_are_one_text_to_the_scan()
    {
        Prefix("t", "<section class=\"a\"", " aria-label=\"x\">", "<p i", "d=\"q\">").ShouldBe("<section class=\"a\"><p id=\"t-q\">");
        Prefix("t").ShouldBe("");
    }

    [Fact]
    public void Any_text_comes_out_as_the_expressions_made_it()
    {
        string[] pieces = ["<section ", " aria-label", "ledby", "=\"", "\"", ">", "<", " ", "id", "i", "d", "aria-labelledby", "aria-describedby",
            "href", "#", "=", "x", "é", "\n", "<section  aria-label=\"n\"", " id=\"a\"", "href=\"#b\""];
        var text = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 24].Select(p => string.Concat(p));
        Gen.Select(text, text).Sample((a, b) => Prefix("p-1", a, b).ShouldBe(ByRegex(a + b, "p-1")), iter: 20000, threads: 1);
    }
}
