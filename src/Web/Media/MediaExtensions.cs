using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Media;

public static class MediaExtensions
{
    /// <summary>
    /// The media store chosen by <c>Media:Provider</c> (a local folder by default, Azure Blob Storage when
    /// configured) and the image pipeline, with <c>Media</c> options checked when the app starts.
    /// </summary>
    public static WebApplicationBuilder AddLiveFairMedia(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<MediaOptions>()
            .Bind(builder.Configuration.GetSection(MediaOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaOptions>, MediaOptionsValidator>());
        var contentRoot = builder.Environment.ContentRootPath;
        services.TryAddSingleton<IMediaStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            return options.Provider == MediaProvider.AzureBlob
                ? new AzureBlobMediaStore(options.AzureBlob.ConnectionString!, options.AzureBlob.Container)
                : new LocalFolderMediaStore(Path.Combine(contentRoot, options.LocalFolder.Path));
        });
        services.TryAddSingleton(sp => new ImagePipeline(sp.GetRequiredService<IOptions<MediaOptions>>().Value.Images));
        services.TryAddSingleton<PhotoUploads>();
        services.TryAddSingleton<PhotoRenditions>();

        // Photo forms posted without script are read as forms: the same limit as the streamed API upload.
        services.AddOptions<FormOptions>().Configure<IOptions<MediaOptions>>((form, media) =>
            form.MultipartBodyLengthLimit = media.Value.Images.MaxUploadBytes + PhotoUploads.FormOverhead);
        return builder;
    }
}
