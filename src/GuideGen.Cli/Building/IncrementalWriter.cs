namespace GuideGen.Cli.Building;

/// <summary>
/// Brings an output folder written by the previous build of this process up to date by writing only
/// the files whose bytes changed and deleting those that are gone. Used by the preview server, where
/// a one-topic change should not rewrite thousands of files. Any later build that starts afresh
/// (every <c>guidegen build</c>, and the first build of <c>guidegen serve</c>) rewrites the whole folder
/// through <see cref="OutputWriter"/>, so an update cut short never outlives the preview.
/// </summary>
public static class IncrementalWriter
{
    /// <returns>How many files were written or deleted.</returns>
    public static int Update(string output, IReadOnlyDictionary<string, OutputFile> previous, IReadOnlyList<OutputFile> files)
    {
        var changed = files.Where(f => !previous.TryGetValue(f.Path, out var old) || !(ReferenceEquals(old.Content, f.Content) || old.Content.AsSpan().SequenceEqual(f.Content))).ToList();
        foreach (var file in changed)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written beside and renamed over, so a page being read while it changes is never half-written.
            var temporary = path + ".guidegen-tmp";
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, path, overwrite: true);
        }
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var gone = previous.Keys.Where(p => !current.Contains(p)).ToList();
        foreach (var path in gone) File.Delete(Path.Combine(output, path));
        return changed.Count + gone.Count;
    }
}
