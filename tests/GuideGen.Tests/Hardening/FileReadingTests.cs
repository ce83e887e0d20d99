using System.Text;
using CsCheck;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using Shouldly;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// Content files are UTF-8, with or without a byte order mark. A file in UTF-16 or UTF-32 (with its mark
/// or without), or with bytes that are not UTF-8, is reported once as GG1008, at the bad byte, and
/// never read as something else (no U+FFFD in the site, no YAML parse message about stray zero bytes).
/// </summary>
public sealed class FileReadingTests : IDisposable
{
    private const string Text = "title: Café – “quoted” 👩🏽‍⚕️\nsummary: x\n";
    private readonly string root = Directory.CreateTempSubdirectory("guidegen-read-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void UTF8_with_or_without_a_byte_order_mark_reads_as_written()
    {
        Read(Encoding.UTF8.GetBytes(Text)).Text.ShouldBe(Text);
        Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]).Text.ShouldBe(Text);
        Read([]).Text.ShouldBe("");
    }

    public static TheoryData<string, string> OtherEncodings => new()
    {
        { "utf-16le with mark", "UTF-16" }, { "utf-16be with mark", "UTF-16" }, { "utf-16le", "UTF-16" }, { "utf-16be", "UTF-16" },
        { "utf-32le with mark", "UTF-32" }, { "utf-32be with mark", "UTF-32" },
    };

    [Theory]
    [MemberData(nameof(OtherEncodings))]
    public void UTF16_and_UTF32_with_or_without_a_mark_are_an_encoding_error_naming_the_encoding(string encoding, string named)
    {
        Encoding codec = encoding switch
        {
            var e when e.StartsWith("utf-16le") => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            var e when e.StartsWith("utf-16be") => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            var e when e.StartsWith("utf-32le") => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        byte[] bytes = encoding.EndsWith("with mark") ? [.. codec.GetPreamble(), .. codec.GetBytes(Text)] : codec.GetBytes(Text);

        var (file, diagnostics) = TryRead(bytes);
        file.ShouldBeNull();
        var error = diagnostics.Sorted().ShouldHaveSingleItem();
        error.ToString().ShouldBe($"file.yml(1,1): error GG1008: the file is saved as {named}; guide files must be UTF-8. Save it again as UTF-8 (in most editors: Save as, Encoding: UTF-8)");
    }

    [Fact]
    public void A_byte_that_is_not_UTF8_is_reported_at_its_line_and_column()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("title: Caf\n  é"), 0xE9, .. Encoding.UTF8.GetBytes(" more\n")];
        var (file, diagnostics) = TryRead(bytes);
        file.ShouldBeNull();
        diagnostics.Sorted().ShouldHaveSingleItem().ToString()
            .ShouldBe("file.yml(2,4): error GG1008: byte 0xE9 here is not UTF-8 (was the file saved as Windows-1252 or Latin-1?); save the file as UTF-8");
    }

    [Fact]
    public void A_zero_byte_is_reported_at_its_place()
    {
        var (_, diagnostics) = TryRead([.. Encoding.UTF8.GetBytes("title: x\nsummary: ab"), 0, .. Encoding.UTF8.GetBytes("c\n")]);
        diagnostics.Sorted().ShouldHaveSingleItem().ToString().ShouldStartWith("file.yml(2,12): error GG1008: a zero byte (NUL) here");
    }

    [Fact]
    public void Any_bytes_read_as_strict_UTF8_or_give_one_positioned_encoding_error() =>
        Gen.OneOf(FuzzInputs.ArbitraryBytes, FuzzInputs.Mutated, FuzzInputs.Truncated).Sample(s =>
        {
            var (file, diagnostics) = TryRead(s.Item2);
            var body = s.Item2.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? s.Item2[3..] : s.Item2;
            if (file is not null) return !diagnostics.HasErrors && file.Text == new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body) && !file.Text.Contains('\0');
            return diagnostics.Sorted().Count == 1 && diagnostics.Sorted()[0].Code == DiagnosticCodes.NotUtf8;
        }, iter: 300, threads: 1, print: FuzzInputs.Print);

    private SourceFile Read(byte[] bytes)
    {
        var (file, diagnostics) = TryRead(bytes);
        diagnostics.HasErrors.ShouldBeFalse(string.Join("\n", diagnostics.Sorted()));
        return file!;
    }

    private (SourceFile? File, DiagnosticBag Diagnostics) TryRead(byte[] bytes)
    {
        var path = Path.Combine(root, "file.yml");
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();
        return (GuideFiles.Read(root, path, diagnostics), diagnostics);
    }
}
