using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Cli;

/// <summary>`guidegen check --search-report`: the site's own search, run on an author's list of queries.</summary>
public class SearchReportTests
{
    [Fact]
    public void Prints_the_first_three_results_of_each_query_and_the_share_that_find_their_topic()
    {
        using var folder = new TempFolder();
        var queries = folder.Combine("queries.txt");
        File.WriteAllText(queries, """
            # Words a manager might type, with the topic that should come up
            whistle blowing	s1-safeguarding
            medication errors	s4-medicines
            pressure sores	w5-working-in-partnership
            zqxwvq
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        GuideGenCli.Run(["check", "--root", Repository.Root, "--search-report", queries], stdout, stderr).ShouldBe(ExitCodes.Success, stderr.ToString());

        var report = stdout.ToString().ReplaceLineEndings("\n");
        report.ShouldContain("whistle blowing  [found]\n   1. ");
        report.ShouldContain("pressure sores  [MISSED: expected w5-working-in-partnership]");
        report.ShouldContain("zqxwvq\n   finds nothing");
        report.ShouldContain("S1 Safeguarding)  topics/s1-safeguarding.html#");
        report.ShouldContain("4 queries, 1 finding nothing.");
        report.ShouldContain("The expected topic is in the first three for 2 of 3 (66.7%).");
    }

    [Fact]
    public void A_missing_queries_file_is_a_usage_error()
    {
        var stderr = new StringWriter();
        GuideGenCli.Run(["check", "--root", Repository.Root, "--search-report", "/nonexistent/queries.txt"], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
        stderr.ToString().ShouldContain("there is no file '/nonexistent/queries.txt'");
        GuideGenCli.Run(["build", "--root", Repository.Root, "--search-report", "q.txt"], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
    }
}
