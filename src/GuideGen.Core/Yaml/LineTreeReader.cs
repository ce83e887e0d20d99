using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using YamlDotNet.Core;

namespace GuideGen.Core.Yaml;

/// <summary>
/// The fastest path of <see cref="YamlTreeReader"/>: reads the plain shape nearly every guide file has,
/// line by line, without a YAML library. Mappings with simple keys (<c>title:</c>), lists of items
/// (<c>- id: x</c>), one-line values (plain, quoted, <c>[a, b]</c>) and block text (<c>|</c>, <c>&gt;</c>).
/// <para>
/// Why: YamlDotNet's scanner looks at every character through several layers of buffers and objects;
/// it was half the time of loading a large guide. This reader builds the same tree, spans included
/// (tests compare it with YamlDotNet's on the bundled guide and on thousands of mutated files).
/// </para>
/// <para>
/// It gives up (null) on anything else: tabs, carriage returns other than Windows line ends, unusual characters, quoted keys, text
/// running over several lines without <c>|</c> or <c>&gt;</c>, escapes beyond the common ones, anchors,
/// tags, flow mappings, nested lists on one line, document markers, and every error. The next reader
/// (<see cref="ScannerTreeReader"/>, then YamlDotNet's parser) then reads the file from the start.
/// </para>
/// </summary>
internal static partial class LineTreeReader
{
    public static YNode? TryRead(string text, string path, int lineOffset)
    {
        // Windows line ends: YAML reads "\r\n" as one line break, so the tree (and every position) is the same without the "\r".
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n");
        if (!IsPlainText(text)) return null;
        try
        {
            return new Reader(text, path, lineOffset).Document();
        }
        catch (GiveUp)
        {
            return null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // Never seen in hundreds of thousands of fuzzed files, but a slip here must not stop a build:
            // the full reader reads the file instead.
            return null;
        }
    }

