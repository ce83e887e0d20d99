using GuideGen.Rendering.Templates;
using GuideGen.Testing;

namespace GuideGen.Tests.Rendering;

public class TemplateFunctionsTests
{
    [Theory]
    [InlineData(0, "checklist", null, "0 checklists")]
    [InlineData(1, "checklist", null, "1 checklist")]
    [InlineData(24, "quality statement", null, "24 quality statements")]
    [InlineData(1, "person", "people", "1 person")]
    [InlineData(3, "person", "people", "3 people")]
    public void Plural_puts_the_noun_in_the_number_of_its_count(int count, string singular, string? plural, string expected) =>
        TemplateFunctions.Plural(count, singular, plural).ShouldBe(expected);

    [Fact]
    public void A_guide_with_one_topic_says_one_topic()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        var home = site.ReadOutput("index.html");
        home.ShouldContain("1 topic ·");
        home.ShouldContain("1 recommendation, example or sign to look for");
        site.ReadOutput("key-questions/safe.html").ShouldContain("1 recommendation · 0 examples");
    }
}
