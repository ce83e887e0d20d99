using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using YamlDotNet.Core;

namespace GuideGen.Core.Yaml;

internal static partial class LineTreeReader
{
    /// <summary>The scalars of a line: plain, quoted, <c>[a, b]</c>, and block text (<c>|</c>, <c>&gt;</c>).</summary>
    private sealed partial class Reader
    {
        private YScalar Plain(SourceSpan span, ReadOnlySpan<char> value, bool flow, out int length)
        {
            if (IsIndicator(value[0]) || (value[0] is '-' or '?' or ':' && (value.Length == 1 || value[1] == ' '))) throw GiveUp.Instance;
            var end = 0;
            while (end < value.Length)
            {
                var c = value[end];
                if (c == ':' && (end + 1 == value.Length || value[end + 1] == ' ' || (flow && value[end + 1] is ',' or '[' or ']' or '{' or '}'))) throw GiveUp.Instance;
                if (c == '#' && value[end - 1] == ' ') break;
                if (flow && c is ',' or '[' or ']' or '{' or '}') break;
                end++;
            }
            length = end;
            var scalar = value[..end].TrimEnd(' ');
            if (!flow && end < value.Length && value[end] != '#') throw GiveUp.Instance;
            return Scalar(span, ShortStrings.Of(scalar), ScalarStyle.Plain);
        }

        /// <summary>A quoted value that ends on its line; only the common escapes of double quotes.</summary>
        private YScalar Quoted(SourceSpan span, ReadOnlySpan<char> value, bool flow, out int length)
        {
            var quote = value[0];
            var result = new System.Text.StringBuilder();
            var i = 1;
            while (true)
            {
                if (i >= value.Length) throw GiveUp.Instance; // runs on to the next line
                var c = value[i];
                if (c == quote)
                {
                    if (quote == '\'' && i + 1 < value.Length && value[i + 1] == '\'')
                    {
                        result.Append('\'');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c == '\\' && quote == '"')
                {
                    if (i + 1 >= value.Length) throw GiveUp.Instance;
                    result.Append(value[i + 1] switch
                    {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'n' => '\n',
                        't' => '\t',
                        _ => throw GiveUp.Instance,
                    });
                    i += 2;
                    continue;
                }
                result.Append(c);
                i++;
            }
            length = i;
            var after = value[i..];
            if (!flow && !EndsLine(after)) throw GiveUp.Instance;
            return Scalar(span, result.ToString(), quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);
        }

        /// <summary>"[a, 'b', c]" on one line; nested lists and mappings are given up on.</summary>
        private YSequence FlowSequence(int at, int start, int depth)
        {
            var lineText = Text(at);
            var items = new List<YNode>();
            var i = start + 1;
            while (true)
            {
                while (i < lineText.Length && lineText[i] == ' ') i++;
                if (i >= lineText.Length) throw GiveUp.Instance; // continues on the next line
                if (lineText[i] == ']') break;
                if (items.Count > 0)
                {
                    if (lineText[i] != ',') throw GiveUp.Instance;
                    i++;
                    while (i < lineText.Length && lineText[i] == ' ') i++;
                    if (i >= lineText.Length) throw GiveUp.Instance;
                    if (lineText[i] == ']') break;
                }
                var c = lineText[i];
                if (c is '[' or '{' or ',' or '#') throw GiveUp.Instance;
                int length;
                var span = SpanAt(at, i);
                items.Add(c is '"' or '\'' ? Quoted(span, lineText[i..], flow: true, out length) : Plain(span, lineText[i..], flow: true, out length));
                if (depth + 1 > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
                i += length;
                while (i < lineText.Length && lineText[i] == ' ') i++;
                if (i >= lineText.Length || lineText[i] is not (',' or ']')) throw GiveUp.Instance;
            }
            var after = lineText[(i + 1)..];
            if (!EndsLine(after)) throw GiveUp.Instance;
            return new YSequence(SpanAt(at, start), items);
        }

        /// <summary>"|" or "&gt;", with "-" or "+" chomping: the lines below, indented further than the parent.</summary>
        private YScalar BlockScalar(SourceSpan span, ReadOnlySpan<char> header, int parentIndent)
        {
            var literal = header[0] == '|';
            var chomping = header.Length > 1 && header[1] is '-' or '+' ? header[1] : ' ';
            var afterHeader = header[(chomping == ' ' ? 1 : 2)..];
            if (!EndsLine(afterHeader)) throw GiveUp.Instance;

            // The content's indentation is that of its first line with text.
            var probe = line;
            while (probe < lines.Count && Text(probe).Length == 0) probe++;
            if (probe >= lines.Count) throw GiveUp.Instance;
            var indent = Indent(probe);
            if (indent <= parentIndent || Content(probe).Length == 0) throw GiveUp.Instance;

            var contentLines = new List<(int Start, int Length)>(); // where each line's text starts in the file; length 0 for an empty line
            while (line < lines.Count)
            {
                var lineText = Text(line);
                if (lineText.TrimStart(' ').Length == 0)
                {
                    if (lineText.Length > 0) throw GiveUp.Instance; // spaces only: kept or not, depending on their number
                    contentLines.Add((lines[line].Start, 0));
                    line++;
                    continue;
                }
                if (Indent(line) < indent) break;
                if (!literal && lineText[indent] == ' ') throw GiveUp.Instance; // more indented lines keep their breaks in folded text
                contentLines.Add((lines[line].Start + indent, lineText.Length - indent));
                line++;
            }
            // Trailing empty lines belong to the chomping, not to the text; the reader stops after them either way.
            var trailing = 0;
            while (trailing < contentLines.Count && contentLines[^(trailing + 1)].Length == 0) trailing++;
            var count = contentLines.Count - trailing;
            // Leading empty lines fold in their own way; text ending the file without a line break is clipped differently.
            if (count == 0 || contentLines[0].Length == 0) throw GiveUp.Instance;
            if (trailing == 0 && line >= lines.Count && !text.EndsWith('\n')) throw GiveUp.Instance;

            var value = builder.Clear();
            for (var i = 0; i < count; i++)
            {
                var (start, length) = contentLines[i];
                if (i > 0)
                {
                    if (literal) value.Append('\n');
                    else if (length > 0 && contentLines[i - 1].Length > 0) value.Append(' ');
                    else if (length == 0) value.Append('\n');
                }
                value.Append(text, start, length);
            }
            if (chomping == ' ') value.Append('\n');
            else if (chomping == '+') value.Append('\n', trailing + 1);
            return Scalar(span, value.ToString(), literal ? ScalarStyle.Literal : ScalarStyle.Folded);
        }

        private YScalar Scalar(SourceSpan span, string value, ScalarStyle style)
        {
            if (MarkdownNesting.FindTooDeep(value) is not null) throw GiveUp.Instance; // reported by the full reader
            return new YScalar(span, value, style);
        }

        private static bool IsIndicator(char c) => c is '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

        /// <summary>What may follow a value on its line: nothing, spaces, or a comment after a space.</summary>
        private static bool EndsLine(ReadOnlySpan<char> rest) => rest.Length == 0 || (rest[0] == ' ' && IsBlankOrComment(rest));
    }
}
