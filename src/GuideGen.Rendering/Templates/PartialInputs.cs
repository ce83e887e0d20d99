using Scriban;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// What a partial's text depends on, found by reading its syntax tree: the values it reads from
/// variables it does not set itself (<c>page.root</c>, <c>site.title</c>, <c>badge.code</c>…), when
/// those are all it depends on. Then two includes of the partial that see equal values write equal
/// text, and <see cref="PartialOutputs"/> renders it once for each set of values: the header of every
/// page, the badge of every item. The reading is conservative: a partial that assigns, captures,
/// defines functions, calls anything but a few pure built-ins (<c>html.escape</c>, <c>string.*</c>,
/// <c>array.size</c>…) or includes a partial that is not itself pure, or uses any construct not listed
/// here, has no inputs (null) and is rendered every time, as before.
/// </summary>
internal static class PartialInputs
{
    /// <summary>Built-in functions whose result depends only on their arguments.</summary>
    private static readonly Dictionary<string, HashSet<string>> PureFunctions = new(StringComparer.Ordinal)
    {
        ["html"] = ["escape", "strip", "newline_to_br", "url_encode", "url_escape"],
        ["string"] = ["downcase", "upcase", "capitalize", "strip", "lstrip", "rstrip", "size", "contains", "starts_with", "ends_with",
            "replace", "replace_first", "remove", "remove_first", "append", "prepend", "slice", "slice1", "truncate", "truncatewords",
            "handleize", "pluralize", "empty", "whitespace", "to_int", "to_long", "to_float", "to_double", "split", "escape"],
        ["array"] = ["size", "first", "last", "join", "contains", "limit", "offset", "reverse", "sort", "uniq", "compact", "map"],
        ["math"] = ["abs", "ceil", "floor", "round", "plus", "minus", "times", "divided_by", "modulo", "format"],
    };

    /// <summary>The input expressions of every partial that has them (partial name → its inputs, each once).</summary>
    public static Dictionary<string, IReadOnlyList<ScriptExpression>> Of(IReadOnlyDictionary<string, Template> partials)
    {
        var found = new Dictionary<string, IReadOnlyList<ScriptExpression>>(StringComparer.Ordinal);
        foreach (var name in partials.Keys)
            if (InputsOf(name, partials, []) is { } inputs) found[name] = inputs;
        return found;
    }

    private static List<ScriptExpression>? InputsOf(string name, IReadOnlyDictionary<string, Template> partials, HashSet<string> including)
    {
        if (!partials.TryGetValue(name, out var template) || template.Page is null || !including.Add(name)) return null; // missing, or including itself
        try
        {
            var inputs = new List<ScriptExpression>();
            var reader = new Reader(partials, including, inputs);
            return reader.Pure(template.Page, []) ? inputs.DistinctBy(i => i.ToString()).ToList() : null;
        }
        finally
        {
            including.Remove(name);
        }
    }

    private sealed class Reader(IReadOnlyDictionary<string, Template> partials, HashSet<string> including, List<ScriptExpression> inputs)
    {
        /// <param name="bound">Names bound by enclosing <c>for</c> loops: they are the partial's own, not inputs.</param>
        public bool Pure(ScriptNode? node, HashSet<string> bound)
        {
            switch (node)
            {
                case null:
                    return true;
                case ScriptForStatement loop:
                {
                    if (loop.Variable is not ScriptVariableGlobal variable) return false;
                    // The loop's variable, and `for` (for.first, for.index…), are the loop's own.
                    var inner = new HashSet<string>(bound, StringComparer.Ordinal) { variable.Name, "for" };
                    if (!Pure(loop.Iterator, bound)) return false;
                    for (var i = 0; i < loop.ChildrenCount; i++)
                    {
                        var child = loop.GetChildren(i);
                        if (ReferenceEquals(child, loop.Variable) || ReferenceEquals(child, loop.Iterator)) continue;
                        if (!Pure(child, inner)) return false;
                    }
                    return true;
                }
                case ScriptMemberExpression member:
                    return Read(member, bound);
                case ScriptVariableGlobal variable:
                    if (!bound.Contains(variable.Name)) inputs.Add(variable);
                    return true;
                case ScriptFunctionCall call:
                    return Call(call, bound);
                case ScriptPipeCall pipe:
                    return Pure(pipe.From, bound) && PipeTarget(pipe.To, bound);
                case ScriptPage or ScriptBlockStatement or ScriptRawStatement or ScriptEscapeStatement or ScriptExpressionStatement
                    or ScriptIfStatement or ScriptElseStatement or ScriptEndStatement or ScriptLiteral or ScriptBinaryExpression
                    or ScriptUnaryExpression or ScriptNestedExpression or ScriptBreakStatement or ScriptContinueStatement
                    or ScriptToken or ScriptKeyword:
                    return Children(node, bound);
                default:
                    // ScriptList<T> holds a block's statements or a call's arguments; anything else is not known to be pure.
                    return node.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ScriptList<>) && Children(node, bound);
            }
        }

        private bool Children(ScriptNode node, HashSet<string> bound)
        {
            for (var i = 0; i < node.ChildrenCount; i++)
                if (!Pure(node.GetChildren(i), bound)) return false;
            return true;
        }

        /// <summary>
        /// <c>a.b.c</c>: when <c>a</c> is not bound here, the input is <c>a.b</c> (the value the page
        /// hands in, such as <c>page.root</c>), not all of <c>a</c>, so that pages differing elsewhere still share the text.
        /// </summary>
        private bool Read(ScriptMemberExpression member, HashSet<string> bound)
        {
            var first = member;
            while (first.Target is ScriptMemberExpression inner) first = inner;
            if (first.Target is not ScriptVariableGlobal root) return false;
            if (!bound.Contains(root.Name)) inputs.Add(first);
            return true;
        }

        /// <summary>
        /// What a value is piped into: a function, or more pipes (<c>a | f | g</c>), or a comparison
        /// whose left side is the function (<c>list | array.size > 0</c> pipes into <c>array.size</c>).
        /// </summary>
        private bool PipeTarget(ScriptNode? node, HashSet<string> bound) => node switch
        {
            ScriptFunctionCall call => Call(call, bound),
            ScriptMemberExpression function => IsPureFunction(function),
            ScriptPipeCall pipe => PipeTarget(pipe.From, bound) && PipeTarget(pipe.To, bound),
            ScriptBinaryExpression comparison => PipeTarget(comparison.Left, bound) && Pure(comparison.Right, bound),
            _ => false,
        };

        private bool Call(ScriptFunctionCall call, HashSet<string> bound)
        {
            if (call.Target is ScriptVariableGlobal { Name: "include" })
            {
                // Only a partial named as it stands, with no arguments, whose own text is pure.
                if (call.Arguments is not [ScriptLiteral { Value: string name }]) return false;
                var included = InputsOf(name, partials, including);
                if (included is null) return false;
                inputs.AddRange(included);
                return true;
            }
            if (call.Target is not ScriptMemberExpression function || !IsPureFunction(function)) return false;
            foreach (var argument in call.Arguments)
                if (!Pure(argument, bound)) return false;
            return true;
        }

        private static bool IsPureFunction(ScriptMemberExpression function) =>
            function is { Target: ScriptVariableGlobal { Name: var module }, Member: ScriptVariable { Name: var name } }
            && PureFunctions.TryGetValue(module, out var names) && names.Contains(name);
    }
}
