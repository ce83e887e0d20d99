using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Loading;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
public static class FrontMatter
{
    /// <param name="Yaml">The YAML between the two `---` lines.</param>
    /// <param name="Body">The Markdown after the closing `---`.</param>
    /// <param name="BodyLineOffset">How many lines of the file come before the body.</param>
    public sealed record Parts(string Yaml, string Body, int BodyLineOffset);

    public static Parts? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimStart('\uFEFF') != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, SourceSpan.FileStart(file.RelativePath),
                "a page must start with front matter: a line '---', the YAML keys, and another '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') != "---") continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            if (MarkdownNesting.FindTooDeep(body) is { } at)
            {
                // Refused before Markdig sees it: see MarkdownNesting.
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceSpan(file.RelativePath, i + 2 + at.Line, at.Column + 1),
                    $"the Markdown is nested more than {MarkdownNesting.MaxDepth} levels deep (quotes, lists, brackets or emphasis); guide text never needs that");
                return null;
            }
            return new Parts(yaml, body, i + 1);
        }

        diagnostics.Error(DiagnosticCodes.FrontMatter, SourceSpan.FileStart(file.RelativePath),
            "the front matter is not closed: add a line '---' after the last key");
        return null;
    }
}
