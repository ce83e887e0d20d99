namespace GuideGen.Core.Diagnostics;

/// <summary>A position in a source file: 1-based line and column, path relative to the site root.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan FileStart(string path) => new(path, 1, 1);

    /// <summary>Moves the span down by <paramref name="lines"/> lines, keeping it in the same file.</summary>
    public SourceSpan WithLineOffset(int lines, int column) => new(Path, Line + lines, column);

    public override string ToString() => $"{Path}({Line},{Column})";
}
