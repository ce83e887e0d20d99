namespace GuideGen.Search;

/// <summary>
/// One search result as people want to land on it: a single recommendation, example, telling sign,
/// what-to-avoid item, topic, glossary term or page. The id is the result's link, relative to the site root.
/// Topic is the id of the topic an item belongs to (its label is in the search data's config), or empty.
/// </summary>
public sealed record SearchDocument(
    string Id,
    string Title,
    string Text,
    string Keywords,
    string Kind,
    string KeyQuestion,
    string Service,
    string Topic);
