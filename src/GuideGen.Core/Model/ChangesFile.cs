using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>content/changes.yml: what each edition of the guide added, changed or removed, newest first.</summary>
public sealed class ChangesFile : Located
{
    public required IReadOnlyList<EditionChanges> Editions { get; init; }
}

public sealed class EditionChanges : Located
{
    /// <summary>The edition's name, as site.yml's `edition` calls it ("2026 edition").</summary>
    public required string Edition { get; init; }
    /// <summary>When it was published: YYYY-MM-DD.</summary>
    public required string Date { get; init; }

    /// <summary>The date, when it is written as YYYY-MM-DD.</summary>
    public DateOnly? PublishedOn =>
        DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
    /// <summary>Markdown, one paragraph: the edition in a sentence or two (shown on the home page).</summary>
    public string? Summary { get; init; }
    public IReadOnlyList<ChangeEntry>? Added { get; init; }
    public IReadOnlyList<ChangeEntry>? Changed { get; init; }
    public IReadOnlyList<ChangeEntry>? Removed { get; init; }
}

public sealed class ChangeEntry : Located
{
    /// <summary>Inline Markdown: what changed, in a sentence.</summary>
    public required string Text { get; init; }
    /// <summary>Where it is now: an `@id` or `@id#anchor` link (left out for something removed).</summary>
    public string? Link { get; init; }
}
