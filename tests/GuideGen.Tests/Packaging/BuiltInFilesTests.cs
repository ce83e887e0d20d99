using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Packaging;

/// <summary>
/// guidegen carries its default templates and the bundled guide inside itself, so the installed tool needs
/// nothing beside it. A site's own templates/ folder, when it has one, is used instead, and only it.
/// </summary>
public class BuiltInFilesTests
{
    [Fact]
    public void Built_in_templates_are_the_repositorys_templates_byte_for_byte()
    {
        var templates = BuiltInFiles.Templates;
        templates.Paths.ShouldBe(VisibleFiles(Repository.Templates));
        templates.Paths.ShouldContain("assets/vendor/minisearch.js");
        templates.Paths.ShouldContain("assets/vendor/minisearch.LICENSE.txt");
        foreach (var path in templates.Paths)
            templates.Read(path).ShouldBe(File.ReadAllBytes(Path.Combine(Repository.Templates, path)), path);
    }

    [Fact]
    public void Built_in_guide_is_the_repositorys_site_yml_and_content_byte_for_byte()
    {
        var guide = BuiltInFiles.Under(BuiltInFiles.GuidePrefix);
        var expected = VisibleFiles(Path.Combine(Repository.Root, "content")).Select(p => "content/" + p).Append("site.yml").Order(StringComparer.Ordinal);
        guide.Keys.Order(StringComparer.Ordinal).ShouldBe(expected);
        foreach (var (path, read) in guide)
            read().ShouldBe(File.ReadAllBytes(Path.Combine(Repository.Root, path)), path);
    }

    [Fact]
    public void A_site_without_templates_builds_with_the_built_in_ones_exactly_as_with_a_copy_of_them()
    {
        using var plain = new MiniSite(SampleGuide.Minimal, withDefaultTemplates: false);
        using var copied = new MiniSite(SampleGuide.Minimal);
        Directory.Exists(Path.Combine(plain.Root, "templates")).ShouldBeFalse();

        plain.Build().Diagnostics.ShouldBeEmpty();
        copied.Build().Diagnostics.ShouldBeEmpty();

        var files = VisibleFiles(copied.Output);
        files.ShouldContain("assets/vendor/minisearch.js");
        VisibleFiles(plain.Output).ShouldBe(files);
        foreach (var file in files)
            File.ReadAllBytes(Path.Combine(plain.Output, file)).ShouldBe(File.ReadAllBytes(Path.Combine(copied.Output, file)), file);
    }

    [Fact]
    public void A_sites_own_templates_are_used_wholly_and_never_filled_in_from_the_built_in_ones()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var home = Path.Combine(site.Root, "templates", "home.html");
        File.WriteAllText(home, "<p>Our own home page</p>\n");
        File.WriteAllText(Path.Combine(site.Root, "templates", "assets", "site.css"), "body { color: teal; }\n");
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("index.html").ShouldContain("<p>Our own home page</p>");
        site.ReadOutput("assets/site.css").ShouldBe("body{color: teal;}");

        File.Delete(home);
        site.Diagnostics().ShouldBe(["templates/home.html(1,1): error GG4001: the template 'home.html' is missing from templates/"]);
    }

    /// <summary>The files of a folder by relative path with '/', hidden files left out, in ordinal order.</summary>
    private static List<string> VisibleFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
