using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>site.yml: the site's settings and its taxonomy. The framework is data here, not code.</summary>
public sealed class SiteConfig : Located
{
    /// <summary>The guide's name, in the header and on every printed page.</summary>
    public required string Title { get; init; }
    /// <summary>A shorter name for narrow screens.</summary>
    public string? ShortTitle { get; init; }
    /// <summary>Shown in the footer and in print, e.g. "2026 edition".</summary>
    public required string Edition { get; init; }
    /// <summary>The lang attribute of every page, e.g. en-GB.</summary>
    public required string Language { get; init; }
    /// <summary>One or two sentences for the home page.</summary>
    public required string Description { get; init; }
    /// <summary>Prefix of every key the site keeps in the browser; unique per guide, never changed.</summary>
    public required string StorageNamespace { get; init; }
    /// <summary>Entry points on the home page, one per audience.</summary>
    public IReadOnlyList<AudienceDefinition>? Audiences { get; init; }
    public required IReadOnlyList<KeyQuestionDefinition> KeyQuestions { get; init; }
    public required IReadOnlyList<KloeDefinition> Kloes { get; init; }
    public required IReadOnlyList<ServiceTypeDefinition> ServiceTypes { get; init; }
    public required IReadOnlyList<SpeakerDefinition> Speakers { get; init; }
    public IReadOnlyList<QualityStatementDefinition>? QualityStatements { get; init; }
    /// <summary>The self-assessment's answer scales, bands and rating rules.</summary>
    public AssessmentConfig? Assessment { get; init; }
    /// <summary>The HTML tags allowed inside Markdown; everything else is escaped and reported.</summary>
    public RawHtmlConfig? RawHtml { get; init; }
    /// <summary>The framework's words as the site shows them; neutral words where left out.</summary>
    public SiteWords? Words { get; init; }

    private static readonly SiteWords NeutralWords = new();

    /// <summary>The words to show: those site.yml sets, the neutral defaults for the rest.</summary>
    public SiteWords Vocabulary => Words ?? NeutralWords;

    /// <summary>The service type marked `applies_to_all`, or null when none is.</summary>
    public ServiceTypeDefinition? AllServicesType => ServiceTypes.FirstOrDefault(t => t.AppliesToAll == true);

    /// <summary>The code of the service type marked `applies_to_all`, or "" when none is.</summary>
    public string AllServices => AllServicesType?.Code ?? "";
}

public sealed class KeyQuestionDefinition : Located
{
    public required string Id { get; init; }
    /// <summary>The letter KLOE codes start with (S for Safe).</summary>
    public required string Letter { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
}

public sealed class KloeDefinition : Located
{
    public required string Code { get; init; }
    public required string KeyQuestion { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
}

public sealed class ServiceTypeDefinition : Located
{
    public required string Code { get; init; }
    public required string Label { get; init; }
    public string? ShortLabel { get; init; }
    public required string Description { get; init; }
    /// <summary>True for the one type whose items apply to every service (shown whatever a reader chooses, unmarked in print).</summary>
    public bool? AppliesToAll { get; init; }
    /// <summary>The badge's colour as #rrggbb (text on the page's white; at least 4.5:1); by default one from GuideGen's palette.</summary>
    public string? Colour { get; init; }
}

public sealed class SpeakerDefinition : Located
{
    public required string Id { get; init; }
    public required string Label { get; init; }
}

public sealed class QualityStatementDefinition : Located
{
    public required string Id { get; init; }
    public required string KeyQuestion { get; init; }
    public required string Title { get; init; }
    /// <summary>What the statement asks of a service, in the guide's own words ("We …").</summary>
    public string? Meaning { get; init; }
    /// <summary>What a person using the service would say when it goes right ("I …").</summary>
    public string? PersonSays { get; init; }
}

public sealed class AudienceDefinition : Located
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>An @id link, e.g. "@how-to-use#for-managers".</summary>
    public required string Link { get; init; }
}
