using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// Where a site's templates and assets come from: a templates folder on disk (the site's own), or files
/// that guidegen carries inside itself (its default templates). Paths are relative to the templates
/// folder and use '/': <c>layout.html</c>, <c>partials/header.html</c>, <c>assets/site.css</c>.
/// </summary>
public sealed class TemplateSource
{
    private readonly IReadOnlyDictionary<string, Func<byte[]>> files;

    private TemplateSource(string displayFolder, IReadOnlyDictionary<string, Func<byte[]>> files)
    {
        DisplayFolder = displayFolder;
        this.files = files;
        Paths = files.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>How diagnostics name the folder: "templates" for a site's own, something unmistakable for built-in files.</summary>
    public string DisplayFolder { get; }

    /// <summary>Every file, in ordinal order, so builds are deterministic.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// The templates folder of a site. Hidden files (editor and system files such as .DS_Store) are left out,
    /// and so are symbolic links that lead outside the site's folder (reported as GG0002): see <see cref="GuideFiles"/>.
    /// </summary>
    public static TemplateSource FromFolder(string root, string folder, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal);
        foreach (var file in GuideFiles.DiscoverAll(root, folder, diagnostics))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = () => File.ReadAllBytes(file);
        return new TemplateSource(Path.GetRelativePath(root, folder).Replace('\\', '/'), files);
    }

    /// <summary>Files held in memory or in an assembly, each read when it is needed.</summary>
    public static TemplateSource FromFiles(string displayFolder, IReadOnlyDictionary<string, Func<byte[]>> files) =>
        new(displayFolder, files);

    public byte[] Read(string path) => files[path]();

    /// <summary>A file's text, decoded as File.ReadAllText does: UTF-8 unless a byte order mark says otherwise.</summary>
    public string ReadText(string path)
    {
        using var reader = new StreamReader(new MemoryStream(Read(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The name a diagnostic gives the file, e.g. templates/partials/header.html.</summary>
    public string DisplayPath(string path) => DisplayFolder + "/" + path;
}
