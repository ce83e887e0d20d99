using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.BrowserTests;

/// <summary>`guidegen pdf` prints a key question and a training pack with Debian's Chromium; poppler reads the result.</summary>
public class PdfCommandTests
{

    [Theory]
    [InlineData("--key-question", "caring", new[] { "Contents", "C1 Kindness", "C2 Involving people", "C3 Privacy, dignity and independence" })]
    [InlineData("--pack", "induction-keeping-people-safe", new[] { "Induction: keeping people safe", "S1 Safeguarding", "S4 Medicines" })]
    public void Prints_to_pdf_with_the_expected_pages_and_text(string option, string id, string[] expected)
    {
        using var folder = new TempFolder("guidegen-pdf-test");
        var pdf = folder.Combine(id + ".pdf");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = GuideGenCli.Run(["pdf", "--root", Repository.Root, option, id, "--output", pdf], stdout, stderr);

        exit.ShouldBe(ExitCodes.Success, stderr.ToString());
        var pages = Tool.PdfPages(pdf);
        pages.ShouldBeGreaterThan(5);
        var text = Tool.Run("pdftotext", pdf, "-");
        foreach (var phrase in expected) text.ShouldContain(phrase);
        text.ShouldNotContain("Search the guide");
    }

    [Fact]
    public void An_unknown_key_question_is_a_usage_error()
    {
        var stderr = new StringWriter();
        GuideGenCli.Run(["pdf", "--root", Repository.Root, "--key-question", "kind"], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
        stderr.ToString().ShouldContain("no key question 'kind'");
    }
}
