using System.Text;
using CsCheck;
using GuideGen.Core.Loading;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>Generators of hostile guide files: each sample is a target (which file it replaces) and the file's bytes.</summary>
public static class FuzzInputs
{
    /// <summary>The bundled guide's files, by target: real text to cut short and to mutate.</summary>
    public static readonly (string Target, byte[] Bytes)[] Bundled = BundledFiles().ToArray();

    /// <summary>Text an author might paste, or a hostile file hold: invisible, reversed, NUL, odd line ends, YAML syntax.</summary>
    private static readonly string[] Oddities =
    [
        "\uFEFF", "\u202E", "\u202D", "\u200F", "\u200B", "\u2060", "\0", "\t", "\r\n", "\r", "\u2028", "\u0085", "\u00A0",
        "👩🏽‍⚕️", "e\u0301", "\uFFFD", "\uFFFF", "ﷺ", "𝕏", "\u0000\u0000", "\\", "\\u0000",
        "&a ", "*a ", "&a [*a]", "<<: *a\n", "!!binary ", "!<tag:x> ", "%YAML 1.1\n", "---\n", "...\n", "? ", ": ", "- ",
        "{", "}", "[", "]", "\"", "'", "|", "|-\n", ">", "#", "@", "@s1-basics#", "@../../etc", "[x](../../etc/passwd)",
        "[x](/etc/passwd)", "[x](file:///etc/passwd)", "](", "**", "_", "`", "```\n", "<script>", "&#0;",
        "\n  - id: train-staff\n    service: A\n    text: Again.\n", "\ntitle: twice\n", "\nkloe: S1\n", "\n\n---\n",
    ];

