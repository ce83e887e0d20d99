using System.Text.Json;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Cli;

/// <summary>`guidegen new` scaffolds files that build; `check --format json` and `--warnings-as-errors` serve tools and CI.</summary>
public class AuthoringCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (GuideGenCli.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Scaffolded_topic_checklist_and_page_build_without_errors()
    {
        // The sample guide with the bundled guide's self-assessment settings, which checklists need.
        var bundled = File.ReadAllText(Path.Combine(Repository.Root, "site.yml"));
        var assessment = bundled[bundled.IndexOf("\nassessment:", StringComparison.Ordinal)..];
        using var site = new MiniSite(SampleGuide.Minimal);
        File.AppendAllText(Path.Combine(site.Root, "site.yml"), assessment);
        Run("new", "topic", "c1", "Small acts of kindness", "--root", site.Root).Exit.ShouldBe(0);
        Run("new", "checklist", "C1", "--root", site.Root).Exit.ShouldBe(0);
        Run("new", "page", "Local contacts & numbers", "--root", site.Root).Exit.ShouldBe(0);

        File.Exists(Path.Combine(site.Root, "content", "topics", "caring", "c1-small-acts-of-kindness.yml")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Root, "content", "checklists", "c1.yml")).ShouldBeTrue();
        File.Exists(Path.Combine(site.Root, "content", "pages", "local-contacts-numbers.md")).ShouldBeTrue();
        var result = site.Build();
        result.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error).ShouldBeEmpty();
        File.Exists(Path.Combine(site.Output, "topics", "c1-small-acts-of-kindness.html")).ShouldBeTrue();
    }

    [Fact]
    public void New_never_overwrites_and_rejects_unknown_kloes()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        Run("new", "page", "About", "--root", site.Root).Exit.ShouldBe(0);
        File.WriteAllText(Path.Combine(site.Root, "content", "pages", "about.md"), "mine");
        var again = Run("new", "page", "About", "--root", site.Root);
        again.Exit.ShouldBe(ExitCodes.UsageError);
        again.Err.ShouldContain("already exists");
        File.ReadAllText(Path.Combine(site.Root, "content", "pages", "about.md")).ShouldBe("mine");

        var unknown = Run("new", "topic", "S9", "Title", "--root", site.Root);
        unknown.Exit.ShouldBe(ExitCodes.UsageError);
        unknown.Err.ShouldContain("did you mean 'S1'");
    }

    [Fact]
    public void Check_can_report_as_json()
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace("kloe: S1", "kloe: S9"));
        var (exit, output, _) = Run("check", "--root", site.Root, "--format", "json");

        exit.ShouldBe(ExitCodes.ContentErrors);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("succeeded").GetBoolean().ShouldBeFalse();
        json.GetProperty("errors").GetInt32().ShouldBe(1);
        var diagnostic = json.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("code").GetString().ShouldBe("GG2001");
        diagnostic.GetProperty("path").GetString().ShouldBe("content/topics/s1-basics.yml");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Warnings_as_errors_fails_the_check_and_the_build_writes_nothing()
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace("quality_statements: [safeguarding]\n", ""));
        Run("check", "--root", site.Root).Exit.ShouldBe(ExitCodes.Success);
        Run("check", "--root", site.Root, "--warnings-as-errors").Exit.ShouldBe(ExitCodes.ContentErrors);
        Run("build", "--root", site.Root, "--warnings-as-errors").Exit.ShouldBe(ExitCodes.ContentErrors);
        Directory.Exists(site.Output).ShouldBeFalse();
    }

    [Fact]
    public void Progress_lists_each_step_as_it_finishes_and_is_quiet_otherwise()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var withProgress = new StringWriter();
        BuildCommand.Run(new GuideGen.Cli.Building.BuildOptions(site.Root), verbose: false, withProgress, new StringWriter(), progress: true).ShouldBe(0);
        withProgress.ToString().ShouldContain("load content");
        withProgress.ToString().ShouldContain("write output");

        var quiet = new StringWriter();
        BuildCommand.Run(new GuideGen.Cli.Building.BuildOptions(site.Root), verbose: false, quiet, new StringWriter()).ShouldBe(0);
        quiet.ToString().ShouldNotContain("load content");
    }
}
