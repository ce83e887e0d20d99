namespace GuideGen.Search;

public sealed partial class MiniSearchIndex
{
    /// <summary>
    /// Splits and folds one document's fields, per thread. Each distinct raw token is looked up once per
    /// analyser (then found by its characters, without allocating), with its distinct-token slot and its
    /// term id (-1 for none); stamps tell whether a token or term was already seen in the current field.
    /// </summary>
    private sealed class Analyser(MiniSearchIndex index)
    {
        private readonly TokenTable tokens = new();
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
            var hash = TokenTable.Hash(token);
            if (!tokens.TryGet(token, hash, out var known))
            {
                var text = token.ToString();
                known = (tokens.Count, TextAnalyzer.ProcessTerm(text) is { } term ? index.TermId(term) : -1);
                tokens.Add(text, hash, known);
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
}
