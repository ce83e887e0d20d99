using System.Text.Json;

namespace GuideGen.Search;

/// <summary>
/// Builds a search index in MiniSearch's own serialized format (version 2), so that the browser only
/// has to load it (MiniSearch.loadJS) instead of indexing every document on each page. It follows
/// MiniSearch 7's add(): field length = number of distinct raw tokens, average updated per document,
/// term frequency per field and document. A test runs MiniSearch itself (in Jint) on the same
/// documents and requires the same index.
/// </summary>
public sealed class MiniSearchIndex
{
    public static readonly IReadOnlyList<string> Fields = ["title", "text", "keywords"];
    public static readonly IReadOnlyList<string> StoreFields = ["title", "text", "kind", "kq", "service", "topic"];

    private readonly List<SearchDocument> documents = [];
    private readonly double[] averageFieldLength = new double[Fields.Count];
    private readonly List<int[]> fieldLengths = [];
    private readonly SortedDictionary<string, SortedDictionary<int, SortedDictionary<int, int>>> index = new(StringComparer.Ordinal);

    public int Count => documents.Count;

    public void Add(SearchDocument document)
    {
        var shortId = documents.Count;
        documents.Add(document);
        var lengths = new int[Fields.Count];
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            var tokens = TextAnalyzer.Tokenize(FieldValue(document, fieldId));
            lengths[fieldId] = tokens.Distinct(StringComparer.Ordinal).Count();
            // Same arithmetic, in the same order, as MiniSearch's addFieldLength: the averages match to the last bit.
            averageFieldLength[fieldId] = (averageFieldLength[fieldId] * shortId + lengths[fieldId]) / (shortId + 1);
            foreach (var token in tokens)
            {
                if (TextAnalyzer.ProcessTerm(token) is not { } term) continue;
                if (!index.TryGetValue(term, out var byField)) index[term] = byField = new();
                if (!byField.TryGetValue(fieldId, out var byDocument)) byField[fieldId] = byDocument = new();
                byDocument[shortId] = byDocument.GetValueOrDefault(shortId) + 1;
            }
        }
        fieldLengths.Add(lengths);
    }

    public static string FieldValue(SearchDocument document, int fieldId) => Fields[fieldId] switch
    {
        "title" => document.Title,
        "text" => document.Text,
        _ => document.Keywords,
    };

    private static string? StoredValue(SearchDocument document, string field) => field switch
    {
        "title" => document.Title,
        "text" => document.Text,
        "kind" => document.Kind,
        "kq" => document.KeyQuestion,
        "service" => document.Service,
        "topic" => document.Topic,
        _ => null,
    };

    /// <summary>
    /// Whether a document carries a stored field. Empty filter fields (a page has no key question) are left
    /// out, as MiniSearch leaves out undefined values; searched fields are always kept.
    /// </summary>
    public static bool IsStored(SearchDocument document, string field) =>
        Fields.Contains(field) || StoredValue(document, field) is { Length: > 0 };


    /// <summary>Writes the index as MiniSearch's toJSON() would (terms in ordinal order).</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("documentCount", documents.Count);
        json.WriteNumber("nextId", documents.Count);
        json.WriteStartObject("documentIds");
        for (var i = 0; i < documents.Count; i++) json.WriteString(Key(i), documents[i].Id);
        json.WriteEndObject();
        json.WriteStartObject("fieldIds");
        for (var i = 0; i < Fields.Count; i++) json.WriteNumber(Fields[i], i);
        json.WriteEndObject();
        json.WriteStartObject("fieldLength");
        for (var i = 0; i < documents.Count; i++)
        {
            json.WriteStartArray(Key(i));
            foreach (var length in fieldLengths[i]) json.WriteNumberValue(length);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("averageFieldLength");
        foreach (var average in averageFieldLength) json.WriteNumberValue(average);
        json.WriteEndArray();
        json.WriteStartObject("storedFields");
        for (var i = 0; i < documents.Count; i++)
        {
            json.WriteStartObject(Key(i));
            foreach (var field in StoreFields)
                if (IsStored(documents[i], field)) json.WriteString(field, StoredValue(documents[i], field));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteNumber("dirtCount", 0);
        json.WriteStartArray("index");
        foreach (var (term, byField) in index)
        {
            json.WriteStartArray();
            json.WriteStringValue(term);
            json.WriteStartObject();
            foreach (var (fieldId, byDocument) in byField)
            {
                json.WriteStartObject(Key(fieldId));
                foreach (var (shortId, frequency) in byDocument) json.WriteNumber(Key(shortId), frequency);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteNumber("serializationVersion", 2);
        json.WriteEndObject();
    }

    private static string Key(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
