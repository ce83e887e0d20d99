using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;

namespace GuideGen.Core.Validation;

/// <summary>
/// content/changes.yml: each edition has a real date and something to say, editions are listed newest
/// first with no name twice, and the newest is the edition site.yml names (the home page shows its
/// changes to readers who saw an earlier one). Links are checked with every other link.
/// </summary>
public sealed class ChangesValidator(SiteConfig config, DiagnosticBag diagnostics)
{
    public void Validate(LoadedChanges changes)
    {
        var editions = changes.File.Editions;
        var names = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? previous = null;
        foreach (var edition in editions)
        {
            if (!names.Add(edition.Edition.Trim()))
                diagnostics.Error(DiagnosticCodes.DuplicateId, edition.SpanOf(nameof(edition.Edition)), $"the edition '{edition.Edition}' is listed twice");
            if (edition.PublishedOn is not { } date)
                diagnostics.Error(DiagnosticCodes.ChangesProblem, edition.SpanOf(nameof(edition.Date)), $"'{edition.Date}' is not a date: write it as YYYY-MM-DD, for example 2026-12-07");
            else
            {
                if (previous is { } later && date > later)
                    diagnostics.Error(DiagnosticCodes.ChangesProblem, edition.SpanOf(nameof(edition.Date)),
                        $"editions are listed newest first, but '{edition.Edition}' ({date:yyyy-MM-dd}) is later than the one above it ({later:yyyy-MM-dd})");
                previous = date;
            }
            if (string.IsNullOrWhiteSpace(edition.Summary) && (edition.Added?.Count ?? 0) + (edition.Changed?.Count ?? 0) + (edition.Removed?.Count ?? 0) == 0)
                diagnostics.Error(DiagnosticCodes.ChangesProblem, edition.Span, $"the edition '{edition.Edition}' says nothing: give it a summary or list what was added, changed or removed");
        }
        if (editions.Count > 0 && editions[0].Edition.Trim() != config.Edition.Trim())
            diagnostics.Warning(DiagnosticCodes.ChangesEditionMismatch, editions[0].SpanOf(nameof(EditionChanges.Edition)),
                $"the newest edition in {changes.Path} is '{editions[0].Edition}', but site.yml's edition is '{config.Edition}': readers of '{config.Edition}' would be shown no changes");
    }
}
