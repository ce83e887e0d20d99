namespace GuideGen.Rendering.Views;

/// <summary>One page to render: the template to use, where it goes, and what the template sees.</summary>
public sealed record RenderJob(string Template, PageFrame Page, object Model);
