using GuideGen.Testing;

namespace GuideGen.Tests.Validation;

/// <summary>Mistakes a new author makes in the first hour, each reported in plain words at the place it is.</summary>
public class AuthoringMistakeTests
{
    private static IReadOnlyList<string> Errors(string topicTail)
    {
        using var site = new MiniSite(SampleGuide.With(SampleGuide.Topic + "\n" + topicTail));
        return site.Diagnostics().Where(d => d.Contains(": error ")).ToList();
    }

    [Theory]
    [InlineData("avoid:\n", 11, 7)]
    [InlineData("avoid: []\n", 11, 8)]
    [InlineData("avoid: ~\n", 11, 8)]
    [InlineData("examples:\n", 11, 10)]
    [InlineData("examples:\n\nresources: []\n", 11, 10)]
    public void A_list_key_with_no_items_is_reported_however_it_is_written(string tail, int line, int column)
    {
        var key = tail[..tail.IndexOf(':')];
        Errors(tail).ShouldContain($"content/topics/s1-basics.yml({line},{column}): error GG1104: '{key}' is empty; add items or remove it");
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_the_tab()
    {
        Errors("avoid:\n  - id: no-training\n\tservice: A\n    text: No training.\n")
            .ShouldBe(["content/topics/s1-basics.yml(13,1): error GG1009: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"]);
    }

    [Fact]
    public void A_tab_after_spaces_is_reported_at_its_column()
    {
        Errors("avoid:\n  - id: no-training\n  \t service: A\n    text: No training.\n")
            .ShouldBe(["content/topics/s1-basics.yml(13,3): error GG1009: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces"]);
    }
}
