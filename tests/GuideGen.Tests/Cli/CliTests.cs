using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Cli;

/// <summary>The real command line, run in-process with captured output.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = GuideGenCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "-h")]
    public void Help_is_available_for_every_command(params string[] args)
    {
        var (exit, output, _) = Run(args);
        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain("Usage:");
        output.ShouldContain("Exit codes");
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--colour")]
    [InlineData("build", "--root")]
    [InlineData("check", "--output", "x")]
    [InlineData("build", "--search-shards", "sometimes")]
    [InlineData("build", "--search-shards", "1")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        exit.ShouldBe(ExitCodes.UsageError);
        error.ShouldStartWith("guidegen: ");
    }

    [Fact]
    public void Build_writes_the_site_and_reports_success()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (exit, output, error) = Run("build", "--root", site.Root);

        error.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain("Built 1 topic");
        File.Exists(Path.Combine(site.Output, "topics", "s1-basics.html")).ShouldBeTrue();
    }

    [Fact]
    public void Build_splits_the_search_index_into_shards_when_asked()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        Run("build", "--root", site.Root, "--search-shards", "always").Exit.ShouldBe(ExitCodes.Success);
        Directory.GetFiles(Path.Combine(site.Output, "assets", "search"), "t*.js").ShouldNotBeEmpty();
        site.ReadOutput("assets/search-index.js").ShouldContain("termShards");

        Run("build", "--root", site.Root, "--search-shards", "never").Exit.ShouldBe(ExitCodes.Success);
        Directory.Exists(Path.Combine(site.Output, "assets", "search")).ShouldBeFalse();
        site.ReadOutput("assets/search-index.js").ShouldNotContain("termShards");
    }

    [Fact]
    public void Build_to_a_chosen_output_folder()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        using var output = new TempFolder();
        var target = output.Combine("site");
        Run("build", "--root", site.Root, "--output", target).Exit.ShouldBe(0);
        File.Exists(Path.Combine(target, "index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Content_errors_print_every_diagnostic_in_canonical_form_and_exit_with_1()
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace("kloe: S1", "kloe: S9").Replace("service: A", "service: Z"));
        var (exit, _, error) = Run("check", "--root", site.Root);

        exit.ShouldBe(ExitCodes.ContentErrors);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\S+\(\d+,\d+\): error GG\d{4}: ")).ShouldBe(2);
        lines[^1].ShouldStartWith("Check failed: 2 errors, 0 warnings.");
    }

    [Fact]
    public void Check_writes_nothing()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        Run("check", "--root", site.Root).Exit.ShouldBe(0);
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public void A_folder_without_site_yml_is_a_content_error_not_a_crash()
    {
        using var empty = new TempFolder();
        var (exit, _, error) = Run("build", "--root", empty.Path);
        exit.ShouldBe(ExitCodes.ContentErrors);
        error.ShouldContain("site.yml(1,1): error GG0001: there is no site.yml");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("content/out")]
    [InlineData("..")]
    public void Output_may_not_replace_the_guide_itself(string output)
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (exit, _, error) = Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, output));
        exit.ShouldBe(ExitCodes.ContentErrors);
        error.ShouldContain("error GG9001");
        File.Exists(Path.Combine(site.Root, "site.yml")).ShouldBeTrue();
    }
}

public class PdfWithoutChromiumTests
{
    [Fact]
    public void Pdf_without_chromium_says_how_to_install_it()
    {
        var before = Environment.GetEnvironmentVariable("GUIDEGEN_CHROMIUM");
        Environment.SetEnvironmentVariable("GUIDEGEN_CHROMIUM", "/nonexistent/chromium");
        try
        {
            var stderr = new StringWriter();
            GuideGenCli.Run(["pdf", "--root", "."], new StringWriter(), stderr).ShouldBe(ExitCodes.UnexpectedFailure);
            stderr.ToString().ShouldContain("apt-get install chromium");
        }
        finally
        {
            Environment.SetEnvironmentVariable("GUIDEGEN_CHROMIUM", before);
        }
    }
}
