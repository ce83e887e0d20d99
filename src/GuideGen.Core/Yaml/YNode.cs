using GuideGen.Core.Diagnostics;
using YamlDotNet.Core;

namespace GuideGen.Core.Yaml;

/// <summary>
/// A YAML node that remembers where it came from. YamlDotNet's own representation model throws on
/// the first problem and loses positions once deserialised; this small tree keeps both.
/// </summary>
public abstract class YNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>What the node is, in words an author understands ("text", "a list", "a mapping").</summary>
    public abstract string ShapeName { get; }
}

public sealed class YScalar(SourceSpan span, string value, ScalarStyle style) : YNode(span)
{
    public string Value { get; } = value;
    public ScalarStyle Style { get; } = style;

    /// <summary>True for block scalars (| and >), whose text starts on the line after the indicator.</summary>
    public bool IsBlock => Style is ScalarStyle.Literal or ScalarStyle.Folded;

    /// <summary>An unquoted empty value, `~` or `null`: YAML's way of writing "nothing".</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ShapeName => "text";
}

public sealed class YSequence(SourceSpan span, IReadOnlyList<YNode> items) : YNode(span)
{
    public IReadOnlyList<YNode> Items { get; } = items;
    public override string ShapeName => "a list";
}

public sealed class YMapping(SourceSpan span, IReadOnlyList<YEntry> entries) : YNode(span)
{
    public IReadOnlyList<YEntry> Entries { get; } = entries;
    public override string ShapeName => "a mapping";
}

public sealed record YEntry(YScalar Key, YNode Value);
