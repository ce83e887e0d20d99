namespace GuideGen.Search;

public sealed partial class MiniSearchIndex
{
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
        lock (analyses) return postings ??= BuildPostings();
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
        var termDocumentCount = new int[termCount];
        Core.Parallelism.For(Fields.Count + 1, job =>
        {
            if (job == Fields.Count) { CountDocuments(termDocumentCount); return; }
            (start[job], docs[job], frequencies[job]) = FieldPostings(job, termCount);
        });
        var lengthNorm = new double[Fields.Count][];
        for (var fieldId = 0; fieldId < Fields.Count; fieldId++)
        {
            lengthNorm[fieldId] = new double[Count];
            for (var d = 0; d < Count; d++)
                lengthNorm[fieldId][d] = K * (1 - B + B * FieldLength(d, fieldId) / averageFieldLength[fieldId]);
        }
        return new Postings { Terms = terms, TermIdOf = ids, Start = start, Documents = docs, Frequencies = frequencies, DocumentCount = termDocumentCount, LengthNorm = lengthNorm };
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
}
