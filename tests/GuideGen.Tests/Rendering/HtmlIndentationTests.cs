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
