using GuideGen.Cli.Building;
using GuideGen.Cli.Commands;
using GuideGen.Core.Diagnostics;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// No content, template or link makes the build read or write outside the guide's folder and the
/// output folder: `../` and absolute paths, symbolic links out of content/ and templates/ (and loops),
/// path characters in KLOE codes, and `guidegen new` given a taxonomy that would carry a path.
/// </summary>
public class PathSafetyTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-GUIDE";

    /// <summary>A file and a folder beside the guide's folder, which nothing in the guide may read.</summary>
    private static (string File, string Folder) Outside(MiniSite site)
    {
        var parent = Path.GetDirectoryName(site.Root)!;
        var file = Path.Combine(parent, "secret.yml");
        File.WriteAllText(file, $"title: {Secret}\nkloe: S1\nsummary: {Secret}\nintro: {Secret}\nrecommendations:\n  - id: a\n    service: A\n    text: {Secret}\n");
        var folder = Path.Combine(parent, "secret-folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "stolen.md"), $"---\ntitle: {Secret}\nsummary: {Secret}\n---\n{Secret}\n");
        File.WriteAllText(Path.Combine(folder, "stolen.html"), Secret);
        return (file, folder);
    }

    private static void ShouldNotLeak(MiniSite site, BuildResult result)
    {
        result.Diagnostics.ShouldAllBe(d => !d.Message.Contains(Secret));
        if (Directory.Exists(site.Output))
            Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ShouldAllBe(f => !File.ReadAllText(f).Contains(Secret));
    }

    [Fact]
    public void A_content_file_linked_to_a_file_outside_is_GG0002_and_not_read()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (secret, _) = Outside(site);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "topics", "s1-stolen.yml"), secret);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "glossary.yml"), secret);

        var result = site.Build();

        result.Diagnostics.Select(d => (d.Code, d.Span)).ShouldBe([
            (DiagnosticCodes.PathOutsideRoot, SourceSpan.FileStart("content/glossary.yml")),
            (DiagnosticCodes.PathOutsideRoot, SourceSpan.FileStart("content/topics/s1-stolen.yml"))]);
        ShouldNotLeak(site, result);
    }

    [Fact]
    public void A_content_folder_linked_outside_is_GG0002_and_not_read()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (_, folder) = Outside(site);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "pages"), folder);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "topics", "more"), folder);

        var result = site.Build();

        result.Diagnostics.Select(d => d.Code).Distinct().ShouldBe([DiagnosticCodes.PathOutsideRoot]);
        result.Diagnostics.Select(d => d.Span.Path).ShouldBe(["content/pages", "content/topics/more"]);
        ShouldNotLeak(site, result);
    }

    [Fact]
    public void A_link_that_loops_is_GG0002_and_the_walk_ends()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "topics", "again"), Path.Combine(site.Root, "content", "topics"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "topics", "a.yml"), Path.Combine(site.Root, "content", "topics", "b.yml"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "topics", "b.yml"), Path.Combine(site.Root, "content", "topics", "a.yml"));

        var result = site.Build(checkOnly: true);

        result.Diagnostics.Select(d => (d.Code, d.Span.Path)).ShouldBe([
            (DiagnosticCodes.PathOutsideRoot, "content/topics/a.yml"),
            (DiagnosticCodes.PathOutsideRoot, "content/topics/again"),
            (DiagnosticCodes.PathOutsideRoot, "content/topics/b.yml")]);
    }

    [Fact]
    public void Links_that_stay_inside_the_guide_are_followed()
    {
        using var site = new MiniSite(SampleGuide.With("""
            -- shared/extra.md --
            ---
            title: Extra
            summary: Kept elsewhere in the guide's folder.
            ---
            Shared text.
            """));
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "pages"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "pages", "extra.md"), Path.Combine("..", "..", "shared", "extra.md"));

        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("pages/extra.html").ShouldContain("Shared text.");
    }

    [Fact]
    public void Templates_and_assets_linked_outside_are_GG0002_and_not_copied()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (_, folder) = Outside(site);
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates", "partials", "stolen.html"), Path.Combine(folder, "stolen.html"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "templates", "assets", "stolen"), folder);

        var result = site.Build();

        result.Diagnostics.Select(d => (d.Code, d.Span.Path)).ShouldBe([
            (DiagnosticCodes.PathOutsideRoot, "templates/assets/stolen"),
            (DiagnosticCodes.PathOutsideRoot, "templates/partials/stolen.html")]);
        ShouldNotLeak(site, result);
    }

    [Fact]
    public void A_template_cannot_include_a_file_by_path()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        var (secret, _) = Outside(site);
        var layout = Path.Combine(site.Root, "templates", "layout.html");
        File.AppendAllText(layout, $"{{{{ include \"../../../secret.yml\" }}}}{{{{ include \"{secret}\" }}}}");

        var result = site.Build();

        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.TemplateError && d.Span.Path == "templates/layout.html");
        ShouldNotLeak(site, result);
    }

    [Theory]
    [InlineData("[x](../../secret.yml)", DiagnosticCodes.RelativeLink)]
    [InlineData("[x](/etc/passwd)", DiagnosticCodes.RelativeLink)]
    [InlineData("[x](file:///etc/passwd)", DiagnosticCodes.UnsafeLinkScheme)]   // a scheme other than http(s), mailto, tel
    [InlineData("[x](C:/Windows/win.ini)", DiagnosticCodes.UnsafeLinkScheme)]
    [InlineData("[x](@../../secret)", DiagnosticCodes.UnknownLinkTarget)]
    [InlineData("[x](@/etc/passwd)", DiagnosticCodes.UnknownLinkTarget)]
    public void Links_with_paths_are_errors(string link, string code)
    {
        using var site = new MiniSite(SampleGuide.With($"""
            -- content/pages/links.md --
            ---
            title: Links
            summary: Links that try to leave the site.
            ---
            See {link}.
            """));
        var d = site.Build().Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(code);
        d.Span.ShouldBe(new SourceSpan("content/pages/links.md", 5, 5));
    }

    [Theory]
    [InlineData("../../evil")]
    [InlineData("S/1")]
    [InlineData("/tmp/evil")]
    [InlineData("S 1")]
    [InlineData("..")]
    public void A_KLOE_code_with_path_characters_is_GG2202_and_nothing_is_written(string code)
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace("code: C1", $"code: \"{code}\""));
        var result = site.Build();

        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.InvalidKloeCode && d.Span.Path == "site.yml");
        Directory.Exists(site.Output).ShouldBeFalse();
        Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!).ShouldBe([site.Root]); // nothing beside the guide either
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("topics/../../x.html")]
    [InlineData("/etc/x.html")]
    [InlineData("topics\\..\\..\\x.html")]
    [InlineData("C:x.html")]
    [InlineData("topics//x.html")]
    [InlineData("./x.html")]
    [InlineData("")]
    public void An_output_path_that_could_escape_is_GG9002_and_the_writer_refuses_it(string path)
    {
        var diagnostics = new DiagnosticBag();
        OutputPaths.Check([new OutputFile("index.html", []), new OutputFile(path, [1])], new BuildOptions("guide"), diagnostics).ShouldBeFalse();
        diagnostics.Sorted().ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.OutputPathEscapes);

        using var folder = new TempFolder();
        var output = folder.Combine("out", "_site");
        Should.Throw<InvalidOperationException>(() => OutputWriter.Write(output, [new OutputFile("index.html", [1]), new OutputFile(path, [1])]));
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Ordinary_output_paths_are_safe()
    {
        string[] paths = ["index.html", "topics/s1-basics.html", "assets/search-index.js", "print/guide.html"];
        paths.ShouldAllBe(p => OutputPaths.IsSafe(p));
    }

    [Theory]
    [InlineData("key_questions:\n  - id: safe", "key_questions:\n  - id: \"../../evil\"", "topic", "S1")]
    [InlineData("code: S1", "code: \"../S1\"", "checklist", "../S1")]
    public void New_refuses_a_taxonomy_that_would_carry_a_path_and_writes_nothing(string find, string replace, string kind, string kloe)
    {
        using var site = new MiniSite(SampleGuide.Minimal.Replace(find, replace), withDefaultTemplates: false);
        var before = Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!, "*", SearchOption.AllDirectories).Order().ToList();
        var stderr = new StringWriter();

        string[] args = kind == "topic" ? ["new", "topic", kloe, "Evil", "--root", site.Root] : ["new", "checklist", kloe, "--root", site.Root];
        GuideGenCli.Run(args, new StringWriter(), stderr).ShouldNotBe(ExitCodes.Success);

        Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Root)!, "*", SearchOption.AllDirectories).Order().ShouldBe(before);
        stderr.ToString().ShouldContain("site.yml(");
    }

    [Fact]
    public void New_page_refuses_a_title_that_gives_no_id()
    {
        using var site = new MiniSite(SampleGuide.Minimal, withDefaultTemplates: false);
        var stderr = new StringWriter();
        GuideGenCli.Run(["new", "page", "../../..", "--root", site.Root], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
        Directory.Exists(Path.Combine(site.Root, "content", "pages")).ShouldBeFalse();
    }
}
