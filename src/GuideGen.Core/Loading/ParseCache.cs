using System.Collections.Concurrent;
using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Loading;

/// <summary>
/// Parsed content files kept between builds of one process (the preview server): a file whose text
/// is unchanged is not parsed again, and the problems it had are reported again as they were. Safe
/// because the content model is immutable once bound.
/// </summary>
public sealed class ParseCache
{
    private sealed record Entry(string Text, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public int Reused => reused;

    private int reused;

    public T? GetOrParse<T>(SourceFile file, DiagnosticBag diagnostics, Func<SourceFile, DiagnosticBag, T?> parse) where T : class
    {
        if (!entries.TryGetValue(file.RelativePath, out var entry) || entry.Text != file.Text || entry.Value is not (T or null))
        {
            var own = new DiagnosticBag();
            entry = new Entry(file.Text, parse(file, own), own.Sorted());
            entries[file.RelativePath] = entry;
        }
        else Interlocked.Increment(ref reused);

        foreach (var diagnostic in entry.Diagnostics) diagnostics.Add(diagnostic);
        return (T?)entry.Value;
    }
}
