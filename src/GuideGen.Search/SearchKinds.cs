namespace GuideGen.Search;

/// <summary>The kinds of content search can filter by, with the labels results show.</summary>
public static class SearchKinds
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

    public static readonly IReadOnlyList<(string Id, string Label)> All =
    [
        (Topic, "Topic"),
        (Recommendation, "Recommendation"),
        (Example, "Practical example"),
        (TellingSign, "Telling sign"),
        (Avoid, "What to avoid"),
        (Insight, "Practice insight"),
        (CaseStudy, "What works for us"),
        (KeyQuestion, "Key question"),
        (Glossary, "Glossary"),
        (Page, "Page"),
    ];
}
