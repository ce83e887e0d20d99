using GuideGen.Cli.Building;
using GuideGen.Testing;

namespace GuideGen.Tests.Building;

/// <summary>Replacing a site: the new one is in place when the swap returns; the old one is deleted, by a background process when it is large.</summary>
public class RetiredSiteTests
{
    /// <summary>A hang guard only: deleting a few files takes a fraction of a second.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(10)]
    [InlineData(OutputWriter.BackgroundDeletionFiles)]
    public void The_new_site_is_in_place_at_once_and_the_old_one_is_deleted(int files)
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        WriteSite(output, "old", 30);
        var staging = OutputWriter.CreateStaging(output);
        WriteSite(staging, "new", 20);

        OutputWriter.Replace(output, staging, files);

        File.ReadAllText(Path.Combine(output, "topics", "page-0.html")).ShouldBe("new 0");
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Length.ShouldBe(20);
        var retired = Directory.GetDirectories(folder.Path, ".*");
        if (files < OutputWriter.BackgroundDeletionFiles)
        {
            retired.ShouldBeEmpty(); // a small site is deleted before the swap returns
            return;
        }

        var deadline = DateTime.UtcNow + Guard;
        while (Directory.GetDirectories(folder.Path, ".*").Length > 0)
        {
            (DateTime.UtcNow < deadline).ShouldBeTrue("hang guard: the retired site was never deleted");
            Thread.Sleep(20);
        }
        File.ReadAllText(Path.Combine(output, "topics", "page-19.html")).ShouldBe("new 19");
    }

    private static void WriteSite(string root, string label, int pages)
    {
        Directory.CreateDirectory(Path.Combine(root, "topics"));
        for (var i = 0; i < pages; i++) File.WriteAllText(Path.Combine(root, "topics", $"page-{i}.html"), $"{label} {i}");
    }
}
