using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Yaml;

/// <summary>
/// Base of every record read from YAML: remembers where the record and each of its values came from,
/// so that later checks (unknown KLOE, broken link) can point at the exact line and column.
/// </summary>
public abstract class Located
{
    // Where each property's value was written. Only positions are kept, not the YAML nodes: holding
    // the nodes kept every file's whole tree alive for the build (hundreds of megabytes in a large guide).
    private Site[]? sites;
    private int siteCount;

    private readonly record struct Site(string Property, SourceSpan Span, bool IsBlock);

    /// <summary>Where the record starts.</summary>
    [NotInYaml]
    public SourceSpan Span { get; internal set; }

    /// <summary>Where the value of a property was written, or the record's own span when it was left out.</summary>
    public SourceSpan SpanOf(string propertyName) => Find(propertyName) is { } i ? sites![i].Span : Span;

    /// <summary>True when a text property was written as a block (| or &gt;): its text starts on the next line (for mapping Markdown lines back to the file).</summary>
    public bool IsBlockText(string propertyName) => Find(propertyName) is { } i && sites![i].IsBlock;

    internal void Remember(string propertyName, YNode node)
    {
        var site = new Site(propertyName, node.Span, node is YScalar { IsBlock: true });
        if (Find(propertyName) is { } existing)
        {
            sites![existing] = site;
            return;
        }
        sites ??= new Site[4];
        if (siteCount == sites.Length) Array.Resize(ref sites, siteCount * 2);
        sites[siteCount++] = site;
    }

    private int? Find(string propertyName)
    {
        for (var i = 0; i < siteCount; i++)
            if (string.Equals(sites![i].Property, propertyName, StringComparison.Ordinal)) return i;
        return null;
    }
}

/// <summary>Marks a property that the binder never reads from YAML (computed or positional data).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInYamlAttribute : Attribute;
