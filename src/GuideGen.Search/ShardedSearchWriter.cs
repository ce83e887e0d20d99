using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Search;

/// <summary>
/// Writes a large guide's search index as shards the browser loads on demand with &lt;script&gt; tags
/// (which work from file://, where fetch does not), in the spirit of Pagefind but without fetch or
/// WebAssembly:
/// <list type="bullet">
/// <item>assets/search-index.js, the manifest: settings, the first term of each term shard, and each
/// document's filter values (kind, key question, service) packed into a string, so that filters and
/// result counts need no further file;</item>
/// <item>assets/search/t&lt;N&gt;.js, term shards: a range of terms in ordinal order, each with its documents
/// (delta-coded varints in a string) and a precomputed score per document (MiniSearch's BM25+ over the fields, with the field
/// boosts), so the browser only adds scores up;</item>
/// <item>assets/search/d&lt;N&gt;.js, document shards: <see cref="DocumentsPerShard"/> documents each, with what
/// a result shows (link, title, text, filter fields, topic and its label);</item>
/// <item>assets/search/terms.js, every term, loaded only for similar-spelling matches and suggestions.</item>
/// </list>
/// </summary>
public static class ShardedSearchWriter
{
    /// <summary>
    /// From this many documents up (about 300 topics) the index is sharded. Measured from file:// (README):
    /// at 300 topics a cold first query takes 0.2–0.4 s with one 7 MB index file and under 0.1 s with shards,
    /// and every page view re-reads the whole file while idle; one file's cost grows with the guide. Below
    /// it one file is quick, and answers later queries faster.
    /// </summary>
    public const int AutoThreshold = 10_000;
    public const int DocumentsPerShard = 64;
    /// <summary>Term shards are cut after about this many bytes (a term's postings are never split).</summary>
    public const int TermShardBytes = 64 * 1024;
    /// <summary>Scores are stored as whole thousandths: enough to keep MiniSearch's order, far shorter than doubles.</summary>
    public const int ScoreScale = 1000;
    public const string ShardFolder = "assets/search";
    public const string ShardCallback = "GuideGenSearchShard";

    /// <summary>The field boosts search-engine.js gives MiniSearch (title, text, keywords); baked into the scores here.</summary>
    public static readonly IReadOnlyList<double> FieldBoosts = [2, 1, 1.5];

    /// <summary>Characters of the packed filter string: printable ASCII that needs no escaping in JSON or a JS string.</summary>
    private const string CodeAlphabet = "#$%&()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    /// <summary>The files in ordinal order of path (for tests and tools; a build streams them with the overload that takes a writer).</summary>
    public static IReadOnlyList<SearchFile> Write(Guide guide, IReadOnlyList<SearchDocument> documents) =>
        SearchFiles.InPathOrder(write => Write(guide, documents, write));

    /// <summary>
    /// Hands each file to <paramref name="write"/> as soon as it is made, from several threads: a large guide
    /// has thousands of shards, and writing them one by one after the last was made left a core idle.
    /// </summary>
    public static void Write(Guide guide, IReadOnlyList<SearchDocument> documents, Action<SearchFile> write) =>
        Write(guide, [documents], write);

