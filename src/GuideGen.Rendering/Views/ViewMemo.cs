using System.Collections.Concurrent;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// Page views kept between builds of one process (the preview server), for the pages made from one
/// topic each: building them renders every recommendation, example and sign from Markdown, which in a
/// large guide costs more than the rest of a one-file rebuild together. A view is built again only when
/// its inputs differ from last time – the topic's parsed file (the parse cache gives the very same object
/// for an unchanged file), its place in the guide –, when a link it resolved now resolves differently
/// (another page, another title, an anchor gone; a link that led nowhere is always tried again), or when
/// anything every page shares has changed (<see cref="UseShared"/>). The problems a view reported are
/// reported again when it is reused.
/// </summary>
public sealed class ViewMemo
{
    private sealed record Entry(object Inputs, RenderJob Job, IReadOnlyList<Diagnostic> Reported, IReadOnlyList<LinkLookup> Links);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private object? shared;
    private IReadOnlyDictionary<string, LinkTarget> targets = new Dictionary<string, LinkTarget>();
    private int reused;

    /// <summary>Views reused (not built) since the last call.</summary>
    public int TakeReusedCount() => Interlocked.Exchange(ref reused, 0);

    /// <summary>
    /// Called once per build with what every view may depend on besides its own inputs (the site
    /// configuration, link targets, glossary, menu); when it differs from last time every view is forgotten.
    /// </summary>
    /// <param name="linkTargets">This build's link targets: a view is kept only while every link it resolved resolves the same way.</param>
    public void UseShared(object inputs, IReadOnlyDictionary<string, LinkTarget> linkTargets)
    {
        targets = linkTargets;
        if (shared is not null && shared.Equals(inputs)) return;
        entries.Clear();
        shared = inputs;
    }

    /// <param name="inputs">Everything the view is built from besides the shared inputs; compared with Equals.</param>
    public RenderJob GetOrBuild(string path, object inputs, DiagnosticBag diagnostics, Func<RenderJob> build)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Inputs.Equals(inputs) && entry.Links.All(link => link.HoldsIn(targets)))
        {
            foreach (var diagnostic in entry.Reported) diagnostics.Add(diagnostic);
            Interlocked.Increment(ref reused);
            return entry.Job;
        }
        var ((job, reported), links) = LinkResolver.Record(() => diagnostics.Capture(build));
        entries[path] = new Entry(inputs, job, reported, links);
        return job;
    }
}
