using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace GuideGen.Core.Yaml;

/// <summary>
/// The fast path of <see cref="YamlTreeReader"/>: builds the tree straight from YamlDotNet's scanner
/// tokens for the YAML guide files are written in (block mappings and lists, flow lists, scalars of
/// every style), following YamlDotNet's parser production by production so that the tree, spans
/// included, is the one the full reader builds.
/// <para>
/// Why: YamlDotNet's parser turns every token into an event whose constructor looks the text up in the
/// runtime's intern table, a lock shared by every thread. Profiling a 1,000-topic guide showed that
/// lookup as a third of loading, and loading no faster on two threads than on one.
/// </para>
/// <para>
/// It never reports anything. Whatever it does not handle (anchors, aliases, tags, directives, flow
/// mappings, several documents, empty keys) or finds wrong (syntax errors, duplicate keys, nesting too
/// deep) makes it give up, and the full reader then reads the file from the start and reports the
/// problems exactly as before.
/// </para>
/// </summary>
internal static class ScannerTreeReader
{
    /// <summary>The tree of <paramref name="text"/>, or null when the full reader must read it.</summary>
    public static YNode? TryRead(string text, string path, int lineOffset)
    {
        try
        {
            return new Reader(text, path, lineOffset).Document();
        }
        catch (GiveUp)
        {
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return null; // a syntax error: the full reader reports it
        }
    }

    /// <summary>Thrown to leave the file to the full reader; never escapes <see cref="TryRead"/>.</summary>
    private sealed class GiveUp : Exception
    {
        public static readonly GiveUp Instance = new();
    }

    private sealed class Reader(string text, string path, int lineOffset)
    {
        private readonly Scanner scanner = new(new StringReader(text), skipComments: true);
        private Token token = null!;

        /// <summary>stream ::= STREAM-START implicit_document STREAM-END, the document being one block node.</summary>
        public YNode Document()
        {
            Next();
            if (token is not StreamStart) throw GiveUp.Instance;
            Next();
            var root = Node(depth: 1, block: true, indentless: false);
            if (token is not StreamEnd || root is YScalar { IsNull: true }) throw GiveUp.Instance;
            return root;
        }

