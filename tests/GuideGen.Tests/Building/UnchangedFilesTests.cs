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

        UnchangedFiles.TryLink(current, staged, "<p>same</p>"u8.ToArray(), ContentStamps.HashOf("<p>same</p>"u8)).ShouldBeTrue();

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

        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        UnchangedFiles.TryLink(current, staged, bytes, ContentStamps.HashOf(bytes)).ShouldBeFalse();

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

        UnchangedFiles.TryLink(folder.Combine("missing.html"), staged, "x"u8.ToArray(), ContentStamps.HashOf("x"u8)).ShouldBeFalse();
        UnchangedFiles.TryLink(link, staged, "x"u8.ToArray(), ContentStamps.HashOf("x"u8)).ShouldBeFalse();
        File.Exists(staged).ShouldBeFalse();
    }

    [Fact]
    public void An_unchanged_streamed_file_becomes_a_second_name_for_the_current_one_without_being_written()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere every file is written
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        var content = Pieces(200_000); // several of the comparison's 64 KB reads
        File.WriteAllBytes(current, content.SelectMany(p => p).ToArray());

        UnchangedFiles.TryLinkStreamed(current, staged, stream => { foreach (var piece in content) stream.Write(piece); }).ShouldBeTrue();

        File.AppendAllText(current, "!"); // one file under two names
        File.ReadAllBytes(staged).ShouldBe(content.SelectMany(p => p).Append((byte)'!').ToArray());
    }

    [Theory]
    [InlineData(0, 0)] // the first byte differs
    [InlineData(150_000, 0)] // a byte deep inside differs
    [InlineData(-1, 1)] // one byte more than the current file holds
    [InlineData(-1, -1)] // one byte less: the current file is longer
    public void A_changed_streamed_file_is_not_linked_and_its_making_stops_at_the_first_difference(int changedByte, int lengthChange)
    {
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        var old = Pieces(200_000).SelectMany(p => p).ToArray();
        File.WriteAllBytes(current, old);
        var updated = old.Concat(new byte[Math.Max(lengthChange, 0)]).Take(old.Length + lengthChange).ToArray();
        if (changedByte >= 0) updated[changedByte] ^= 1;
        var written = 0;

        UnchangedFiles.TryLinkStreamed(current, staged, stream =>
        {
            foreach (var piece in updated.Chunk(1000)) { stream.Write(piece); written += piece.Length; }
        }).ShouldBeFalse();

        File.Exists(staged).ShouldBeFalse();
        File.ReadAllBytes(current).ShouldBe(old);
        if (changedByte >= 0) written.ShouldBeLessThanOrEqualTo(changedByte); // the piece holding the difference never counted
    }

    [Fact]
    public void A_missing_current_file_is_not_linked_when_streamed()
    {
        using var folder = new TempFolder();
        UnchangedFiles.TryLinkStreamed(folder.Combine("missing.html"), folder.Combine("staged.html"), stream => stream.Write("x"u8)).ShouldBeFalse();
        File.Exists(folder.Combine("staged.html")).ShouldBeFalse();
    }

    /// <summary>A file as a build writes it: its bytes, then its stamp.</summary>
    private static void WriteStamped(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
        ContentStamps.Stamp(handle, ContentStamps.HashOf(content), content.Length);
    }

    /// <summary>Changes a file's bytes in place, keeping its length and, unless told otherwise, its time of last write.</summary>
    private static void EditInPlace(string path, byte[] content, bool keepTime)
    {
        var time = File.GetLastWriteTimeUtc(path);
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Write)) RandomAccess.Write(handle, content, 0);
        File.SetLastWriteTimeUtc(path, keepTime ? time : time.AddSeconds(1));
    }

    [Fact]
    public void A_stamp_that_still_describes_its_file_is_believed_without_reading_the_file()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere nothing is stamped
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        WriteStamped(current, "<p>same</p>"u8.ToArray());
        // Bytes changed behind the stamp's back, length and time kept: only a stamp that is believed links it.
        EditInPlace(current, "<p>SAME</p>"u8.ToArray(), keepTime: true);

        UnchangedFiles.TryLink(current, staged, "<p>same</p>"u8.ToArray(), ContentStamps.HashOf("<p>same</p>"u8)).ShouldBeTrue();
        UnchangedFiles.TryLink(current, folder.Combine("other.html"), "<p>SAME</p>"u8.ToArray(), ContentStamps.HashOf("<p>SAME</p>"u8)).ShouldBeFalse();
    }

    [Fact]
    public void An_edit_in_place_outdates_the_stamp_and_the_file_is_compared_byte_by_byte()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        WriteStamped(current, "<p>same</p>"u8.ToArray());
        EditInPlace(current, "<p>SAME</p>"u8.ToArray(), keepTime: false);

        UnchangedFiles.TryLink(current, staged, "<p>same</p>"u8.ToArray(), ContentStamps.HashOf("<p>same</p>"u8)).ShouldBeFalse();
        File.Exists(staged).ShouldBeFalse();
        UnchangedFiles.TryLink(current, staged, "<p>SAME</p>"u8.ToArray(), ContentStamps.HashOf("<p>SAME</p>"u8)).ShouldBeTrue();
    }

    [Fact]
    public void A_file_found_the_same_by_reading_it_is_stamped_with_its_bytes_untouched()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        var (current, staged) = (folder.Combine("current.html"), folder.Combine("staged.html"));
        File.WriteAllText(current, "<p>same</p>");
        ContentStamps.Read(current, new FileInfo(current)).ShouldBeNull();

        UnchangedFiles.TryLink(current, staged, "<p>same</p>"u8.ToArray(), ContentStamps.HashOf("<p>same</p>"u8)).ShouldBeTrue();

        ContentStamps.Read(current, new FileInfo(current)).ShouldBe(ContentStamps.HashOf("<p>same</p>"u8));
        File.ReadAllText(current).ShouldBe("<p>same</p>");
    }

    [Fact]
    public void A_streamed_file_is_linked_by_its_stamp_and_not_when_its_bytes_differ()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var folder = new TempFolder();
        var current = folder.Combine("current.html");
        var content = Pieces(200_000);
        var bytes = content.SelectMany(p => p).ToArray();
        WriteStamped(current, bytes);
        // Changed behind the stamp's back: linking anyway shows the stamp, not the file, was compared.
        EditInPlace(current, new byte[bytes.Length], keepTime: true);

        UnchangedFiles.TryLinkStreamed(current, folder.Combine("a.html"), stream => { foreach (var piece in content) stream.Write(piece); }).ShouldBeTrue();
        UnchangedFiles.TryLinkStreamed(current, folder.Combine("b.html"), stream => stream.Write(bytes.AsSpan(1))).ShouldBeFalse(); // one byte short
        var changed = (byte[])bytes.Clone();
        changed[^1] ^= 1;
        UnchangedFiles.TryLinkStreamed(current, folder.Combine("c.html"), stream => stream.Write(changed)).ShouldBeFalse();
        File.Exists(folder.Combine("b.html")).ShouldBeFalse();
        File.Exists(folder.Combine("c.html")).ShouldBeFalse();
    }

    [Fact]
    public void Every_file_a_build_writes_is_stamped_with_its_bytes()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = new MiniSite(SampleGuide.Minimal);
        site.Build().Succeeded.ShouldBeTrue();

        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories);
        files.Length.ShouldBeGreaterThan(10);
        foreach (var file in files)
            ContentStamps.Read(file, new FileInfo(file)).ShouldBe(ContentStamps.HashOf(File.ReadAllBytes(file)), file);
    }

    /// <summary>Text in pieces of uneven sizes, as a print book is spliced from a page's text and its topics' sections.</summary>
    private static List<byte[]> Pieces(int total)
    {
        var random = new Random(5);
        var pieces = new List<byte[]>();
        for (var made = 0; made < total;)
        {
            var piece = new byte[Math.Min(random.Next(1, 40_000), total - made)];
            random.NextBytes(piece);
            pieces.Add(piece);
            made += piece.Length;
        }
        return pieces;
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
