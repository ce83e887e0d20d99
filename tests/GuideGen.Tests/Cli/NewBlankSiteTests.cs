using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Cli;

/// <summary>`guidegen new site DIR --blank`: a minimal guide in neutral words that builds clean.</summary>
public class NewBlankSiteTests
{
    [Fact]
    public void A_blank_guide_builds_clean_and_speaks_no_framework()
    {
        using var folder = new TempFolder("guidegen-blank");
        var target = folder.Combine("my-guide");
        var stdout = new StringWriter();
        GuideGenCli.Run(["new", "site", target, "--blank"], stdout, new StringWriter()).ShouldBe(ExitCodes.Success);
        stdout.ToString().ShouldContain("Created a blank guide");
        Directory.Exists(Path.Combine(target, "content", "checklists")).ShouldBeFalse();

        var output = folder.Combine("out");
        var result = new BuildPipeline(new BuildOptions(target, output)).Build();
        result.Diagnostics.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        foreach (var page in new[] { "index.html", "topics/g1-a-warm-welcome.html", "pages/about.html", "glossary.html", "kloes.html" })
            FrameworkWords.InPage(File.ReadAllText(Path.Combine(output, page))).ShouldBeEmpty(page);
        File.Exists(Path.Combine(output, "assessment.html")).ShouldBeFalse(); // no checklists, no self-assessment
    }

    [Fact]
    public void Blank_belongs_to_new_site_only()
    {
        var stderr = new StringWriter();
        GuideGenCli.Run(["build", "--blank"], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
        stderr.ToString().ShouldContain("--blank belongs to 'guidegen new site'");
    }

    [Fact]
    public void A_new_checklist_in_a_guide_without_statements_names_none_and_uses_its_own_ratings()
    {
        using var site = new SiteFolder("own-framework");
        File.Delete(Path.Combine(site.Root, "content", "checklists", "l1.yml"));
        GuideGenCli.Run(["new", "checklist", "L2", "--root", site.Root], new StringWriter(), new StringWriter()).ShouldBe(ExitCodes.Success);
        var text = File.ReadAllText(Path.Combine(site.Root, "content", "checklists", "l2.yml"));
        text.ShouldNotContain("quality_statements");
        text.ShouldContain("strong | developing | needs-action");
        // The bundled framework's words, but not the file format's own key (`kloe:`).
        FrameworkWords.In(text.Replace("kloe:", "")).ShouldBeEmpty();
        site.Build().Diagnostics.ShouldBeEmpty();
    }
}
