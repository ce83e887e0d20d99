using GuideGen.Core.Diagnostics;
using GuideGen.Core.Yaml;

namespace GuideGen.Rendering.Markdown;

/// <summary>Markdown text and how to map a (line, column) inside it back to its file, for diagnostics.</summary>
public sealed record MarkdownSource(string Text, Func<int, int, SourceSpan> Position)
{
    /// <summary>Markdown held in a YAML scalar. Block scalars (|, >) start on the line after the indicator.</summary>
    /// <param name="span">Where the value was written.</param>
    /// <param name="isBlock">True for block text (| or &gt;), which starts on the line after <paramref name="span"/>.</param>
    public static MarkdownSource FromYaml(string text, SourceSpan span, bool isBlock)
    {
        return new MarkdownSource(text, (line, column) => isBlock
            ? new SourceSpan(span.Path, span.Line + 1 + line, column + 1)
            : new SourceSpan(span.Path, span.Line + line, line == 0 ? span.Column + column : column + 1));
    }

    /// <summary>The body of a Markdown page, after its front matter.</summary>
    public static MarkdownSource FromPage(string text, string path, int bodyLineOffset) =>
        new(text, (line, column) => new SourceSpan(path, bodyLineOffset + line + 1, column + 1));
}
