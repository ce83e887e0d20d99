using System.Text.RegularExpressions;
using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;
using GuideGen.Testing;

namespace GuideGen.Tests.Packaging;

/// <summary>`guidegen new site` writes the bundled guide, with the schemas its files name, into a folder of the user's choosing.</summary>
public class NewSiteCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (GuideGenCli.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void New_site_writes_the_bundled_guide_which_builds_cleanly_with_the_built_in_templates()
    {
        using var temp = new TempFolder();
        var guide = temp.Combine("my guide");
        var (exit, output, error) = Run("new", "site", guide);

        error.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain("cd \"" + guide + "\" && guidegen build");
        Directory.Exists(Path.Combine(guide, "templates")).ShouldBeFalse();
        File.ReadAllText(Path.Combine(guide, "site.yml")).ShouldBe(File.ReadAllText(Path.Combine(Repository.Root, "site.yml")));

        var result = new BuildPipeline(new BuildOptions(guide)).Build();
        result.Diagnostics.ShouldBeEmpty();
        result.TopicCount.ShouldBe(34);
        foreach (var file in new[] { "index.html", "topics/s1-safeguarding.html", "assets/search-index.js", "assets/vendor/minisearch.js" })
            File.Exists(Path.Combine(guide, "_site", file)).ShouldBeTrue(file);
    }

    [Fact]
    public void Every_schema_a_new_sites_files_name_is_in_the_new_site()
    {
        using var temp = new TempFolder();
        Run("new", "site", "--root", temp.Path).Exit.ShouldBe(ExitCodes.Success);

        var yamlFiles = Directory.GetFiles(temp.Path, "*.yml", SearchOption.AllDirectories);
        yamlFiles.Length.ShouldBeGreaterThan(60);
        foreach (var file in yamlFiles)
        {
            var schema = Regex.Match(File.ReadLines(file).First(), @"^# yaml-language-server: \$schema=(\S+)$");
            schema.Success.ShouldBeTrue(file);
            File.Exists(Path.Combine(Path.GetDirectoryName(file)!, schema.Groups[1].Value)).ShouldBeTrue($"{file} names {schema.Groups[1].Value}");
        }
    }

    [Fact]
    public void With_templates_the_new_site_gets_a_copy_of_the_built_in_templates()
    {
        using var temp = new TempFolder();
        Run("new", "site", temp.Path, "--with-templates").Exit.ShouldBe(ExitCodes.Success);

        var templates = BuiltInFiles.Templates;
        foreach (var path in templates.Paths)
            File.ReadAllBytes(Path.Combine(temp.Path, "templates", path)).ShouldBe(templates.Read(path), path);
    }

    [Fact]
    public void New_site_never_overwrites_and_writes_nothing_into_a_folder_that_has_a_guide()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("site.yml"), "mine");

        var (exit, _, error) = Run("new", "site", temp.Path);

        exit.ShouldBe(ExitCodes.UsageError);
        error.ShouldContain("already has site.yml; nothing was written");
        File.ReadAllText(temp.Combine("site.yml")).ShouldBe("mine");
        Directory.GetFileSystemEntries(temp.Path).ShouldBe([temp.Combine("site.yml")]);
    }

    [Theory]
    [InlineData("build", "--with-templates")]
    [InlineData("new", "page", "About", "--with-templates")]
    public void With_templates_belongs_to_new_site_only(params string[] args)
    {
        using var temp = new TempFolder();
        var (exit, _, error) = Run([.. args, "--root", temp.Path]);
        exit.ShouldBe(ExitCodes.UsageError);
        error.ShouldContain("--with-templates belongs to 'guidegen new site'");
    }
}
