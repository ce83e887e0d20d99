using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// The text of pure partials (see <see cref="PartialInputs"/>), kept by the values of their inputs for
/// one build and shared by its threads. Every page includes the header, and it came out the same for
/// all pages with the same root folder and the same current key question, yet took a sixth of the
/// rendering of a large guide; every item includes its service badge, of which there are three. An
/// input value is only used as a key when it cannot change under the key: text, numbers, and the view
/// models (immutable records and lists, compared as records compare). Anything else, and a partial
/// whose text is rarely the same twice (the footer shows the page's title), is rendered every time.
/// </summary>
internal sealed class PartialOutputs(IReadOnlyDictionary<string, IReadOnlyList<ScriptExpression>> inputs)
{
    /// <summary>After this many renders, a partial that was reused less often than rendered is no longer kept.</summary>
    private const int Trial = 64;

    private sealed class Kept
    {
        public readonly ConcurrentDictionary<Key, string> Texts = new();
        public int Hits;
        public int Misses;
        public volatile bool GivenUp;
    }

    private readonly ConcurrentDictionary<string, Kept> kept = new(StringComparer.Ordinal);

    /// <summary>The partial's text for the values its inputs have here, rendered by <paramref name="render"/> (given <paramref name="state"/>) only the first time.</summary>
    /// <returns>Null when the partial is not kept: the caller renders it as usual.</returns>
    /// <remarks>Called for every include: the state is passed, not captured, so that a partial never kept costs no allocation.</remarks>
    public string? GetOrRender<TState>(string name, TemplateContext context, TState state, Func<TState, string> render)
    {
        if (!inputs.TryGetValue(name, out var expressions)) return null;
        var entry = kept.GetOrAdd(name, _ => new Kept());
        if (entry.GivenUp) return null;
        if (KeyOf(expressions, context) is not { } key) return null;
        if (entry.Texts.TryGetValue(key, out var text))
        {
            Interlocked.Increment(ref entry.Hits);
            return text;
        }
        text = render(state);
        var misses = Interlocked.Increment(ref entry.Misses);
        if (misses >= Trial && Volatile.Read(ref entry.Hits) < misses)
        {
            entry.GivenUp = true;
            entry.Texts.Clear();
        }
        else entry.Texts.TryAdd(key, text);
        return text;
    }

    private static Key? KeyOf(IReadOnlyList<ScriptExpression> expressions, TemplateContext context)
    {
        var values = new object?[expressions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            try
            {
                values[i] = context.Evaluate(expressions[i]);
            }
            catch (ScriptRuntimeException)
            {
                return null; // rendered as usual, which reports the problem where it stands
            }
            if (!IsImmutable(values[i])) return null;
        }
        return new Key(values);
    }

    private static bool IsImmutable(object? value) => value switch
    {
        null or string or bool or int or long or double or float or decimal => true,
        _ => IsViewType(value.GetType()),
    };

    /// <summary>View models (records of this assembly) and the lists and arrays that hold them or text.</summary>
    private static bool IsViewType(Type type)
    {
        if (type.Assembly == typeof(PartialOutputs).Assembly && type.Namespace == "GuideGen.Rendering.Views") return true;
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0]
            : null;
        return element is not null && (element == typeof(string) || IsViewType(element));
    }

    /// <summary>Input values compared as they compare themselves: text by its characters, records by their fields, lists by identity.</summary>
    private sealed class Key(object?[] values) : IEquatable<Key>
    {
        private readonly int hash = HashOf(values);

        private static int HashOf(object?[] values)
        {
            var hash = new HashCode();
            foreach (var value in values) hash.Add(value);
            return hash.ToHashCode();
        }

        public bool Equals(Key? other)
        {
            if (other is null || other.hash != hash || other.Values.Length != Values.Length) return false;
            for (var i = 0; i < Values.Length; i++)
                if (!Equals(Values[i], other.Values[i])) return false;
            return true;
        }

        private object?[] Values => values;

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => hash;
    }
}
