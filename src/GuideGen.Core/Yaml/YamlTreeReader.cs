using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GuideGen.Core.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YNode"/> tree, reporting syntax errors and duplicate keys as
/// diagnostics instead of throwing. Aliases point at the anchored node (no copy is made), but each
/// alias counts the nodes it stands for, so a file that expands to a huge tree ("billion laughs") is
/// refused before anything walks it; nesting is capped so the recursive reader cannot overflow the stack.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Deeper than any guide file needs (topics nest four levels); far below what would overflow the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes that aliases may stand for in one file, counted as if each alias were a copy of its anchor.</summary>
    public const long MaxAliasExpansion = 10_000;

    /// <summary>Parses one YAML document. Returns null when the text has a syntax error or is empty.</summary>
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after `---`).</param>
    public static YNode? Read(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        // The fast readers, for speed only; their plain twin, in reference mode, is the parser alone (FastPaths).
        if (FastPaths.Enabled && (LineTreeReader.TryRead(text, path, lineOffset) ?? ScannerTreeReader.TryRead(text, path, lineOffset)) is { } fast)
            return fast;
        return ReadWithParser(text, path, diagnostics, lineOffset);
    }

    /// <summary>
    /// The full reader, through YamlDotNet's parser: it handles all of YAML and reports every problem.
    /// Most files never reach it (<see cref="LineTreeReader"/> or <see cref="ScannerTreeReader"/> reads them faster); tests compare them.
    /// </summary>
    internal static YNode? ReadWithParser(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var builder = new Builder(path, lineOffset, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, new SourceSpan(path, lineOffset + 1, 1), "the file has no content");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = builder.ReadNode(parser, depth: 1).Node;
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, builder.SpanOf(second.Start),
                    "a file holds one YAML document; remove the second `---` section");
                return null;
            }

            if (root is YScalar { IsNull: true })
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, root.Span, "the file has no content");
                return null;
            }

            return builder.HasErrors ? null : root;
        }
        catch (LimitExceeded e)
        {
            diagnostics.Error(e.Code, e.Span, e.Message);
            return null;
        }
        catch (YamlException e)
        {
            // YamlDotNet points at the mapping that holds a tab, often the first line of the file: point
            // at the tab itself, and say what to do.
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabInIndentation(text) is var (line, column))
                diagnostics.Error(DiagnosticCodes.TabIndent, new SourceSpan(path, line + lineOffset, column),
                    "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces");
            else diagnostics.Error(DiagnosticCodes.YamlSyntax, builder.SpanOf(e.Start), CleanMessage(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed text (found by fuzzing; tests/corpus/).
            // The last event it read is as near to the problem as we can point.
            var near = parser.Current is { } current ? builder.SpanOf(current.End) : new SourceSpan(path, lineOffset + 1, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, near, "invalid YAML near here (the YAML reader could not make sense of it)");
            return null;
        }
    }

    /// <summary>The line and column (from 1) of the first tab among a line's leading spaces, or null.</summary>
    internal static (int Line, int Column)? TabInIndentation(string text)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
                if (text[i] == '\t') return (line, i - start + 1);
            start = end + 1;
        }
        return null;
    }

    /// <summary>YamlDotNet prefixes messages with its own "(Line: 3, Col: 1, Idx: 20) - (…): "; we print positions ourselves.</summary>
    private static string CleanMessage(YamlException e)
    {
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0)
            message = message[(marker + 3)..];
        message = message.Trim();
        return message.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }

    private sealed class Builder(string path, int lineOffset, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, (YNode Node, long Size)> anchors = new(StringComparer.Ordinal);
        private long aliasExpansion;

        public bool HasErrors { get; private set; }

        public SourceSpan SpanOf(Mark mark) =>
            new(path, Math.Max(1, (int)mark.Line) + lineOffset, Math.Max(1, (int)mark.Column));

        /// <returns>The node, and how many nodes it stands for once its aliases are expanded.</returns>
        public (YNode Node, long Size) ReadNode(IParser parser, int depth)
        {
            var start = parser.Current ?? throw new YamlException("unexpected end of the file");
            if (depth > MaxDepth)
                throw new LimitExceeded(DiagnosticCodes.YamlTooDeep, SpanOf(start.Start),
                    $"the YAML is nested more than {MaxDepth} levels deep; guide files need only a few levels");
            switch (start)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor");
                    aliasExpansion += target.Size;
                    if (aliasExpansion > MaxAliasExpansion)
                        throw new LimitExceeded(DiagnosticCodes.YamlAliasExpansion, SpanOf(alias.Start),
                            $"aliases in this file stand for more than {MaxAliasExpansion:N0} nodes (aliases of aliases multiply); write the values out instead");
                    return target;
                case Scalar scalar:
                    parser.MoveNext();
                    CheckNesting(scalar);
                    return Remember(scalar.Anchor, (new YScalar(SpanOf(scalar.Start), scalar.Value, scalar.Style), 1));
                case SequenceStart sequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YNode>();
                    long size = 1;
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        var (item, itemSize) = ReadNode(parser, depth + 1);
                        items.Add(item);
                        size += itemSize;
                    }
                    return Remember(sequenceStart.Anchor, (new YSequence(SpanOf(sequenceStart.Start), items), size));
                }
                case MappingStart mappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<YEntry>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    long size = 1;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var (keyNode, keySize) = ReadNode(parser, depth + 1);
                        var (value, valueSize) = ReadNode(parser, depth + 1);
                        size += keySize + valueSize;
                        if (keyNode is not YScalar key)
                        {
                            Report(DiagnosticCodes.WrongShape, keyNode.Span, "a key must be plain text, not " + keyNode.ShapeName);
                            continue;
                        }
                        if (!seen.Add(key.Value))
                        {
                            Report(DiagnosticCodes.DuplicateKey, key.Span, $"the key '{key.Value}' appears twice in this mapping");
                            continue;
                        }
                        entries.Add(new YEntry(key, value));
                    }
                    return Remember(mappingStart.Anchor, (new YMapping(SpanOf(mappingStart.Start), entries), size));
                }
                default:
                    throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}");
            }
        }

        /// <summary>Text values may be Markdown: one nested too deep is refused here, before a Markdown parser sees it.</summary>
        private void CheckNesting(Scalar scalar)
        {
            if (MarkdownNesting.FindTooDeep(scalar.Value) is not { } at) return;
            var start = SpanOf(scalar.Start);
            var isBlock = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
            var span = isBlock || at.Line > 0
                ? new SourceSpan(path, start.Line + at.Line + (isBlock ? 1 : 0), at.Column + 1)
                : start with { Column = start.Column + at.Column };
            Report(DiagnosticCodes.MarkdownTooDeep, span,
                $"the text is nested more than {MarkdownNesting.MaxDepth} levels deep (quotes, lists, brackets or emphasis); guide text never needs that");
        }

        private void Report(string code, SourceSpan span, string message)
        {
            HasErrors = true;
            diagnostics.Error(code, span, message);
        }

        private (YNode Node, long Size) Remember(YamlDotNet.Core.AnchorName anchor, (YNode Node, long Size) read)
        {
            if (!anchor.IsEmpty) anchors[anchor.Value] = read;
            return read;
        }
    }

    /// <summary>A limit that stops reading the file at once: what follows cannot be trusted to be small.</summary>
    private sealed class LimitExceeded(string code, SourceSpan span, string message) : Exception(message)
    {
        public string Code { get; } = code;
        public SourceSpan Span { get; } = span;
    }
}
