using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Yaml;

/// <summary>
/// Base of every record read from YAML: remembers where the record and each of its values came from,
/// so that later checks (unknown KLOE, broken link) can point at the exact line and column.
/// </summary>
public abstract class Located
{
    private Dictionary<string, YNode>? values;

    /// <summary>Where the record starts.</summary>
    [NotInYaml]
    public SourceSpan Span { get; internal set; }

    /// <summary>Where the value of a property was written, or the record's own span when it was left out.</summary>
    public SourceSpan SpanOf(string propertyName) =>
        values is not null && values.TryGetValue(propertyName, out var node) ? node.Span : Span;

    /// <summary>The scalar node a text property was read from (for mapping Markdown lines back to the file).</summary>
    public YScalar? ScalarOf(string propertyName) =>
        values is not null && values.TryGetValue(propertyName, out var node) ? node as YScalar : null;

    internal void Remember(string propertyName, YNode node) => (values ??= new(StringComparer.Ordinal))[propertyName] = node;
}

/// <summary>Marks a property that the binder never reads from YAML (computed or positional data).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInYamlAttribute : Attribute;
