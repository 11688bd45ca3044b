namespace LiveFair.Web.Media;

public enum MediaProvider
{
    /// <summary>A folder on this machine (embedded mode).</summary>
    LocalFolder,

    /// <summary>Azure Blob Storage (or Azurite) through Azure.Storage.Blobs.</summary>
    AzureBlob,
}

/// <summary>Bound from the <c>Media</c> configuration section; checked when the app starts.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    public MediaProvider Provider { get; set; } = MediaProvider.LocalFolder;

    public LocalFolderMediaOptions LocalFolder { get; set; } = new();

    public AzureBlobMediaOptions AzureBlob { get; set; } = new();

    public ImagePipelineOptions Images { get; set; } = new();
}

public sealed class LocalFolderMediaOptions
{
    /// <summary>The folder; a relative path is taken from the app's content root.</summary>
    public string Path { get; set; } = "data/media";
}

public sealed class AzureBlobMediaOptions
{
    public string? ConnectionString { get; set; }

    /// <summary>Created on first use when missing.</summary>
    public string Container { get; set; } = "media";
}

/// <summary>Limits and renditions of <see cref="ImagePipeline"/>; bound from <c>Media:Images</c>.</summary>
public sealed class ImagePipelineOptions
{
    /// <summary>An upload longer than this is refused while it streams in.</summary>
    public long MaxUploadBytes { get; set; } = 15 * 1024 * 1024;

    /// <summary>Width × height declared in the header; more is refused before decoding.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Either side declared in the header; more is refused before decoding.</summary>
    public int MaxSide { get; set; } = 12_000;

    /// <summary>WebP renditions, by width in pixels; an image narrower than a width is never enlarged.</summary>
    public IList<int> WebpWidths { get; set; } = [1600, 800, 320];

    /// <summary>Width of the JPEG fallback (never enlarged either).</summary>
    public int JpegWidth { get; set; } = 1600;

    public int WebpQuality { get; set; } = 80;

    public int JpegQuality { get; set; } = 82;

    /// <summary>Images decoded at once; more wait. Bounds the memory photos can take.</summary>
    public int MaxConcurrent { get; set; } = Math.Max(1, Environment.ProcessorCount);
}
