using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Yaml;

/// <summary>
/// Binds a <see cref="YNode"/> tree onto typed records. The records are the schema: a property
/// declared <c>required</c> must be present, a nullable one may be left out, any other key is an
/// error with a "did you mean" hint. Every problem is reported; none is thrown.
/// Supported property types: string, int, bool, lists of those, and nested <see cref="Located"/> records.
/// </summary>
public sealed class YamlBinder(DiagnosticBag diagnostics)
{
    // A budget on visited nodes, so that a YAML alias bomb (anchors nested to expand exponentially) cannot hang the build.
    private const int MaxNodes = 2_000_000;
    private int visited;

    private static readonly ConcurrentDictionary<Type, RecordShape> Shapes = new();
    private static readonly ConcurrentDictionary<Type, Type> ListTypes = new();

    public T? Bind<T>(YNode node) where T : Located => (T?)BindRecord(typeof(T), node);

    private object? BindRecord(Type type, YNode node)
    {
        if (!CountVisit(node)) return null;
        if (node is not YMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongShape, node.Span, $"expected a mapping (key: value lines), found {Describe(node)}");
            return null;
        }

        var shape = Shapes.GetOrAdd(type, RecordShape.Of);
        var record = (Located)Activator.CreateInstance(type)!;
        record.Span = mapping.Span;
        record.ReserveSites(mapping.Entries.Count);
        // Which properties were given, by their place in the shape: a guide has hundreds of thousands of
        // records, and a set of names for each was a good share of what loading allocated.
        Span<bool> present = stackalloc bool[shape.Count];
        var complete = true;
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = (entries[i].Key, entries[i].Value);
            if (!shape.ByKey.TryGetValue(key.Value, out var property))
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, key.Span,
                    $"unknown key '{key.Value}'{NameSuggester.Hint(key.Value, shape.ByKey.Keys)}");
                continue;
            }

            record.Remember(property.Info.Name, value);
            if (value is YScalar { IsNull: true })
            {
                // A list key with nothing after it ("avoid:") is an empty list, as "avoid: []" is: both are
                // reported, since a heading with no items, or items lost to a stray indent, is a mistake.
                if (ListElementType(property.Info.PropertyType) is not null)
                {
                    diagnostics.Error(DiagnosticCodes.EmptyBlock, value.Span, $"'{property.Key}' is empty; add items or remove it");
                    complete &= !property.IsRequired;
                }
                continue; // any other value written but empty is treated as left out (reported below if required)
            }
            var bound = BindValue(property.Info.PropertyType, value, property.Key);
            present[property.Index] = true;
            if (bound is null)
            {
                complete &= !property.IsRequired; // already reported; a record without a required value is dropped
                continue;
            }
            property.Info.SetValue(record, bound);
        }

        foreach (var property in shape.Required)
        {
            if (present[property.Index]) continue;
            diagnostics.Error(DiagnosticCodes.MissingKey, mapping.Span, $"missing required key '{property.Key}'");
            complete = false;
        }
        // Only complete records go on, so later steps can rely on every required value being there.
        return complete ? record : null;
    }

    private object? BindValue(Type type, YNode node, string key)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return ScalarText(node, key);
        if (underlying == typeof(int))
        {
            var text = ScalarText(node, key);
            if (text is null) return null;
            if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)) return number;
            diagnostics.Error(DiagnosticCodes.WrongShape, node.Span, $"'{key}' must be a whole number, not '{text}'");
            return null;
        }
        if (underlying == typeof(bool))
        {
            var text = ScalarText(node, key);
            if (text is null) return null;
            if (text is "true" or "True" or "yes") return true;
            if (text is "false" or "False" or "no") return false;
            diagnostics.Error(DiagnosticCodes.WrongShape, node.Span, $"'{key}' must be true or false, not '{text}'");
            return null;
        }
        if (ListElementType(underlying) is { } element) return BindList(element, node, key);
        if (typeof(Located).IsAssignableFrom(underlying)) return BindRecord(underlying, node);
        throw new InvalidOperationException($"the binder does not support {type}"); // a bug in a model record, not bad input
    }

    private object? BindList(Type element, YNode node, string key)
    {
        if (!CountVisit(node)) return null;
        if (node is not YSequence sequence)
        {
            diagnostics.Error(DiagnosticCodes.WrongShape, node.Span, $"'{key}' must be a list (lines starting with '- '), found {Describe(node)}");
            return null;
        }
        if (sequence.Items.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyBlock, node.Span, $"'{key}' is empty; add items or remove it");
            return null;
        }

        var list = (System.Collections.IList)Activator.CreateInstance(ListTypes.GetOrAdd(element, static e => typeof(List<>).MakeGenericType(e)))!;
        foreach (var item in sequence.Items)
        {
            var bound = BindValue(element, item, key);
            if (bound is not null) list.Add(bound);
        }
        return list;
    }

    private string? ScalarText(YNode node, string key)
    {
        if (node is YScalar scalar) return scalar.Value;
        diagnostics.Error(DiagnosticCodes.WrongShape, node.Span, $"'{key}' must be text, found {Describe(node)}");
        return null;
    }

    private bool CountVisit(YNode node)
    {
        if (++visited <= MaxNodes) return true;
        if (visited == MaxNodes + 1)
            diagnostics.Error(DiagnosticCodes.YamlAliasExpansion, node.Span, "the document expands to too many nodes (are aliases nested?)");
        return false;
    }

    private static string Describe(YNode node) => node is YScalar s ? $"the text '{Shorten(s.Value)}'" : node.ShapeName;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";

    private static Type? ListElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d &&
        (d == typeof(IReadOnlyList<>) || d == typeof(List<>) || d == typeof(IList<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>YAML key for a property: PascalCase becomes snake_case.</summary>
    public static string KeyOf(string propertyName)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < propertyName.Length; i++)
        {
            var c = propertyName[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private sealed record BoundProperty(string Key, PropertyInfo Info, bool IsRequired, int Index);

    private sealed record RecordShape(Dictionary<string, BoundProperty> ByKey, IReadOnlyList<BoundProperty> Required)
    {
        public int Count => ByKey.Count;

        public static RecordShape Of(Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<NotInYamlAttribute>() is null)
                .Select((p, index) => new BoundProperty(KeyOf(p.Name), p, p.GetCustomAttribute<RequiredMemberAttribute>() is not null, index))
                .ToList();
            return new RecordShape(
                properties.ToDictionary(p => p.Key, StringComparer.Ordinal),
                properties.Where(p => p.IsRequired).OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        }
    }
}
