using System.Text;
using CsCheck;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Yaml;
using GuideGen.Tests.Hardening;

namespace GuideGen.Tests.Yaml;

/// <summary>
/// The scanner-based fast path must build exactly the tree YamlDotNet's parser builds (values, styles,
/// spans), and give up on anything else so that the full reader reports it.
/// </summary>
public sealed class ScannerTreeReaderTests
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
    public void On_mutated_and_truncated_guide_files_the_fast_path_agrees_with_the_full_reader_or_gives_up() =>
        Gen.OneOf(FuzzInputs.Mutated, FuzzInputs.Truncated).Sample(sample =>
        {
            var text = Encoding.UTF8.GetString(sample.Item2);
            if (ScannerTreeReader.TryRead(text, "f.yml", 0) is not { } fast) return true;
            var (tree, diagnostics) = Full(text, 0);
            return diagnostics.Count == 0 && tree == Describe(fast);
        }, iter: 400, threads: 1, print: FuzzInputs.Print);

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
