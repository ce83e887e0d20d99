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
    // term → per field, the documents that hold it with their term frequency. Documents are added in
    // order, so each posting list is already sorted; terms are sorted once, when the index is written.
    private readonly Dictionary<string, Postings?[]> index = new(StringComparer.Ordinal);

    public int Count => documents.Count;

    public void Add(SearchDocument document) => Merge(document, Analyse(document));

    /// <summary>Adds many documents: the text analysis (the costly part) runs in parallel, the merge in document order.</summary>
    public void AddAll(IReadOnlyList<SearchDocument> batch)
    {
        var analysed = new AnalysedDocument[batch.Count];
        Core.Parallelism.For(batch.Count, i => analysed[i] = Analyse(batch[i]));
        for (var i = 0; i < batch.Count; i++) Merge(batch[i], analysed[i]);
    }

    /// <summary>Per field: the number of distinct raw tokens (MiniSearch's field length) and the indexed terms in order.</summary>
    private sealed record AnalysedDocument(int[] Lengths, List<string>[] Terms);

    private static AnalysedDocument Analyse(SearchDocument document)
    {
        var lengths = new int[Fields.Count];
        var terms = new List<string>[Fields.Count];
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            var tokens = TextAnalyzer.Tokenize(FieldValue(document, fieldId));
            lengths[fieldId] = tokens.Distinct(StringComparer.Ordinal).Count();
            terms[fieldId] = [];
            foreach (var token in tokens)
                if (TextAnalyzer.ProcessTerm(token) is { } term) terms[fieldId].Add(term);
        }
        return new AnalysedDocument(lengths, terms);
    }

    private void Merge(SearchDocument document, AnalysedDocument analysed)
    {
        var shortId = documents.Count;
        documents.Add(document);
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            // Same arithmetic, in the same order, as MiniSearch's addFieldLength: the averages match to the last bit.
            averageFieldLength[fieldId] = (averageFieldLength[fieldId] * shortId + analysed.Lengths[fieldId]) / (shortId + 1);
            foreach (var term in analysed.Terms[fieldId])
            {
                if (!index.TryGetValue(term, out var byField)) index[term] = byField = new Postings?[Fields.Count];
                (byField[fieldId] ??= new Postings()).Count(shortId);
            }
        }
        fieldLengths.Add(analysed.Lengths);
    }

    /// <summary>The documents of one term in one field, in document order, with how often the term occurs.</summary>
    private sealed class Postings
    {
        public readonly List<int> Documents = [];
        public readonly List<int> Frequencies = [];

        public void Count(int shortId)
        {
            if (Documents.Count > 0 && Documents[^1] == shortId) Frequencies[^1]++;
            else { Documents.Add(shortId); Frequencies.Add(1); }
        }
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


    /// <summary>MiniSearch's default BM25+ parameters (k, b, d).</summary>
    private const double K = 1.2, B = 0.7, D = 0.5;

    /// <summary>
    /// Every term in ordinal order with the documents that hold it and each document's score for an exact
    /// match: the BM25+ score of each field times the field's boost, summed in field order, as MiniSearch's
    /// termResults computes it. The sharded index ships these, so the browser only has to add them up.
    /// </summary>
    public IEnumerable<(string Term, int[] Documents, double[] Scores)> ScoredTerms(IReadOnlyList<double> fieldBoosts)
    {
        foreach (var term in index.Keys.Order(StringComparer.Ordinal))
        {
            var byField = index[term];
            var docs = new List<int>();
            var scores = new List<double>();
            for (var fieldId = 0; fieldId < byField.Length; fieldId++)
            {
                if (byField[fieldId] is not { } postings) continue;
                var matching = postings.Documents.Count;
                var inverse = Math.Log(1 + (documents.Count - matching + 0.5) / (matching + 0.5));
                var fieldScores = new double[matching];
                for (var i = 0; i < matching; i++)
                {
                    double frequency = postings.Frequencies[i];
                    var length = fieldLengths[postings.Documents[i]][fieldId];
                    fieldScores[i] = fieldBoosts[fieldId] * inverse * (D + frequency * (K + 1) / (frequency + K * (1 - B + B * length / averageFieldLength[fieldId])));
                }
                (docs, scores) = Merge(docs, scores, postings.Documents, fieldScores);
            }
            yield return (term, docs.ToArray(), scores.ToArray());
        }
    }

    /// <summary>Merges two posting lists sorted by document, adding the scores of a document found in both.</summary>
    private static (List<int>, List<double>) Merge(List<int> docsA, List<double> scoresA, List<int> docsB, double[] scoresB)
    {
        var docs = new List<int>(docsA.Count + docsB.Count);
        var scores = new List<double>(docs.Capacity);
        int a = 0, b = 0;
        while (a < docsA.Count || b < docsB.Count)
        {
            if (b == docsB.Count || (a < docsA.Count && docsA[a] < docsB[b])) { docs.Add(docsA[a]); scores.Add(scoresA[a++]); }
            else if (a == docsA.Count || docsB[b] < docsA[a]) { docs.Add(docsB[b]); scores.Add(scoresB[b++]); }
            else { docs.Add(docsA[a]); scores.Add(scoresA[a++] + scoresB[b++]); }
        }
        return (docs, scores);
    }

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
        foreach (var term in index.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteStartArray();
            json.WriteStringValue(term);
            json.WriteStartObject();
            var byField = index[term];
            for (var fieldId = 0; fieldId < byField.Length; fieldId++)
            {
                if (byField[fieldId] is not { } postings) continue;
                json.WriteStartObject(Key(fieldId));
                for (var i = 0; i < postings.Documents.Count; i++) json.WriteNumber(Key(postings.Documents[i]), postings.Frequencies[i]);
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