    /// <summary>Byte sequences that are not UTF-8: a lone surrogate written as UTF-8, an overlong NUL, stray bytes.</summary>
    private static readonly byte[][] BadBytes = [[0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0x80], [0xFF], [0xFE, 0xFF], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF]];

    public static readonly Gen<string> Target = Gen.OneOf(FuzzSite.Targets.Keys.ToArray());

    /// <summary>Any bytes at all, in any file.</summary>
    public static readonly Gen<(string, byte[])> ArbitraryBytes = Gen.Select(Target, Gen.Byte.Array[0, 1500]);

    /// <summary>A real file of the bundled guide, cut off anywhere (an editor that crashed mid-save).</summary>
    public static readonly Gen<(string, byte[])> Truncated =
        Gen.Int[0, Bundled.Length - 1].SelectMany(i => Gen.Int[0, Bundled[i].Bytes.Length].Select(cut => (Bundled[i].Target, Bundled[i].Bytes[..cut])));

    /// <summary>A real file with a few edits: odd characters and bad bytes inserted, lines repeated or cut, CRLF, tabs, BOMs.</summary>
    public static readonly Gen<(string, byte[])> Mutated =
        Gen.Int[0, Bundled.Length - 1].SelectMany(i => Gen.Int[0, int.MaxValue].Array[1, 8].Select(edits => (Bundled[i].Target, Mutate(Bundled[i].Bytes, edits))));

    /// <summary>Nesting many levels deep, in each way YAML and Markdown allow.</summary>
    public static readonly Gen<(int Style, int Depth)> DeeplyNested = Gen.Select(Gen.Int[0, 9], Gen.Int[1, 400]);

    /// <summary>Anchors and aliases: aliases of aliases that multiply ("billion laughs"), or merely many.</summary>
    public static readonly Gen<(string, byte[])> AliasBombs = Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12], Gen.Bool).Select(p => AliasBomb(p.Item1, p.Item2, p.Item3));

    /// <summary>Files around the size limit: just under (read and parsed) and over (refused unread).</summary>
    public static readonly Gen<(string, byte[])> Huge =
        Gen.Select(Gen.OneOf("topic", "page"), Gen.Int[(int)GuideFiles.MaxFileBytes - 2_000, (int)GuideFiles.MaxFileBytes + 2_000]).Select(p => (p.Item1, Padded(p.Item1, p.Item2)));

    public static string Print((string Target, byte[] Bytes) sample) =>
        $"{sample.Target}: {sample.Bytes.Length} bytes: {Convert.ToHexString(sample.Bytes.AsSpan(0, Math.Min(64, sample.Bytes.Length)))}…";

    private static byte[] Mutate(byte[] original, int[] edits)
    {
        var bytes = new List<byte>(original);
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : edit % (bytes.Count + 1);
            switch (edit % 7)
            {
                case 0 or 1: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Oddities[edit / 7 % Oddities.Length])); break;
                case 2: bytes.InsertRange(at, BadBytes[edit / 7 % BadBytes.Length]); break;
                case 3: bytes = [.. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString([.. bytes]).Replace("\r\n", "\n").Replace("\n", "\r\n"))]; break;
                case 4: bytes = [.. Encoding.UTF8.GetBytes(Encoding.UTF8.GetString([.. bytes]).Replace("  ", "\t"))]; break;
                case 5: // repeat a line: duplicate keys and ids
                {
                    var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
                    var line = edit / 7 % lines.Count;
                    lines.Insert(line, lines[line]);
                    bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                    break;
                }
                default: // cut a piece out, or re-encode with a byte order mark
                    if (edit / 7 % 4 == 0) bytes = [.. (edit / 28 % 2 == 0 ? Encoding.Unicode : Encoding.UTF32).GetPreamble(), .. (edit / 28 % 2 == 0 ? Encoding.Unicode : Encoding.UTF32).GetBytes(Encoding.UTF8.GetString([.. bytes]))];
                    else bytes.RemoveRange(at == bytes.Count ? Math.Max(0, at - 1) : at, Math.Min(bytes.Count - Math.Min(at, bytes.Count), edit / 7 % 50));
                    break;
            }
        }
        return [.. bytes];
    }

    public static (string, byte[]) Nested(int style, int depth)
    {
        string Repeat(string s) => string.Concat(Enumerable.Repeat(s, depth));
        var text = style switch
        {
            0 => "title: " + Repeat("[") + Repeat("]") + "\n",
            1 => "title: " + Repeat("{a: ") + "x" + Repeat("}") + "\n",
            2 => "title:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i + 2) + "-\n")) + new string(' ', 2 * depth + 2) + "x\n",
            3 => "title:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i + 2) + "a:\n")) + new string(' ', 2 * depth + 2) + "x\n",
            4 => Page(Repeat(">") + " deep\n"),
            5 => Page(Repeat("- ") + "deep\n"),
            6 => Page(Repeat("[") + "deep" + Repeat("]") + "\n"),
            7 => Page(Repeat("[a](") + "\n"),
            8 => Page(Repeat("**a ") + "\n"),
            _ => "intro: |\n  " + Repeat("> ") + "deep\n",
        };
        return (style is >= 4 and <= 8 ? "page" : "topic", Encoding.UTF8.GetBytes(text));
    }

    public static (string, byte[]) AliasBomb(int levels, int fanOut, bool inList)
    {
        var text = new StringBuilder("a0: &a0 \"lol\"\n");
        for (var level = 1; level <= levels; level++)
            text.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", fanOut))}]\n");
        text.Append(inList ? $"recommendations: *a{levels}\n" : $"title: *a{levels}\n");
        return ("topic", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static byte[] Padded(string target, int size)
    {
        var head = target == "page" ? "---\ntitle: Big\nsummary: Big.\n---\n" : "title: Big\nkloe: S1\nsummary: Big.\nintro: Big.\nrecommendations:\n  - id: a\n    service: A\n    text: A.\n";
        var line = target == "page" ? "Words and more words, over and over again.\n" : "# a comment that fills the file\n";
        var text = new StringBuilder(head);
        while (text.Length < size) text.Append(line);
        return Encoding.UTF8.GetBytes(text.ToString(0, size));
    }

    private static string Page(string body) => "---\ntitle: Deep\nsummary: Deep.\n---\n" + body;

    private static IEnumerable<(string, byte[])> BundledFiles()
    {
        yield return ("site", File.ReadAllBytes(Path.Combine(Repository.Root, "site.yml")));
        var content = Path.Combine(Repository.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(content, file).Replace('\\', '/');
            var target = relative.Split('/')[0] switch
            {
                "topics" => "topic",
                "key-questions" => "key-question",
                "pages" => "page",
                "checklists" => "checklist",
                "packs" => "pack",
                "glossary.yml" => "glossary",
                "synonyms.yml" => "synonyms",
                _ => null,
            };
            if (target is not null) yield return (target, File.ReadAllBytes(file));
        }
    }
}
