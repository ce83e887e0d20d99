using GuideGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GuideGen.Core.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="YNode"/> tree, reporting syntax errors and duplicate keys as
/// diagnostics instead of throwing. Aliases point at the anchored node (no copy is made).
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Parses one YAML document. Returns null when the text has a syntax error or is empty.</summary>
    /// <param name="lineOffset">Lines before the YAML text in its file (front matter starts after `---`).</param>
    public static YNode? Read(string text, string path, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        var builder = new Builder(path, lineOffset, diagnostics);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(DiagnosticCodes.EmptyFile, new SourceSpan(path, lineOffset + 1, 1), "the file has no content");
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = builder.ReadNode(parser);
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
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, builder.SpanOf(e.Start), CleanMessage(e));
            return null;
        }
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
        private readonly Dictionary<string, YNode> anchors = new(StringComparer.Ordinal);

        public bool HasErrors { get; private set; }

        public SourceSpan SpanOf(Mark mark) =>
            new(path, Math.Max(1, (int)mark.Line) + lineOffset, Math.Max(1, (int)mark.Column));

        public YNode ReadNode(IParser parser)
        {
            var start = parser.Current ?? throw new YamlException("unexpected end of the file");
            switch (start)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (anchors.TryGetValue(alias.Value.Value, out var target)) return target;
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor");
                case Scalar scalar:
                    parser.MoveNext();
                    return Remember(scalar.Anchor, new YScalar(SpanOf(scalar.Start), scalar.Value, scalar.Style));
                case SequenceStart sequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
                    return Remember(sequenceStart.Anchor, new YSequence(SpanOf(sequenceStart.Start), items));
                }
                case MappingStart mappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<YEntry>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser);
                        var value = ReadNode(parser);
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
                    return Remember(mappingStart.Anchor, new YMapping(SpanOf(mappingStart.Start), entries));
                }
                default:
                    throw new YamlException(start.Start, start.End, $"unexpected {start.GetType().Name}");
            }
        }

        private void Report(string code, SourceSpan span, string message)
        {
            HasErrors = true;
            diagnostics.Error(code, span, message);
        }

        private YNode Remember(YamlDotNet.Core.AnchorName anchor, YNode node)
        {
            if (!anchor.IsEmpty) anchors[anchor.Value] = node;
            return node;
        }
    }
}
