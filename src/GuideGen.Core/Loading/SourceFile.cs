namespace GuideGen.Core.Loading;

/// <summary>A file of the guide: its path relative to the site root (with forward slashes, for messages) and its text.</summary>
public sealed record SourceFile(string RelativePath, string FullPath, string Text);