    /// <summary>Only characters whose reading (and column) nobody disagrees about: printable, no tabs, no carriage returns.</summary>
    private static bool IsPlainText(string text)
    {
        // Printable ASCII is skipped a vector at a time; only line breaks and other characters are looked at.
        var rest = text.AsSpan();
        while (rest.IndexOfAnyExceptInRange(' ', '~') is var at and >= 0)
        {
            var c = rest[at];
            rest = rest[(at + 1)..];
            if (c == '\n') continue;
            // YAML (1.1, as YamlDotNet reads it) also breaks lines at U+2028 and U+2029.
            if (c is >= '\u00A0' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFD' && c is not ('\uFEFF' or '\u2028' or '\u2029')) continue;
            return false;
        }
        return true;
    }

    private sealed class GiveUp : Exception
    {
        public static readonly GiveUp Instance = new();
    }

    /// <summary>One file's reading: the structure (mappings, lists, values) here, the scalars in LineTreeReader.Scalars.cs.</summary>
    private sealed partial class Reader
    {
        private readonly string text;
        private readonly string path;
        private readonly int lineOffset;
        private readonly List<(int Start, int Length)> lines = [];
        private int line; // the next line to read
        private readonly System.Text.StringBuilder builder = new(); // reused for every block scalar of the file

        public Reader(string text, string path, int lineOffset)
        {
            this.text = text;
            this.path = path;
            this.lineOffset = lineOffset;
            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                lines.Add((start, end - start));
                start = end + 1;
            }
            // The empty text after a final line break is not a line of its own.
            if (text.EndsWith('\n')) lines.RemoveAt(lines.Count - 1);
        }

        public YNode Document()
        {
            SkipBlankLines();
            if (line >= lines.Count) throw GiveUp.Instance; // no content: the full reader reports it
            var indent = Indent(line);
            if (indent != 0) throw GiveUp.Instance;
            var content = Content(line);
            if (content.StartsWith("---") || content.StartsWith("...") || content[0] == '%') throw GiveUp.Instance;
            var root = BlockCollection(indent, depth: 1);
            SkipBlankLines();
            if (line < lines.Count) throw GiveUp.Instance;
            return root;
        }

        /// <summary>A mapping or a list starting at the current line, whose entries sit at <paramref name="indent"/>.</summary>
        private YNode BlockCollection(int indent, int depth)
        {
            if (depth > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
            var content = Content(line);
            if (IsEntry(content)) return Sequence(indent, depth, indentless: false);
            if (KeyLength(content) > 0) return Mapping(indent, depth);
            throw GiveUp.Instance;
        }

        /// <summary>Keys at column <paramref name="indent"/>, the first of them on the current line (after "- " for an item's mapping).</summary>
        private YMapping Mapping(int indent, int depth)
        {
            if (depth > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
            var entries = new UniqueEntries();
            var mappingSpan = SpanAt(line, indent);
            while (true)
            {
                var current = line;
                var rest = Text(current)[indent..];
                var keyLength = KeyLength(rest);
                if (keyLength <= 0) throw GiveUp.Instance;
                var key = Scalar(SpanAt(current, indent), ShortStrings.Of(rest[..keyLength]), ScalarStyle.Plain);
                line++;
                var value = Value(current, indent + keyLength + 1, indent, depth + 1, isKeyValue: true);
                if (!entries.TryAdd(key, value)) throw GiveUp.Instance; // a duplicate: the full reader reports it

                SkipBlankLines();
                if (line >= lines.Count) break;
                var next = Indent(line);
                if (next < indent) break;
                if (next > indent) throw GiveUp.Instance;
            }
            return new YMapping(mappingSpan, entries.Entries);
        }

        /// <summary>Items at <paramref name="indent"/> ("- …"); an indentless list (level with its key) ends at the first line that is not an item.</summary>
        private YSequence Sequence(int indent, int depth, bool indentless)
        {
            if (depth > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
            var items = new List<YNode>();
            var span = SpanAt(line, indent);
            while (true)
            {
                var current = line;
                var lineText = Text(current);
                if (lineText.Length > indent + 1 && lineText[indent + 1] != ' ') throw GiveUp.Instance;
                var itemColumn = indent + 2;
                if (lineText.Length <= indent + 1 || IsBlankOrComment(lineText[(indent + 1)..])) throw GiveUp.Instance; // an item on the next lines, or empty
                var itemText = lineText[itemColumn..];
                if (itemText.Length > 0 && itemText[0] == ' ') throw GiveUp.Instance;
                if (IsEntry(itemText)) throw GiveUp.Instance; // "- - x"
                if (KeyLength(itemText) > 0)
                {
                    items.Add(Mapping(itemColumn, depth + 1));
                }
                else
                {
                    line++;
                    items.Add(Value(current, itemColumn - 1, indent, depth + 1, isKeyValue: false));
                }

                SkipBlankLines();
                if (line >= lines.Count) break;
                var next = Indent(line);
                if (next < indent) break;
                if (next > indent) throw GiveUp.Instance;
                if (!IsEntry(Content(line)))
                {
                    if (indentless) break;
                    throw GiveUp.Instance;
                }
            }
            return new YSequence(span, items);
        }

        /// <summary>
        /// The value after a key's colon (or a list item's dash) on line <paramref name="at"/>, from column
        /// <paramref name="from"/>; the reader stands on the next line. <paramref name="parentIndent"/> is the
        /// key's or dash's indentation: what belongs to the value is indented further.
        /// </summary>
        private YNode Value(int at, int from, int parentIndent, int depth, bool isKeyValue)
        {
            if (depth > YamlTreeReader.MaxDepth) throw GiveUp.Instance;
            var lineText = Text(at);
            var rest = lineText[from..];
            var spaces = rest.Length - rest.TrimStart(' ').Length;
            if (rest.Length > 0 && spaces == 0) throw GiveUp.Instance; // "key:value" is one plain scalar, not a key
            var start = from + spaces;
            var value = lineText[start..];

            if (value.Length == 0 || value[0] == '#')
            {
                // Nothing on this line: a nested block below, an indentless list, or an empty value.
                SkipBlankLines();
                if (line < lines.Count)
                {
                    var next = Indent(line);
                    if (next > parentIndent) return BlockCollection(next, depth);
                    if (isKeyValue && next == parentIndent && IsEntry(Content(line))) return Sequence(next, depth, indentless: true);
                }
                return Scalar(SpanAt(at, from), "", ScalarStyle.Plain);
            }

            var span = SpanAt(at, start);
            YNode node = value[0] switch
            {
                '|' or '>' => BlockScalar(span, value, parentIndent),
                '[' => FlowSequence(at, start, depth),
                '"' or '\'' => Quoted(span, value, flow: false, out _),
                _ => Plain(span, value, flow: false, out _),
            };
            if (value[0] is not ('|' or '>')) EnsureNoContinuation(parentIndent);
            return node;
        }

        /// <summary>A one-line value followed by a more indented line would be text running on: the full reader folds it.</summary>
        private void EnsureNoContinuation(int parentIndent)
        {
            var probe = line;
            while (probe < lines.Count && IsBlankOrComment(Text(probe)))
            {
                if (Text(probe).TrimStart(' ').Length > 0 && Indent(probe) > parentIndent) throw GiveUp.Instance; // a comment where continuation text may stand
                probe++;
            }
            if (probe < lines.Count && Indent(probe) > parentIndent) throw GiveUp.Instance;
        }

        /// <summary>The length of a plain key followed by ':' and a space or the line's end; 0 when the text does not start so.</summary>
        private static int KeyLength(ReadOnlySpan<char> content)
        {
            var i = 0;
            while (i < content.Length && (char.IsAsciiLetterOrDigit(content[i]) || content[i] is '_' || (content[i] == '-' && i > 0))) i++;
            if (i == 0 || i >= content.Length || content[i] != ':') return 0;
            return i + 1 == content.Length || content[i + 1] == ' ' ? i : 0;
        }

        private static bool IsEntry(ReadOnlySpan<char> content) => content.Length > 0 && content[0] == '-' && (content.Length == 1 || content[1] == ' ');

        private static bool IsBlankOrComment(ReadOnlySpan<char> text)
        {
            var trimmed = text.TrimStart(' ');
            return trimmed.Length == 0 || trimmed[0] == '#';
        }

        private void SkipBlankLines()
        {
            while (line < lines.Count && IsBlankOrComment(Text(line))) line++;
        }

        private ReadOnlySpan<char> Text(int index) => text.AsSpan(lines[index].Start, lines[index].Length);

        private ReadOnlySpan<char> Content(int index) => Text(index).TrimStart(' ');

        private int Indent(int index) => Text(index).Length - Content(index).Length;

        /// <summary>Line and column as YamlDotNet counts them (both from 1), shifted by the lines before the YAML.</summary>
        private SourceSpan SpanAt(int index, int column) => new(path, index + 1 + lineOffset, column + 1);
    }
}
