using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>A staged file whose bytes the current site already holds is a hard link to it; anything else is written.</summary>
public class UnchangedFilesTests
{
    [Fact]
    public void An_unchanged_file_becomes_a_second_name_for_the_current_one()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere every file is written
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        File.WriteAllText(current, "<p>same</p>");

        UnchangedFiles.TryLink(current, staged, "<p>same</p>"u8.ToArray()).ShouldBeTrue();

        File.ReadAllText(staged).ShouldBe("<p>same</p>");
        File.AppendAllText(current, "!"); // one file under two names: a change through one shows through the other
        File.ReadAllText(staged).ShouldBe("<p>same</p>!");
    }

    [Theory]
    [InlineData("<p>other</p>")] // the same length, other bytes
    [InlineData("<p>longer text</p>")]
    public void A_changed_file_is_not_linked(string content)
    {
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        File.WriteAllText(current, "<p>same</p>");

        UnchangedFiles.TryLink(current, staged, System.Text.Encoding.UTF8.GetBytes(content)).ShouldBeFalse();

        File.Exists(staged).ShouldBeFalse();
        File.ReadAllText(current).ShouldBe("<p>same</p>");
    }

    [Fact]
    public void A_missing_file_or_a_symbolic_link_is_not_linked()
    {
        using var folder = new TempFolder();
        var (target, link, staged) = (folder.Combine("target.html"), folder.Combine("link.html"), folder.Combine("staged.html"));
        File.WriteAllText(target, "x");
        File.CreateSymbolicLink(link, target);

        UnchangedFiles.TryLink(folder.Combine("missing.html"), staged, "x"u8.ToArray()).ShouldBeFalse();
        UnchangedFiles.TryLink(link, staged, "x"u8.ToArray()).ShouldBeFalse();
        File.Exists(staged).ShouldBeFalse();
    }

    [Fact]
    public void A_rebuild_after_an_edit_gives_the_same_site_as_a_fresh_build()
    {
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("content/topics/s1-basics.yml", SampleGuide.Topic.Split('\n', 2)[1].Replace("Train staff.", "Train every member of staff."));

        site.Build().Succeeded.ShouldBeTrue();
        using var fresh = new TempFolder();
        site.Build(output: fresh.Combine("_site")).Succeeded.ShouldBeTrue();

        foreach (var file in Directory.GetFiles(fresh.Combine("_site"), "*", SearchOption.AllDirectories))
            File.ReadAllBytes(Path.Combine(site.Output, Path.GetRelativePath(fresh.Combine("_site"), file))).ShouldBe(File.ReadAllBytes(file), file);
        Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Length.ShouldBe(Directory.GetFiles(fresh.Combine("_site"), "*", SearchOption.AllDirectories).Length);
    }
}
