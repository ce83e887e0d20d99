using System.Text;
using CsCheck;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Yaml;
using GuideGen.Tests.Hardening;

namespace GuideGen.Tests.Yaml;

/// <summary>
/// The fast paths (the line reader, the scanner-based reader) must build exactly the tree YamlDotNet's parser builds (values, styles,
/// spans), and give up on anything else so that the full reader reports it.
/// </summary>
public sealed class FastYamlReaderTests
{
    [Fact]
    public void Every_yaml_file_of_the_bundled_guide_is_read_by_the_fast_path_into_the_same_tree()
    {
        var yamlFiles = FuzzInputs.Bundled.Where(f => f.Target != "page").ToList();
        Assert.True(yamlFiles.Count > 40);
        foreach (var (target, bytes) in yamlFiles)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var fast = ScannerTreeReader.TryRead(text, target, 0);
            Assert.True(fast is not null, $"the fast path gave up on a {target} file starting: {text[..Math.Min(200, text.Length)]}");
            Assert.Equal(Full(text, 0).Tree, Describe(fast));
        }
    }

    [Theory]
    [InlineData("title: Plain\nsummary: 'single'\nintro: \"double\\t\"\n")]
    [InlineData("items:\n- a\n-\n- c\nnext: x\n")] // a list level with its key, with an empty item
    [InlineData("items:\n  - a\n  -\n  - id: b\n    text: c\n")]
    [InlineData("empty:\nafter: x\nlast:\n")]
    [InlineData("text: |\n  line one\n  line two\n\nfolded: >-\n  a\n  b\nkeep: |+\n  x\n\n")]
    [InlineData("list: [a, 'b', \"c\", [d, e], ]\nnone: []\n")]
    [InlineData("# a comment\ntitle: x # trailing\n  # indented\nmore: y\n")]
    [InlineData("multi: a plain\n  value over\n  three lines\n")]
    [InlineData("\"quoted key\": 1\n'other': 2\n")]
    [InlineData("- a\n- b: c\n  d: e\n-\n  - nested\n")]
    [InlineData("just text")]
    [InlineData("title: x\r\nsummary: y\r\n")]
    [InlineData("\uFEFFtitle: with a byte order mark\n")]
    [InlineData("a:\n  b:\n    c:\n      - [x, y]\n")]
    [InlineData("? explicit\n: key\n")]
    [InlineData("- { code: S1, title: \"Quoted\", empty: , last: }\n- {}\n- {a: [b, {c: d}],}\n")]
    public void Supported_yaml_gives_the_full_readers_tree(string yaml)
    {
        foreach (var lineOffset in new[] { 0, 3 })
        {
            var fast = ScannerTreeReader.TryRead(yaml, "f.yml", lineOffset);
            Assert.NotNull(fast);
            var (tree, diagnostics) = Full(yaml, lineOffset);
            Assert.Empty(diagnostics);
            Assert.Equal(tree, Describe(fast));
        }
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")] // anchors and aliases
    [InlineData("a: !!str 1\n")] // tags
    [InlineData("%YAML 1.2\n---\na: 1\n")] // directives
    [InlineData("---\na: 1\n")] // an explicit document
    [InlineData("a: 1\n---\nb: 2\n")] // two documents
    [InlineData("a: {b: c, b: d}\n")] // a duplicate key in a flow mapping
    [InlineData("a: {b, c: d}\n")] // a flow mapping key without a value
    [InlineData("a: [b: c]\n")]
    [InlineData(": b\n")] // an empty key
    [InlineData("a: 1\na: 2\n")] // a duplicate key
    [InlineData("k0: 0\nk1: 1\nk2: 2\nk3: 3\nk4: 4\nk5: 5\nk6: 6\nk7: 7\nk8: 8\nk9: 9\nk10: 10\nk11: 11\nk12: 12\nk13: 13\nk14: 14\nk15: 15\nk16: 16\nk17: 17\nk3: again\n")]
    [InlineData("[a]: 1\n")] // a key that is not text
    [InlineData("")] // no content
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("a: [1, 2\n")] // syntax errors
    [InlineData("a: b: c\n")]
    [InlineData("a:\n  - b\n c: d\n")]
    [InlineData("a: \"unterminated\n")]
    public void Anything_else_is_left_to_the_full_reader(string yaml) =>
        Assert.Null(ScannerTreeReader.TryRead(yaml, "f.yml", 0));

    [Fact]
    public void Nesting_deeper_than_the_limit_is_left_to_the_full_reader()
    {
        var depth = YamlTreeReader.MaxDepth;
        string Nested(int levels) => "a: " + new string('[', levels - 1) + new string(']', levels - 1) + "\n";
        Assert.NotNull(ScannerTreeReader.TryRead(Nested(depth - 1), "f.yml", 0));
        Assert.Null(ScannerTreeReader.TryRead(Nested(depth + 1), "f.yml", 0));
        Assert.Null(ScannerTreeReader.TryRead("a: " + new string('>', 200) + " deep markdown\n", "f.yml", 0));
    }

    [Fact]
    public void On_mutated_and_truncated_guide_files_the_fast_paths_agree_with_the_full_reader_or_give_up() =>
        Gen.OneOf(FuzzInputs.Mutated, FuzzInputs.Truncated).Sample(sample =>
        {
            var text = Encoding.UTF8.GetString(sample.Item2);
            foreach (var fast in new[] { LineTreeReader.TryRead(text, "f.yml", 0), ScannerTreeReader.TryRead(text, "f.yml", 0) })
            {
                if (fast is null) continue;
                var (tree, diagnostics) = Full(text, 0);
                if (diagnostics.Count > 0 || tree != Describe(fast)) return false;
            }
            return true;
        }, iter: 600, threads: 1, print: FuzzInputs.Print);

    [Theory]
    [InlineData("title: Plain words, with 'quotes' and:colons\nsummary: 'it''s'\nintro: \"a \\\"b\\\" \\n c\"\n")]
    [InlineData("text: |\n  line one\n    indented\n\n  after a gap\nnext: x\n")]
    [InlineData("text: |-\n  stripped\n\n\nnext: x\n")]
    [InlineData("text: |+\n  kept\n\n\nnext: x\n")]
    [InlineData("text: >\n  folded\n  onto one line\n\n  new paragraph\n")]
    [InlineData("text: >-\n  folded\n  and stripped\n")]
    [InlineData("text: |\n  # not a comment\n  - not a list\n")]
    [InlineData("empty:\nafter: x\nlast:\n")]
    [InlineData("items:\n- a\n- b\nnext: x\n")]
    [InlineData("items:\n  - id: a\n    text: A # a comment\n\n  # between items\n  - id: b\n    list: [x, 'y', \"z\", ]\n    none: []\n")]
    [InlineData("- one\n- two: 2\n  three: 3\n")]
    [InlineData("a:\n  b:\n    c: deep\n  d: back\n")]
    [InlineData("url: https://example.org/a#b\nnum: -5\ntime: 12:30\n")]
    [InlineData("text: café – naïve ’quotes’\n")]
    [InlineData("title: Windows\r\ntext: |\r\n  line one\r\n\r\n  line two\r\nlist:\r\n- a\r\n")]
    public void The_line_reader_reads_the_plain_shape_into_the_full_readers_tree(string yaml)
    {
        foreach (var lineOffset in new[] { 0, 3 })
        {
            var fast = LineTreeReader.TryRead(yaml, "f.yml", lineOffset);
            Assert.NotNull(fast);
            var (tree, diagnostics) = Full(yaml, lineOffset);
            Assert.Empty(diagnostics);
            Assert.Equal(tree, Describe(fast));
        }
    }

    [Theory]
    [InlineData("title: x\rsummary: y\r")] // carriage returns that are not Windows line ends
    [InlineData("title:\tx\n")] // tabs
    [InlineData("\uFEFFtitle: x\n")]
    [InlineData("title: runs\n  on to the next line\n")]
    [InlineData("title: 'quoted\n  over two lines'\n")]
    [InlineData("list: [a,\n  b]\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("text: |2\n   indicated\n")]
    [InlineData("text: |\n\n  leading empty line\n")]
    [InlineData("text: |\n  no final line break")]
    [InlineData("text: \"\\u00e9\"\n")] // an escape beyond the common ones
    [InlineData("-\n  - nested\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("")]
    [InlineData("just text")]
    public void The_line_reader_gives_up_on_anything_else(string yaml) =>
        Assert.Null(LineTreeReader.TryRead(yaml, "f.yml", 0));

    [Fact]
    public void The_line_reader_reads_every_topic_of_the_bundled_guide_into_the_full_readers_tree()
    {
        var givenUp = new List<string>();
        foreach (var (target, bytes) in FuzzInputs.Bundled.Where(f => f.Target != "page"))
        {
            var text = Encoding.UTF8.GetString(bytes);
            if (LineTreeReader.TryRead(text, target, 0) is not { } fast)
            {
                givenUp.Add($"{target}: {text[..Math.Min(80, text.Length)]}");
                continue;
            }
            Assert.Equal(Full(text, 0).Tree, Describe(fast));
        }
        Assert.DoesNotContain(givenUp, g => g.StartsWith("topic", StringComparison.Ordinal));
    }

    /// <summary>Documents in the shape the line reader handles, with the variations that trip readers up.</summary>
    private static readonly Gen<string> PlainShaped = Node(2).Select(doc => Indent(doc) + "\n");

    private static Gen<string> Node(int depth)
    {
        var word = Gen.OneOf(Gen.Const("care"), Gen.Const("it's"), Gen.Const("a:b"), Gen.Const("#tag"), Gen.Const("x #c"), Gen.Const("-5"),
            Gen.Const("é–’"), Gen.Const("\"q\""), Gen.Const("'s'"), Gen.Const("a\\b"), Gen.Const("[x]"), Gen.Const("{y}"), Gen.Const(""), Gen.Const("  "));
        var words = word.Array[1, 4].Select(w => string.Join(" ", w));
        var scalar = Gen.OneOf(
            words,
            words.Select(w => "'" + w.Replace("'", "''") + "'"),
            words.Select(w => "\"" + w.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""),
            word.Array[0, 3].Select(w => "[" + string.Join(", ", w) + "]"));
        var blockLine = Gen.OneOf(words, Gen.Const(""), words.Select(w => "  " + w), Gen.Const("# heading"));
        var block = Gen.Select(Gen.OneOf(Gen.Const("|"), Gen.Const("|-"), Gen.Const("|+"), Gen.Const(">"), Gen.Const(">-"), Gen.Const(">+")), blockLine.Array[1, 5])
            .Select(b => b.Item1 + "\n" + string.Join("\n", b.Item2.Select(l => l.Length == 0 ? "" : "  " + l)));
        var leaf = Gen.OneOf(scalar, block, Gen.Const(""));
        var value = depth <= 0 ? leaf : Gen.OneOf(leaf, leaf, Node(depth - 1).Select(v => "\n  " + v.Replace("\n", "\n  ")));
        var key = Gen.OneOf(Gen.Const("id"), Gen.Const("text"), Gen.Const("service"), Gen.Const("a-b"), Gen.Const("k_2"));
        var filler = Gen.OneOf(Gen.Const(""), Gen.Const(""), Gen.Const("\n"), Gen.Const("\n# note"), Gen.Const("\n  # note"));
        var entry = Gen.Select(key, value, filler).Select(e => e.Item1 + ":" + (e.Item2.StartsWith('\n') || e.Item2.Length == 0 ? "" : " ") + e.Item2 + e.Item3);
        var mapping = entry.Array[1, 4].Select(es => string.Join("\n", es));
        var list = Gen.OneOf(mapping, scalar).Array[1, 3].Select(items => string.Join("\n", items.Select(i => "- " + i.Replace("\n", "\n  "))));
        return Gen.OneOf(mapping, list, mapping.Select(m => m + "\nitems:\n- x\n- y"));
    }

    private static string Indent(string doc) => doc.Replace("\n\n  \n", "\n\n\n");

    [Fact]
    public void On_generated_files_of_the_plain_shape_the_line_reader_agrees_with_the_full_reader_or_gives_up()
    {
        var read = 0;
        PlainShaped.Sample(text =>
        {
            if (LineTreeReader.TryRead(text, "f.yml", 0) is not { } fast) return true;
            read++;
            var (tree, diagnostics) = Full(text, 0);
            return diagnostics.Count == 0 && tree == Describe(fast);
        }, iter: 2000, threads: 1);
        Assert.True(read > 200, $"the line reader read only {read} of 2,000 generated files");
    }

    private static (string? Tree, IReadOnlyList<Diagnostic> Diagnostics) Full(string text, int lineOffset)
    {
        var bag = new DiagnosticBag();
        var node = YamlTreeReader.ReadWithParser(text, "f.yml", bag, lineOffset);
        return (node is null ? null : Describe(node), bag.Sorted());
    }

    /// <summary>The whole tree as text: shape, position, style and value of every node.</summary>
    private static string Describe(YNode node) => node switch
    {
        YScalar s => $"S{At(s)}{s.Style}:{s.Value.Replace("\n", "\\n")}",
        YSequence q => $"Q{At(q)}[{string.Join(", ", q.Items.Select(Describe))}]",
        YMapping m => $"M{At(m)}{{{string.Join(", ", m.Entries.Select(e => Describe(e.Key) + " = " + Describe(e.Value)))}}}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static string At(YNode node) => $"({node.Span.Line},{node.Span.Column})";
}
