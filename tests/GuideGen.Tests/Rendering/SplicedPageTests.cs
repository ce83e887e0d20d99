using System.Text;
using GuideGen.Rendering.Output;
using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

/// <summary>Print books are rendered with stand-ins for the topics' sections, which are put in as bytes.</summary>
public class SplicedPageTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Stand_ins_are_replaced_by_their_parts_in_order_and_may_repeat()
    {
        var page = $"<h1>Café</h1>{SplicedPage.StandIn(1)}<hr>{SplicedPage.StandIn(0)}{SplicedPage.StandIn(1)}<p>fin</p>";
        Encoding.UTF8.GetString(SplicedPage.Splice(page, [Utf8("<p>zéro</p>"), Utf8("<p>one</p>")]))
            .ShouldBe("<h1>Café</h1><p>one</p><hr><p>zéro</p><p>one</p><p>fin</p>");
    }

    [Fact]
    public void A_fence_that_is_not_a_stand_in_stays_text_and_later_stand_ins_still_work()
    {
        var page = "a\uFFFFx\uFFFF b \uFFFF9\uFFFF " + SplicedPage.StandIn(0) + " \uFFFF";
        Encoding.UTF8.GetString(SplicedPage.Splice(page, [Utf8("[part]")])).ShouldBe("a\uFFFFx\uFFFF b \uFFFF9\uFFFF [part] \uFFFF");
    }

    [Theory]
    [InlineData("<h1>Café 👩🏽‍⚕️</h1>{1}<hr>{0}{1}<p>fin</p>")]
    [InlineData("a\uFFFFx\uFFFF b {0} \uFFFF")]
    [InlineData("{0}")]
    [InlineData("no stand-ins at all")]
    public void Spliced_into_a_stream_the_page_is_the_same_bytes(string template)
    {
        var page = template.Replace("{0}", SplicedPage.StandIn(0)).Replace("{1}", SplicedPage.StandIn(1));
        byte[][] parts = [Utf8("<p>zéro</p>"), Utf8("<p>one</p>")];
        using var stream = new MemoryStream();

        SplicedPage.SpliceTo(page, parts, stream);

        stream.ToArray().ShouldBe(SplicedPage.Splice(page, parts));
    }

    [Fact]
    public void Content_cannot_smuggle_a_stand_in_onto_a_page()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("title: Basics", "title: \"Basics \\uFFFF0\\uFFFF\""));
        site.Build().Succeeded.ShouldBeTrue();
        var book = site.ReadOutput("print/guide.html");
        book.ShouldContain("Basics \uFFFF0\uFFFF</h2>", Case.Sensitive, "a look-alike stays text");
        book.ShouldContain("pack-s1-basics-heading", Case.Sensitive, "the real section is still there");
    }
}
