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
public sealed class MiniSearchIndex
{
    public static readonly IReadOnlyList<string> Fields = ["title", "text", "keywords"];
    public static readonly IReadOnlyList<string> StoreFields = ["title", "text", "kind", "kq", "service", "topic"];

    private readonly List<SearchDocument> documents = [];
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

    public int Count => documents.Count;

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
            var shortId = documents.Count;
            documents.Add(batch[i]);
            // Same arithmetic, in the same order, as MiniSearch's addFieldLength: the averages match to the last bit.
            var (chunk, offset) = analysed[i];
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
                averageFieldLength[fieldId] = (averageFieldLength[fieldId] * shortId + chunk[offset + fieldId]) / (shortId + 1);
            analyses.Add(analysed[i]);
        }
        postings = null;
    }

    private int TermId(string term) => termIds.GetOrAdd(term, _ => Interlocked.Increment(ref nextTermId) - 1);

    /// <summary>
    /// Splits and folds one document's fields, per thread. Each distinct raw token is looked up once per
    /// analyser (then found by its characters, without allocating), with its distinct-token slot and its
    /// term id (-1 for none); stamps tell whether a token or term was already seen in the current field.
    /// </summary>
    private sealed class Analyser(MiniSearchIndex index)
    {
        private readonly Dictionary<string, (int Raw, int Term)> tokens = new(StringComparer.Ordinal);
        private int[] rawStamp = new int[256], termStamp = new int[256], termSlot = new int[256];
        private int stamp;
        private readonly List<int> terms = [];
        private const int ChunkSize = 64 * 1024;

        private int[] chunk = [];
        private int used;

        public (int[] Chunk, int Offset) Analyse(SearchDocument document)
        {
            Span<int> lengths = stackalloc int[Fields.Count];
            terms.Clear();
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
            {
                stamp++;
                var countAt = terms.Count;
                terms.Add(0);
                foreach (var token in TextAnalyzer.Pieces(FieldValue(document, fieldId))) Token(token, ref lengths[fieldId], countAt);
            }
            var size = Fields.Count + terms.Count;
            if (used + size > chunk.Length) (chunk, used) = (new int[Math.Max(ChunkSize, size)], 0);
            var offset = used;
            lengths.CopyTo(chunk.AsSpan(offset));
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms).CopyTo(chunk.AsSpan(offset + Fields.Count));
            used += size;
            return (chunk, offset);
        }

        private void Token(ReadOnlySpan<char> token, ref int length, int countAt)
        {
            var lookup = tokens.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(token, out var known))
            {
                var text = token.ToString();
                known = (tokens.Count, TextAnalyzer.ProcessTerm(text) is { } term ? index.TermId(term) : -1);
                tokens.Add(text, known);
                Grow(ref rawStamp, known.Raw);
            }
            if (rawStamp[known.Raw] != stamp) { rawStamp[known.Raw] = stamp; length++; }
            var id = known.Term;
            if (id < 0) return;
            if (id >= termStamp.Length) { Grow(ref termStamp, id); Grow(ref termSlot, id); }
            if (termStamp[id] == stamp) { terms[termSlot[id]]++; return; }
            termStamp[id] = stamp;
            termSlot[id] = terms.Count + 1;
            terms.Add(id);
            terms.Add(1);
            terms[countAt]++;
        }

        private static void Grow(ref int[] array, int index)
        {
            if (index >= array.Length) Array.Resize(ref array, Math.Max(array.Length * 2, index + 1));
        }
    }

    /// <summary>
    /// The inverted index, built once all documents are in: terms in ordinal order and, per field, each
    /// term's documents in document order with their term frequencies (one slice per term of flat arrays).
    /// </summary>
    private sealed class Postings
    {
        public required string[] Terms;
        public required int[] TermIdOf;
        public required int[][] Start, Documents, Frequencies;
        /// <summary>Per term id, the number of documents that hold it in any field.</summary>
        public required int[] DocumentCount;
        /// <summary>
        /// Per field and document, the BM25 length term K·(1 − B + B·length/average), in one flat array:
        /// scoring reads it for every posting, in document order, without chasing a per-document array.
        /// </summary>
        public required double[][] LengthNorm;
    }

    private Postings Index()
    {
        if (Volatile.Read(ref postings) is { } built) return built;
        lock (documents) return postings ??= BuildPostings();
    }

    private Postings BuildPostings()
    {
        var termCount = nextTermId;
        var pairs = termIds.ToArray();
        var terms = pairs.Select(p => p.Key).ToArray();
        var ids = pairs.Select(p => p.Value).ToArray();
        Array.Sort(terms, ids, StringComparer.Ordinal);

        var start = new int[Fields.Count][];
        var docs = new int[Fields.Count][];
        var frequencies = new int[Fields.Count][];
        var documentCount = new int[termCount];
        Core.Parallelism.For(Fields.Count + 1, job =>
        {
            if (job == Fields.Count) { CountDocuments(documentCount); return; }
            (start[job], docs[job], frequencies[job]) = FieldPostings(job, termCount);
        });
        var lengthNorm = new double[Fields.Count][];
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            lengthNorm[fieldId] = new double[documents.Count];
            for (var d = 0; d < documents.Count; d++)
                lengthNorm[fieldId][d] = K * (1 - B + B * FieldLength(d, fieldId) / averageFieldLength[fieldId]);
        }
        return new Postings { Terms = terms, TermIdOf = ids, Start = start, Documents = docs, Frequencies = frequencies, DocumentCount = documentCount, LengthNorm = lengthNorm };
    }

    /// <summary>A counting sort of one field's (document, term) pairs by term; documents stay in order within a term.</summary>
    private (int[] Start, int[] Documents, int[] Frequencies) FieldPostings(int fieldId, int termCount)
    {
        var start = new int[termCount + 1];
        for (var d = 0; d < analyses.Count; d++)
        {
            var (terms, from, count) = FieldSlice(d, fieldId);
            for (var k = 0; k < count; k++) start[terms[from + 2 * k] + 1]++;
        }
        for (var t = 0; t < termCount; t++) start[t + 1] += start[t];
        var next = (int[])start.Clone();
        var docs = new int[start[termCount]];
        var frequencies = new int[docs.Length];
        for (var d = 0; d < analyses.Count; d++)
        {
            var (terms, from, count) = FieldSlice(d, fieldId);
            for (var k = 0; k < count; k++)
            {
                var slot = next[terms[from + 2 * k]]++;
                docs[slot] = d;
                frequencies[slot] = terms[from + 2 * k + 1];
            }
        }
        return (start, docs, frequencies);
    }

    private void CountDocuments(int[] documentCount)
    {
        var last = new int[documentCount.Length];
        for (var d = 0; d < analyses.Count; d++)
            for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
            {
                var (terms, from, count) = FieldSlice(d, fieldId);
                for (var k = 0; k < count; k++)
                {
                    var id = terms[from + 2 * k];
                    if (last[id] == d + 1) continue;
                    last[id] = d + 1;
                    documentCount[id]++;
                }
            }
    }

    /// <summary>MiniSearch's length of a document's field: its number of distinct raw tokens.</summary>
    private int FieldLength(int document, int fieldId) => analyses[document].Chunk[analyses[document].Offset + fieldId];

    /// <summary>The array holding a document's analysis, where a field's (term id, frequency) pairs start in it, and how many there are.</summary>
    private (int[] Terms, int From, int Count) FieldSlice(int document, int fieldId)
    {
        var (chunk, at) = analyses[document];
        at += Fields.Count;
        for (var f = 0; f < fieldId; f++) at += 1 + 2 * chunk[at];
        return (chunk, at + 1, chunk[at]);
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
            var inverse = Math.Log(1 + (documents.Count - matching + 0.5) / (matching + 0.5));
            weight[fieldId] = fieldBoosts[fieldId] * inverse;
        }
        // BM25+ per field, with the same operations in the same order as MiniSearch: the scores match to the last bit.
        if (fields == 1)
        {
            // Most terms are in one field only: no merging.
            var (fieldDocs, frequencies, norm, w) = (index.Documents[onlyField], index.Frequencies[onlyField], index.LengthNorm[onlyField], weight[onlyField]);
            for (int at = next[onlyField], m = 0; m < docs.Length; at++, m++)
            {
                double frequency = frequencies[at];
                var doc = fieldDocs[at];
                docs[m] = doc;
                scores[m] = w * (D + frequency * (K + 1) / (frequency + norm[doc]));
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
