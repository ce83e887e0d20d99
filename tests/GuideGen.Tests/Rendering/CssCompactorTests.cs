using System.Text;
using GuideGen.Rendering.Output;

namespace GuideGen.Tests.Rendering;

public class CssCompactorTests
{
    private static string Compact(string css) => Encoding.UTF8.GetString(CssCompactor.Compact(Encoding.UTF8.GetBytes(css)));

    [Fact]
    public void Comments_and_runs_of_whitespace_go()
    {
        Compact("""
            /* Why the cards grow. */
            .card-cut {
              min-height: 80mm;  /* a sixth of a sheet */
              border: 1px   dashed #000;
            }

            .a > .b, .c .d { color: red; }
            """).ShouldBe(".card-cut{min-height: 80mm;border: 1px dashed #000;}.a > .b, .c .d{color: red;}");
    }

    [Fact]
    public void Strings_and_selectors_are_kept_exactly()
    {
        Compact(""".good::before { content: "✓  /* not a comment */ "; } a :focus { quotes: '\'' "\""; }""")
            .ShouldBe(""".good::before{content: "✓  /* not a comment */ ";}a :focus{quotes: '\'' "\"";}""");
    }

    [Fact]
    public void A_comment_is_not_whitespace_but_keeps_two_words_apart()
    {
        Compact(".a/* x */.b{margin:0/**/auto}").ShouldBe(".a.b{margin:0 auto}");
    }
}
