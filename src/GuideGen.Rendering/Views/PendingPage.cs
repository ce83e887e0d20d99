namespace GuideGen.Rendering.Views;

/// <summary>
/// A page whose view is not built yet: the template it is rendered with is known from the start (the
/// templates are loaded before any view is built), the view only when <see cref="Build"/> is called.
/// </summary>
public sealed record PendingPage(string Template, Func<RenderJob> MakeView)
{
    /// <summary>Builds the view; the job's template is always the one planned.</summary>
    public RenderJob Build()
    {
        var job = MakeView();
        if (job.Template != Template) throw new InvalidOperationException($"Page planned with template '{Template}' was built with '{job.Template}'.");
        return job;
    }
}
