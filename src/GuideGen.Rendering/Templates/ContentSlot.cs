using System.Buffers;
using Scriban;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// How the layout receives a page's body (<c>content</c>) without it becoming a string: a topic page's
/// body is large enough to land on the large-object heap, and making one per page, copying it into the
/// layout and collecting it was a good share of rendering. The layout is given a stand-in, and the body
/// is put in its place from the buffer it was rendered into. This is done only when every template writes
/// <c>content</c> as it is (<c>{{ content }}</c>); one that filters, measures or assigns it gets the string.
/// </summary>
internal static class ContentSlot
{
    public const string VariableName = TemplateRenderer.ContentVariable;

    // Private-use fences and a key made afresh in each process: no text of the guide can pass for it.
    public static readonly string StandIn = $"\uE000content-{Guid.NewGuid():N}\uE000";

    /// <summary>True when every mention of the variable <c>content</c> in <paramref name="templates"/> is a statement that writes it.</summary>
    public static bool IsOnlyWrittenAsIs(IEnumerable<Template> templates) =>
        templates.All(t => t.Page is null || Mentions(t.Page).All(v => v.Parent is ScriptExpressionStatement));

    /// <summary>The variable <c>content</c> wherever it is read or set; a member called content (<c>page.content</c>) is another thing.</summary>
    private static IEnumerable<ScriptVariable> Mentions(ScriptNode node)
    {
        if (node is ScriptVariable { Name: VariableName } variable
            && !(node.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, node)))
            yield return variable;
        foreach (var child in node.Children)
            if (child is not null)
                foreach (var mention in Mentions(child))
                    yield return mention;
    }

    /// <summary>Hands <paramref name="finish"/> the layout's text with each stand-in replaced by <paramref name="body"/>.</summary>
    public static T Fill<T>(ReadOnlySpan<char> layout, ReadOnlySpan<char> body, Func<ReadOnlySpan<char>, T> finish)
    {
        var count = layout.Count(StandIn);
        if (count == 0) return finish(layout);
        var buffer = ArrayPool<char>.Shared.Rent(layout.Length + count * (body.Length - StandIn.Length));
        try
        {
            var written = 0;
            while (layout.IndexOf(StandIn, StringComparison.Ordinal) is var at and >= 0)
            {
                layout[..at].CopyTo(buffer.AsSpan(written));
                written += at;
                body.CopyTo(buffer.AsSpan(written));
                written += body.Length;
                layout = layout[(at + StandIn.Length)..];
            }
            layout.CopyTo(buffer.AsSpan(written));
            return finish(buffer.AsSpan(0, written + layout.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
