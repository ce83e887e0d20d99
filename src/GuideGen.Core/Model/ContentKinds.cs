namespace GuideGen.Core.Model;

/// <summary>The kinds of content a guide holds: what search filters by, with the labels results show.</summary>
public static class ContentKinds
{
    public const string Topic = "topic";
    public const string Recommendation = "recommendation";
    public const string Example = "example";
    public const string TellingSign = "telling-sign";
    public const string Avoid = "avoid";
    public const string Insight = "insight";
    public const string CaseStudy = "case-study";
    public const string KeyQuestion = "key-question";
    public const string Glossary = "glossary";
    public const string Page = "page";

    /// <summary>Every kind with its label; a key question's label is the guide's own word for one.</summary>
    public static IReadOnlyList<(string Id, string Label)> Labelled(SiteWords words) =>
        All.Select(k => k.Id == KeyQuestion ? (k.Id, SiteWords.Capitalised(words.KeyQuestion)) : k).ToList();

    private static readonly IReadOnlyList<(string Id, string Label)> All =
    [
        (Topic, "Topic"),
        (Recommendation, "Recommendation"),
        (Example, "Practical example"),
        (TellingSign, "Telling sign"),
        (Avoid, "What to avoid"),
        (Insight, "Practice insight"),
        (CaseStudy, "What works for us"),
        (KeyQuestion, "Section"),
        (Glossary, "Glossary"),
        (Page, "Page"),
    ];
}
