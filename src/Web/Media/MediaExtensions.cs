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
        return builder;
    }
}
