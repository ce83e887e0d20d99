namespace GuideGen.Core.Output;

/// <summary>
/// Where each kind of page is written, and how one page links to another. Every link is relative and
/// names a file (never a folder), because a site opened from disk has no server to add index.html.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Glossary = "glossary.html";
    public const string WhatsNew = "whats-new.html";
    public const string Search = "search.html";
    public const string Kloes = "kloes.html";
    public const string QualityStatements = "quality-statements.html";
    public const string AssetsFolder = "assets";
    public const string SearchData = "assets/search-index.js";
    public const string Assessment = "assessment.html";
    public const string AssessmentData = "assets/assessment-data.js";

    public static string KeyQuestion(string id) => $"key-questions/{id}.html";
    public static string Topic(string id) => $"topics/{id}.html";
    public static string Page(string id) => $"pages/{id}.html";
    public const string PackBuilder = "packs/index.html";
    public const string PrintGuide = "print/guide.html";
    public static string PrintKeyQuestion(string id) => $"print/{id}.html";
    public const string PacksData = "assets/packs-data.js";
    public static string PacksTopic(string topicId) => $"assets/packs/{topicId}.js";
    public static string Pack(string id) => $"packs/{id}.html";
    public static string Cards(string topicId) => $"cards/{topicId}.html";
    public static string Supervision(string kloeCode) => $"supervision/{kloeCode.ToLowerInvariant()}.html";

    /// <summary>The relative prefix from a page back to the site root ("" or "../").</summary>
    public static string RootPrefix(string fromPath) =>
        string.Concat(Enumerable.Repeat("../", fromPath.Count(c => c == '/')));

    /// <summary>A relative link from one output file to another, with an optional anchor.</summary>
    public static string Relative(string fromPath, string toPath, string? anchor = null)
    {
        var href = toPath == fromPath && anchor is not null ? "" : RootPrefix(fromPath) + toPath;
        return anchor is null ? href : $"{href}#{anchor}";
    }
}
