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
    // A site holds no reference (the property is a number, the file is the record's own): a large guide
    // has hundreds of thousands of these arrays, which the collector then never has to look inside.
    private Site[]? sites;
    private int siteCount;

    private readonly record struct Site(int Property, int Line, int Column, bool IsBlock);

    /// <summary>Where the record starts.</summary>
    [NotInYaml]
    public SourceSpan Span { get; internal set; }

    /// <summary>Where the value of a property was written, or the record's own span when it was left out.</summary>
    public SourceSpan SpanOf(string propertyName) => Find(propertyName) is { } i ? new SourceSpan(Span.Path, sites![i].Line, sites[i].Column) : Span;

    /// <summary>True when a text property was written as a block (| or &gt;): its text starts on the next line (for mapping Markdown lines back to the file).</summary>
    public bool IsBlockText(string propertyName) => Find(propertyName) is { } i && sites![i].IsBlock;

    /// <summary>Room for the sites of a record read from a mapping of this many entries.</summary>
    internal void ReserveSites(int count) => sites ??= new Site[Math.Max(count, 1)];

    /// <param name="node">A value of the record's own file (the file of <see cref="Span"/>, set first).</param>
    internal void Remember(string propertyName, YNode node)
    {
        System.Diagnostics.Debug.Assert(node.Span.Path == Span.Path, "a record is read from one file's tree");
        var site = new Site(PropertyNumbers.Of(propertyName), node.Span.Line, node.Span.Column, node is YScalar { IsBlock: true });
        if (Find(site.Property) is { } existing)
        {
            sites![existing] = site;
            return;
        }
        sites ??= new Site[4];
        if (siteCount == sites.Length) Array.Resize(ref sites, siteCount * 2);
        sites[siteCount++] = site;
    }

    private int? Find(string propertyName) => PropertyNumbers.TryGet(propertyName, out var property) ? Find(property) : null;

    private int? Find(int property)
    {
        for (var i = 0; i < siteCount; i++)
            if (sites![i].Property == property) return i;
        return null;
    }

    /// <summary>A number for each property name of the model's records (a few dozen), the same for every record type.</summary>
    private static class PropertyNumbers
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);

        public static int Of(string propertyName)
        {
            if (Numbers.TryGetValue(propertyName, out var number)) return number;
            lock (Numbers) // numbers are handed out one at a time, so no two names share one
            {
                if (!Numbers.TryGetValue(propertyName, out number)) Numbers[propertyName] = number = Numbers.Count;
                return number;
            }
        }

        public static bool TryGet(string propertyName, out int number) => Numbers.TryGetValue(propertyName, out number);
    }
}

/// <summary>Marks a property that the binder never reads from YAML (computed or positional data).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInYamlAttribute : Attribute;