        /// <summary>YamlDotNet's ParseNode without anchors, tags and flow mappings.</summary>
        private YNode Node(int depth, bool block, bool indentless)
        {
            if (depth > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
            switch (token)
            {
                case Scalar scalar:
                    Next();
                    if (MarkdownNesting.FindTooDeep(scalar.Value) is not null) throw GiveUp.Instance;
                    return new YScalar(SpanOf(scalar.Start), scalar.Value, scalar.Style);
                case BlockEntry when block && indentless:
                    return IndentlessSequence(depth);
                case FlowSequenceStart:
                    return FlowSequence(depth);
                case FlowMappingStart:
                    return FlowMapping(depth);
                case BlockSequenceStart when block:
                    return BlockSequence(depth);
                case BlockMappingStart when block:
                    return BlockMapping(depth);
                default:
                    throw GiveUp.Instance;
            }
        }

        /// <summary>BLOCK-MAPPING-START (KEY node VALUE node?)* BLOCK-END; a key left empty is given up on.</summary>
        private YMapping BlockMapping(int depth)
        {
            var start = token.Start;
            Next();
            var entries = new UniqueEntries();
            while (true)
            {
                if (token is BlockEnd)
                {
                    Next();
                    return new YMapping(SpanOf(start), entries.Entries);
                }
                if (token is not Key) throw GiveUp.Instance;
                Next();
                if (token is Key or Value or BlockEnd) throw GiveUp.Instance;
                if (Node(depth + 1, block: true, indentless: true) is not YScalar key) throw GiveUp.Instance;

                YNode value;
                if (token is Value separator)
                {
                    var mark = separator.End;
                    Next();
                    value = token is Key or Value or BlockEnd ? Empty(mark) : Node(depth + 1, block: true, indentless: true);
                }
                else
                {
                    value = Empty(token.Start);
                }

                if (!entries.TryAdd(key, value)) throw GiveUp.Instance;
            }
        }

        /// <summary>BLOCK-SEQUENCE-START (BLOCK-ENTRY node?)* BLOCK-END.</summary>
        private YSequence BlockSequence(int depth)
        {
            var start = token.Start;
            Next();
            var items = new List<YNode>();
            while (token is BlockEntry entry)
            {
                var mark = entry.End;
                Next();
                items.Add(token is BlockEntry or BlockEnd ? Empty(mark) : Node(depth + 1, block: true, indentless: false));
            }
            if (token is not BlockEnd) throw GiveUp.Instance;
            Next();
            return new YSequence(SpanOf(start), items);
        }

        /// <summary>A list written level with its key ("key:\n- a"): (BLOCK-ENTRY node?)+, ended by whatever follows.</summary>
        private YSequence IndentlessSequence(int depth)
        {
            var start = token.Start;
            var items = new List<YNode>();
            while (token is BlockEntry entry)
            {
                var mark = entry.End;
                Next();
                items.Add(token is BlockEntry or Key or Value or BlockEnd ? Empty(mark) : Node(depth + 1, block: true, indentless: false));
            }
            return new YSequence(SpanOf(start), items);
        }

        /// <summary>FLOW-SEQUENCE-START (node FLOW-ENTRY)* node? FLOW-SEQUENCE-END; "[a: b]" is given up on.</summary>
        private YSequence FlowSequence(int depth)
        {
            var start = token.Start;
            Next();
            var items = new List<YNode>();
            while (true)
            {
                if (token is FlowSequenceEnd) break;
                if (items.Count > 0)
                {
                    if (token is not FlowEntry) throw GiveUp.Instance;
                    Next();
                    if (token is FlowSequenceEnd) break;
                }
                if (token is Key) throw GiveUp.Instance;
                items.Add(Node(depth + 1, block: false, indentless: false));
            }
            Next();
            return new YSequence(SpanOf(start), items);
        }

        /// <summary>FLOW-MAPPING-START (KEY node (VALUE node?)? FLOW-ENTRY)* … FLOW-MAPPING-END; a key left empty is given up on.</summary>
        private YMapping FlowMapping(int depth)
        {
            var start = token.Start;
            Next();
            var entries = new UniqueEntries();
            while (true)
            {
                if (token is FlowMappingEnd) break;
                if (entries.Entries.Count > 0)
                {
                    if (token is not FlowEntry) throw GiveUp.Instance;
                    Next();
                    if (token is FlowMappingEnd) break;
                }
                if (token is not Key) throw GiveUp.Instance;
                Next();
                if (token is Value or FlowEntry or FlowMappingEnd) throw GiveUp.Instance;
                if (Node(depth + 1, block: false, indentless: false) is not YScalar key) throw GiveUp.Instance;

                // Unlike a block mapping's, an empty value here stands where the next token starts.
                if (token is Value) Next();
                var value = token is FlowEntry or FlowMappingEnd ? Empty(token.Start) : Node(depth + 1, block: false, indentless: false);
                if (!entries.TryAdd(key, value)) throw GiveUp.Instance;
            }
            Next();
            return new YMapping(SpanOf(start), entries.Entries);
        }

        /// <summary>What YamlDotNet's parser makes of a value left out: an empty plain scalar where it would have started.</summary>
        private YScalar Empty(Mark at) => new(SpanOf(at), "", ScalarStyle.Plain);

        private SourceSpan SpanOf(Mark mark) =>
            new(path, Math.Max(1, (int)mark.Line) + lineOffset, Math.Max(1, (int)mark.Column));

        private void Next()
        {
            if (!scanner.MoveNext()) throw GiveUp.Instance;
            token = scanner.Current ?? throw GiveUp.Instance;
        }
    }
}