    /// <summary>
    /// The same for documents that come in batches, in reading order: each batch is indexed and its document
    /// shards are written before the next batch is taken, so that of its documents only their terms are kept
    /// (see <see cref="SearchFiles"/>).
    /// </summary>
    public static void Write(Guide guide, IEnumerable<IReadOnlyList<SearchDocument>> batches, Action<SearchFile> write)
    {
        var index = new MiniSearchIndex(keepDocuments: false);
        var labels = guide.Topics.ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        var filters = new List<Filters>();
        var unwritten = new List<SearchDocument>();
        var documentShards = 0;
        foreach (var batch in batches)
        {
            index.AddAll(batch);
            foreach (var d in batch) filters.Add(new Filters(d.Kind, d.KeyQuestion, d.Service));
            unwritten.AddRange(batch);
            documentShards += WriteDocumentShards(unwritten, documentShards, labels, write, last: false);
        }
        WriteDocumentShards(unwritten, documentShards, labels, write, last: true);

        // Cut the terms into shards by their estimated size.
        var terms = index.Terms;
        var cuts = new List<int>();
        var pendingBytes = 0;
        for (var term = 0; term < terms.Count; term++)
        {
            if (pendingBytes == 0) cuts.Add(term);
            pendingBytes += terms[term].Length + 8 + index.DocumentCount(term) * 4;
            if (pendingBytes >= TermShardBytes) pendingBytes = 0;
        }
        cuts.Add(terms.Count);
        var termShards = cuts.Count - 1;
        var firstTerms = cuts.SkipLast(1).Select(t => terms[t]).ToList();

        // Every file is one piece of work: the term shards, the vocabulary and the manifest.
        Core.Parallelism.For(termShards + 2, i => write(
            i < termShards ? TermShard(i, index, terms, cuts[i], cuts[i + 1])
            : i == termShards ? new SearchFile($"{ShardFolder}/terms.js", Script("search vocabulary", json =>
            {
                json.WriteString("shard", "terms");
                json.WriteString("terms", string.Join("\n", terms));
            }))
            : Manifest(guide, filters, firstTerms)));
    }

    /// <summary>What a document is filtered by; the manifest holds them for every document.</summary>
    private readonly record struct Filters(string Kind, string KeyQuestion, string Service);

    /// <summary>
    /// Writes, in parallel, each whole shard's worth of <paramref name="unwritten"/> documents (with
    /// <paramref name="last"/>, the rest too), numbered from <paramref name="firstNumber"/>, and takes them
    /// out of the list. Returns how many shards it wrote.
    /// </summary>
    private static int WriteDocumentShards(List<SearchDocument> unwritten, int firstNumber, Dictionary<string, string> labels, Action<SearchFile> write, bool last)
    {
        var shards = (unwritten.Count + (last ? DocumentsPerShard - 1 : 0)) / DocumentsPerShard;
        Core.Parallelism.For(shards, i =>
        {
            var from = i * DocumentsPerShard;
            write(DocumentShard(firstNumber + i, unwritten.GetRange(from, Math.Min(DocumentsPerShard, unwritten.Count - from)), labels));
        });
        unwritten.RemoveRange(0, Math.Min(unwritten.Count, shards * DocumentsPerShard));
        return shards;
    }

