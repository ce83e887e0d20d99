using System.Collections.Concurrent;
using System.Text.Json;

namespace GuideGen.Search;

/// <summary>
/// Builds a search index in MiniSearch's own serialized format (version 2), so that the browser only
/// has to load it (MiniSearch.loadJS) instead of indexing every document on each page. It follows
/// MiniSearch 7's add(): field length = number of distinct raw tokens, average updated per document,
/// term frequency per field and document. A test runs MiniSearch itself (in Jint) on the same
/// documents and requires the same index.
/// </summary>
public sealed partial class MiniSearchIndex
{
    public static readonly IReadOnlyList<string> Fields = ["title", "text", "keywords"];
    public static readonly IReadOnlyList<string> StoreFields = ["title", "text", "kind", "kq", "service", "topic"];

    // Kept for the single index file, which stores their fields; a sharded index writes those as it goes
    // and lets the documents go (see the constructor).
    private readonly List<SearchDocument>? documents;
    private readonly double[] averageFieldLength = new double[Fields.Count];
    // Per document, where its analysis is: its field lengths, then for each field the number of distinct
    // terms and (term id, frequency) pairs. Analyses are packed into large shared arrays, not one array
    // each: hundreds of thousands of small arrays that live until the index is written cost the garbage
    // collector more than the analysis itself.
    private readonly List<(int[] Chunk, int Offset)> analyses = [];
    // Every term gets an id when it is first seen. Ids depend on which thread saw a term first, so
    // nothing written follows them: terms are written in ordinal order, documents in the order added.
    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private int nextTermId;
    // Analysers keep their caches of tokens already seen from one batch to the next.
    private readonly ConcurrentBag<Analyser> analysers = [];
    private Postings? postings;

    /// <param name="keepDocuments">
    /// False when the caller has written what the documents show elsewhere (document shards) and only
    /// needs their terms and scores: the documents, the whole text of a large guide, are then not kept
    /// until the index is done, and <see cref="WriteTo"/> cannot be used.
    /// </param>
    public MiniSearchIndex(bool keepDocuments = true) => documents = keepDocuments ? [] : null;

    /// <summary>How many documents were added: each has its analysis.</summary>
    public int Count => analyses.Count;

    public void Add(SearchDocument document) => AddAll([document]);

    /// <summary>Adds many documents: the text analysis (the costly part) runs in parallel, the merge in document order.</summary>
    public void AddAll(IReadOnlyList<SearchDocument> batch)
    {
        var analysed = new (int[] Chunk, int Offset)[batch.Count];
        Parallel.For(0, batch.Count, Core.Parallelism.Options,
            () => analysers.TryTake(out var analyser) ? analyser : new Analyser(this),
            (i, _, analyser) => { analysed[i] = analyser.Analyse(batch[i]); return analyser; },
            analysers.Add);
        for (var i = 0; i < batch.Count; i++)
        {
            var shortId = analyses.Count;
            documents?.Add(batch[i]);
            // Same arithmetic, in the same order, as MiniSearch's addFieldLength: the averages match to the last bit.
            var (chunk, offset) = analysed[i];
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
                averageFieldLength[fieldId] = (averageFieldLength[fieldId] * shortId + chunk[offset + fieldId]) / (shortId + 1);
            analyses.Add(analysed[i]);
        }
        postings = null;
    }

    private int TermId(string term) => termIds.GetOrAdd(term, _ => Interlocked.Increment(ref nextTermId) - 1);

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

    /// <summary>Every term, in ordinal order.</summary>
    public IReadOnlyList<string> Terms => Index().Terms;

    /// <summary>How many documents hold the term at this position of <see cref="Terms"/>, in any field.</summary>
    public int DocumentCount(int term) => Index().DocumentCount[Index().TermIdOf[term]];

