using System.Text;
using CsCheck;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using Shouldly;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// Content files are read whole and decoded in one go rather than through a StreamReader; the text
/// must be exactly what a StreamReader (UTF-8, byte order marks honoured) gives, whatever the bytes.
/// </summary>
public sealed class FileReadingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("guidegen-read-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string> Encodings => ["none", "utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_with_or_without_a_byte_order_mark_reads_as_a_stream_reader_reads_it(string encoding)
    {
        const string text = "title: Café – “quoted” 👩🏽‍⚕️\nsummary: x\n";
        var bytes = encoding switch
        {
            "none" => Encoding.UTF8.GetBytes(text),
            "utf-8" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-32le" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            _ => [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(text)],
        };
        Read(bytes).ShouldBe(text);
        Read(bytes).ShouldBe(ReadWithStreamReader(bytes));
    }

    [Fact]
    public void Empty_files_and_lone_marks_read_as_a_stream_reader_reads_them()
    {
        foreach (var bytes in new byte[][] { [], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xFF, 0xFE], [0xFE], [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF], [0xED, 0xA0, 0x80] })
            Read(bytes).ShouldBe(ReadWithStreamReader(bytes), Convert.ToHexString(bytes));
    }

    [Fact]
    public void Any_bytes_read_as_a_stream_reader_reads_them() =>
        Gen.OneOf(FuzzInputs.ArbitraryBytes, FuzzInputs.Mutated, FuzzInputs.Truncated)
            .Sample(s => Read(s.Item2) == ReadWithStreamReader(s.Item2), iter: 300, threads: 1, print: FuzzInputs.Print);

    private string Read(byte[] bytes)
    {
        var path = Path.Combine(root, "file.yml");
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();
        var file = GuideFiles.Read(root, path, diagnostics);
        diagnostics.HasErrors.ShouldBeFalse();
        return file!.Text;
    }

    private static string ReadWithStreamReader(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
