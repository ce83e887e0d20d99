namespace GuideGen.Search;

/// <summary>
/// One search result as people want to land on it: a single recommendation, example, telling sign,
/// what-to-avoid item, topic, glossary term or page. The id is the result's link, relative to the site root.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Title,
    string Text,
    string Keywords,
    string Kind,
    string KeyQuestion,
    string Kloe,
    string Service,
    string Topic);
