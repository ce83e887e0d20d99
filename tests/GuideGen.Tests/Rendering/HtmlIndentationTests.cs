using GuideGen.Rendering.Templates;

namespace GuideGen.Tests.Rendering;

public class HtmlIndentationTests
{
    [Fact]
    public void Indentation_and_blank_lines_go_and_one_line_break_stays()
    {
        HtmlIndentation.Remove("<ul>\n    <li>a</li>\n\n  \r\n\t<li>b</li>\n</ul>\n")
            .ShouldBe("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    }

    [Fact]
    public void Spaces_within_a_line_are_kept()
    {
        HtmlIndentation.Remove("<p>Two  spaces <em>and</em> more</p>").ShouldBe("<p>Two  spaces <em>and</em> more</p>");
    }

    [Fact]
    public void Pre_and_textarea_keep_their_white_space()
    {
        const string html = "<div>\n  <PRE class=\"x\">\n    code\n\n  more\n</PRE>\n  <textarea>\n  note\n</textarea>\n  <preview>\n  x</preview>";
        HtmlIndentation.Remove(html)
            .ShouldBe("<div>\n<PRE class=\"x\">\n    code\n\n  more\n</PRE>\n<textarea>\n  note\n</textarea>\n<preview>\nx</preview>");
    }

    [Fact]
    public void An_unclosed_pre_keeps_the_rest_as_it_is()
    {
        HtmlIndentation.Remove("<pre>\n  a\n  b").ShouldBe("<pre>\n  a\n  b");
    }
}

/// <summary>
/// The stripper copies from line break to line break and finds pre and textarea a vector at a time; the
/// oracle is the first version, which looked at every tag. Both must agree on any text.
/// </summary>
public class HtmlIndentationOracleTests
{
    private static readonly string[] Pieces =
    [
        "<pre>", "</pre>", "<PRE class=\"x\">", "<pre/>", "<textarea>", "</textarea>", "<TextArea rows=3>", "<preview>", "<pre\n>",
        "</pre", "<", "</", "pre", "<p>", "</p>", "<li>", "text", "a b", "\n", "\n    ", "  ", "\t", "\r\n", "\n\n", "é", "<texta", ">",
    ];

    [Fact]
    public void Agrees_with_the_tag_by_tag_stripper_on_20000_texts()
    {
        var random = new Random(20261205);
        for (var n = 0; n < 20_000; n++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            HtmlIndentation.Remove(html).ShouldBe(TagByTag(html), html);
        }
    }

    private static string TagByTag(string html)
    {
        var into = new System.Text.StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('\n', '<');
            var end = next < 0 ? html.Length : i + next;
            into.Append(html, i, end - i);
            i = end;
            if (i == html.Length) break;
            if (html[i] == '\n')
            {
                into.Append('\n');
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\r' or '\n') i++;
            }
            else if (ElementAt(html, i) is { } element)
            {
                var close = html.AsSpan(i).IndexOf("</" + element, StringComparison.OrdinalIgnoreCase);
                var copyTo = close < 0 ? html.Length : i + close + 2;
                into.Append(html, i, copyTo - i);
                i = copyTo;
            }
            else
            {
                into.Append('<');
                i++;
            }
        }
        return into.ToString();
    }

    private static string? ElementAt(string html, int at)
    {
        foreach (var name in new[] { "pre", "textarea" })
        {
            var after = at + 1 + name.Length;
            if (after <= html.Length && html.AsSpan(at + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is '>' or ' ' or '\t' or '\n' or '\r' or '/'))
                return name;
        }
        return null;
    }
}
