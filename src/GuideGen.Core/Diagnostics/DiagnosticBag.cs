namespace GuideGen.Core.Diagnostics;

/// <summary>
/// Collects problems instead of throwing them, so that one run reports every problem at once.
/// Safe to add to from several threads (files are parsed in parallel).
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Error(string code, SourceSpan span, string message) => Add(new(Severity.Error, code, message, span));

    public void Warning(string code, SourceSpan span, string message) => Add(new(Severity.Warning, code, message, span));

    public void Add(Diagnostic diagnostic)
    {
        lock (gate) items.Add(diagnostic);
        if (capture is { Bag: var bag, Seen: var seen } && bag == this) seen.Add(diagnostic);
    }

    // Per thread, so that parallel work items each see only what they reported themselves.
    [ThreadStatic] private static (DiagnosticBag Bag, List<Diagnostic> Seen)? capture;

    /// <summary>
    /// Runs <paramref name="work"/> and also returns the diagnostics it added to this bag from this
    /// thread, so that a result kept for a later build (the preview server's memos) can report them again.
    /// </summary>
    public (T Result, IReadOnlyList<Diagnostic> Reported) Capture<T>(Func<T> work)
    {
        var outer = capture;
        var seen = new List<Diagnostic>();
        capture = (this, seen);
        try
        {
            var result = work();
            if (outer is { } o && o.Bag == this) o.Seen.AddRange(seen);
            return (result, seen);
        }
        finally
        {
            capture = outer;
        }
    }

    public bool HasErrors
    {
        get { lock (gate) return items.Any(d => d.Severity == Severity.Error); }
    }

    public int ErrorCount
    {
        get { lock (gate) return items.Count(d => d.Severity == Severity.Error); }
    }

    public int WarningCount
    {
        get { lock (gate) return items.Count(d => d.Severity == Severity.Warning); }
    }

    /// <summary>All diagnostics in a stable order (file, line, column, code), whatever order threads added them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (gate)
        {
            return items
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