    private static SearchFile Manifest(Guide guide, List<Filters> documents, List<string> firstTerms)
    {
        // Each distinct (kind, key question, service) gets a code, in order of first appearance.
        var combinations = new List<Filters>();
        var codeOf = new Dictionary<Filters, int>();
        var codes = new List<int>(documents.Count);
        Filters last = default;
        var lastCode = -1;
        foreach (var key in documents)
        {
            // Neighbours mostly share their filter values: compare with the last before hashing three strings.
            if (lastCode < 0 || key != last)
            {
                if (!codeOf.TryGetValue(key, out lastCode)) { codeOf[key] = lastCode = combinations.Count; combinations.Add(key); }
                last = key;
            }
            codes.Add(lastCode);
        }
        var width = 1;
        for (var capacity = CodeAlphabet.Length; capacity < combinations.Count; capacity *= CodeAlphabet.Length) width++;
        var packed = new StringBuilder(codes.Count * width);
        foreach (var code in codes)
        {
            var digits = new char[width];
            for (int i = width - 1, rest = code; i >= 0; i--, rest /= CodeAlphabet.Length) digits[i] = CodeAlphabet[rest % CodeAlphabet.Length];
            packed.Append(digits);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptData.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchDataWriter.FormatVersion);
            json.WritePropertyName("config");
            SearchDataWriter.WriteConfig(json, guide, topics: false);
            json.WriteStartObject("shards");
            json.WriteNumber("documentCount", documents.Count);
            json.WriteNumber("documentsPerShard", DocumentsPerShard);
            json.WriteNumber("scoreScale", ScoreScale);
            SearchDataWriter.WriteStrings(json, "termShards", firstTerms);
            json.WriteStartArray("filterValues");
            foreach (var (kind, kq, service) in combinations)
            {
                json.WriteStartArray();
                json.WriteStringValue(kind);
                json.WriteStringValue(kq);
                json.WriteStringValue(service);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteString("codeAlphabet", CodeAlphabet);
            json.WriteNumber("codeWidth", width);
            json.WriteString("codes", packed.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return new SearchFile(SitePaths.SearchData, ScriptData.AssignmentUtf8("GuideGen search data: the manifest of a sharded index and search settings.", "GuideGenSearchData", buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    private static SearchFile TermShard(int number, MiniSearchIndex index, IReadOnlyList<string> terms, int from, int to) =>
        new($"{ShardFolder}/t{Number(number)}.js", Script("search term shard", json =>
        {
            json.WriteString("shard", "t" + Number(number));
            json.WriteStartObject("terms");
            var text = new ArrayBufferWriter<byte>(1024);
            var (docs, scores) = (new int[64], new double[64]);
            for (var term = from; term < to; term++)
            {
                var count = index.DocumentCount(term);
                if (count > docs.Length) (docs, scores) = (new int[Math.Max(count, 2 * docs.Length)], new double[Math.Max(count, 2 * docs.Length)]);
                index.Scored(term, FieldBoosts, docs, scores);
                // (document delta, score) pairs as varints in one string: about half the bytes of a JSON
                // number array, and a string costs nothing to parse.
                text.ResetWrittenCount();
                var previous = 0;
                for (var i = 0; i < count; i++)
                {
                    AppendVarint(text, docs[i] - previous);
                    previous = docs[i];
                    AppendVarint(text, (long)Math.Round(scores[i] * ScoreScale, MidpointRounding.AwayFromZero));
                }
                json.WriteString(terms[term], text.WrittenSpan);
            }
            json.WriteEndObject();
        }));

    /// <summary>Digits of the posting varints: URL-safe base 64, which needs no escaping in JSON or a JS string.</summary>
    public const string VarintDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>A whole number of 0 or more, 5 bits a digit from the lowest; the digit's sixth bit says another follows.</summary>
    public static void AppendVarint(ArrayBufferWriter<byte> text, long value)
    {
        var digits = text.GetSpan(13); // 63 bits, 5 a digit
        var count = 0;
        do
        {
            var bits = (int)(value & 31);
            value >>= 5;
            digits[count++] = (byte)VarintDigits[bits | (value > 0 ? 32 : 0)];
        } while (value > 0);
        text.Advance(count);
    }

    /// <summary>Written straight in its escaped form (<see cref="ScriptJsonText"/>): these shards hold the guide's whole text.</summary>
    private static SearchFile DocumentShard(int number, List<SearchDocument> documents, Dictionary<string, string> labels) =>
        new($"{ShardFolder}/d{Number(number)}.js", ScriptJsonText.Call("GuideGen search document shard.", ShardCallback, json =>
        {
            json.WriteString("shard", "d" + Number(number));
            json.WriteStartArray("documents");
            foreach (var d in documents)
            {
                json.WriteStartArray();
                foreach (var value in new[] { d.Id, d.Title, d.Text, d.Kind, d.KeyQuestion, d.Service, d.Topic }) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in documents.Select(d => d.Topic).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", topic);
                json.WriteString("label", labels.GetValueOrDefault(topic, topic));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }));

    private static byte[] Script(string what, Action<Utf8JsonWriter> body) =>
        ScriptJson.Object(body, json => ScriptData.CallUtf8($"GuideGen {what}.", ShardCallback, json));

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
