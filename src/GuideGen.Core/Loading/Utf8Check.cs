using System.Text;

namespace GuideGen.Core.Loading;

/// <summary>How a content file's bytes fail to be UTF-8, to report it at the place it happens.</summary>
public static class Utf8Check
{
    /// <summary>The name of another Unicode encoding the bytes are in (by byte order mark, or by the zero bytes UTF-16 puts beside ASCII letters), or null.</summary>
    public static string? OtherUnicode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return "UTF-32";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return "UTF-16";
        // Without a mark: text in UTF-16 has a zero byte beside nearly every ASCII character; UTF-8 text
        // has none at all. Look at the start, where a YAML file has its first keys.
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        var pairs = sample.Length / 2;
        if (pairs >= 2 && (evenZeros * 3 >= pairs * 2 || oddZeros * 3 >= pairs * 2)) return "UTF-16";
        return null;
    }

    /// <summary>The offset of the first byte that does not start or continue a valid UTF-8 character (a zero byte counts), or null.</summary>
    public static int? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes) && bytes.IndexOf((byte)0) < 0) return null;
        for (var at = 0; at < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out var rune, out var used) != System.Buffers.OperationStatus.Done || rune.Value == 0) return at;
            at += used;
        }
        return null;
    }

    /// <summary>The line and column (in characters, from 1) of the byte at <paramref name="offset"/>.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return (line, column);
    }
}
