namespace GuideGen.Core.Model;

/// <summary>Look-ups over site.yml's taxonomy. First definition wins when codes repeat (the validator reports the repeat).</summary>
public sealed class Taxonomy
{
    public Taxonomy(SiteConfig config)
    {
        KeyQuestions = First(config.KeyQuestions, k => k.Id);
        Kloes = First(config.Kloes, k => k.Code);
        ServiceTypes = First(config.ServiceTypes, s => s.Code);
        Speakers = First(config.Speakers, s => s.Id);
        QualityStatements = First(config.QualityStatements ?? [], q => q.Id);
        Words = config.Vocabulary;
    }

    /// <summary>The framework's words, for messages that name its levels.</summary>
    public SiteWords Words { get; }

    public IReadOnlyDictionary<string, KeyQuestionDefinition> KeyQuestions { get; }
    public IReadOnlyDictionary<string, KloeDefinition> Kloes { get; }
    public IReadOnlyDictionary<string, ServiceTypeDefinition> ServiceTypes { get; }
    public IReadOnlyDictionary<string, SpeakerDefinition> Speakers { get; }
    public IReadOnlyDictionary<string, QualityStatementDefinition> QualityStatements { get; }

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(key(item), item);
        return map;
    }
}