    /// <summary>
    /// The documents that hold the term at this position of <see cref="Terms"/> and each document's score
    /// for an exact match: the BM25+ score of each field times the field's boost, summed in field order, as
    /// MiniSearch's termResults computes it. The sharded index ships these, so the browser only has to add
    /// them up. Writes them into the spans, which must hold <see cref="DocumentCount"/> entries (the caller
    /// reuses its buffers from term to term). Safe to call from several threads at once.
    /// </summary>
    public void Scored(int term, IReadOnlyList<double> fieldBoosts, Span<int> docs, Span<double> scores)
    {
        var index = Index();
        var id = index.TermIdOf[term];
        docs = docs[..index.DocumentCount[id]];
        scores = scores[..docs.Length];
        Span<int> next = stackalloc int[Fields.Count];
        Span<int> end = stackalloc int[Fields.Count];
        Span<double> weight = stackalloc double[Fields.Count];
        var fields = 0;
        var onlyField = 0;
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            next[fieldId] = index.Start[fieldId][id];
            end[fieldId] = index.Start[fieldId][id + 1];
            var matching = end[fieldId] - next[fieldId];
            if (matching > 0) { fields++; onlyField = fieldId; }
            var inverse = Math.Log(1 + (Count - matching + 0.5) / (matching + 0.5));
            weight[fieldId] = fieldBoosts[fieldId] * inverse;
        }
        // BM25+ per field, with the same operations in the same order as MiniSearch: the scores match to the last bit.
        if (fields == 1)
        {
            // Most terms are in one field only: no merging.
            // Slices of exactly the term's postings: the loop then runs without bounds checks on them.
            var fieldDocs = index.Documents[onlyField].AsSpan(next[onlyField], docs.Length);
            var frequencies = index.Frequencies[onlyField].AsSpan(next[onlyField], docs.Length);
            var (norm, w) = (index.LengthNorm[onlyField], weight[onlyField]);
            fieldDocs.CopyTo(docs);
            for (var m = 0; m < fieldDocs.Length; m++)
            {
                double frequency = frequencies[m];
                scores[m] = w * (D + frequency * (K + 1) / (frequency + norm[fieldDocs[m]]));
            }
            return;
        }
        // Merge the fields' document lists (each in document order); a document's field scores are added
        // in field order, as MiniSearch adds them.
        for (var m = 0; m < docs.Length; m++)
        {
            var doc = int.MaxValue;
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
                if (next[fieldId] < end[fieldId]) doc = Math.Min(doc, index.Documents[fieldId][next[fieldId]]);
            var score = 0.0;
            var first = true;
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
            {
                var at = next[fieldId];
                if (at == end[fieldId] || index.Documents[fieldId][at] != doc) continue;
                next[fieldId]++;
                double frequency = index.Frequencies[fieldId][at];
                var fieldScore = weight[fieldId] * (D + frequency * (K + 1) / (frequency + index.LengthNorm[fieldId][doc]));
                score = first ? fieldScore : score + fieldScore;
                first = false;
            }
            docs[m] = doc;
            scores[m] = score;
        }
    }

    /// <summary>Writes the index as MiniSearch's toJSON() would (terms in ordinal order).</summary>
    public void WriteTo(Utf8JsonWriter json)
    {
        var documents = this.documents ?? throw new InvalidOperationException("this index did not keep its documents");
        // Property names "0", "1", … for document and field ids, encoded once rather than per posting.
        var keys = Enumerable.Range(0, Math.Max(documents.Count, Fields.Count)).Select(i => JsonEncodedText.Encode(Key(i))).ToArray();
        json.WriteStartObject();
        json.WriteNumber("documentCount", documents.Count);
        json.WriteNumber("nextId", documents.Count);
        json.WriteStartObject("documentIds");
        for (var i = 0; i < documents.Count; i++) json.WriteString(keys[i], documents[i].Id);
        json.WriteEndObject();
        json.WriteStartObject("fieldIds");
        for (var i = 0; i < Fields.Count; i++) json.WriteNumber(Fields[i], i);
        json.WriteEndObject();
        json.WriteStartObject("fieldLength");
        for (var i = 0; i < documents.Count; i++)
        {
            json.WriteStartArray(keys[i]);
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++) json.WriteNumberValue(FieldLength(i, fieldId));
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("averageFieldLength");
        foreach (var average in averageFieldLength) json.WriteNumberValue(average);
        json.WriteEndArray();
        json.WriteStartObject("storedFields");
        for (var i = 0; i < documents.Count; i++)
        {
            json.WriteStartObject(keys[i]);
            foreach (var field in StoreFields)
                if (IsStored(documents[i], field)) json.WriteString(field, StoredValue(documents[i], field));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteNumber("dirtCount", 0);
        json.WriteStartArray("index");
        var index = Index();
        for (var term = 0; term < index.Terms.Length; term++)
        {
            var id = index.TermIdOf[term];
            json.WriteStartArray();
            json.WriteStringValue(index.Terms[term]);
            json.WriteStartObject();
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
            {
                var (from, to) = (index.Start[fieldId][id], index.Start[fieldId][id + 1]);
                if (from == to) continue;
                json.WriteStartObject(keys[fieldId]);
                for (var i = from; i < to; i++) json.WriteNumber(keys[index.Documents[fieldId][i]], index.Frequencies[fieldId][i]);
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
