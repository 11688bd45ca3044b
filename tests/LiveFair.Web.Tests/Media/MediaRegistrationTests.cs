using LiveFair.Web.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace LiveFair.Web.Tests.Media;

public sealed class MediaRegistrationTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("livefair-media-root-").FullName;

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public void By_default_media_is_a_local_folder_under_data_media_of_the_content_root()
    {
        using var app = Build([]);

        var store = Assert.IsType<LocalFolderMediaStore>(app.Services.GetRequiredService<IMediaStore>());
        Assert.Equal(Path.Combine(_contentRoot, "data", "media"), store.RootFolder);
        Assert.Equal(15 * 1024 * 1024, app.Services.GetRequiredService<ImagePipeline>().Options.MaxUploadBytes);
    }

    [Fact]
    public void Media_Provider_AzureBlob_gives_the_azure_store_on_the_configured_container()
    {
        using var app = Build(new()
        {
            ["Media:Provider"] = "AzureBlob",
            ["Media:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Media:AzureBlob:Container"] = "product-photos",
        });

        var store = Assert.IsType<AzureBlobMediaStore>(app.Services.GetRequiredService<IMediaStore>());
        Assert.Equal("product-photos", store.ContainerName);
    }

    [Theory]
    [InlineData("Media:AzureBlob:ConnectionString", "", "ConnectionString")]
    [InlineData("Media:AzureBlob:Container", "Photos", "Container")]
    [InlineData("Media:AzureBlob:Container", "ab", "Container")]
    [InlineData("Media:AzureBlob:Container", "a--b", "Container")]
    public void Unworkable_azure_settings_stop_the_start_with_a_clear_message(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Media:Provider"] = "AzureBlob",
            ["Media:AzureBlob:ConnectionString"] = "UseDevelopmentStorage=true",
            [key] = value,
        };
        using var app = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => Validate(app));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Media:Images:MaxUploadBytes", "0", "MaxUploadBytes")]
    [InlineData("Media:Images:MaxPixels", "-1", "MaxPixels")]
    [InlineData("Media:Images:WebpQuality", "101", "WebpQuality")]
    [InlineData("Media:LocalFolder:Path", " ", "LocalFolder:Path")]
    public void Unworkable_image_or_folder_settings_stop_the_start(string key, string value, string named)
    {
        using var app = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => Validate(app));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workable_settings_pass_the_start_check()
    {
        using var app = Build([]);
        Validate(app);
    }

    private WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddLiveFairMedia();
        return builder.Build();
    }

    /// <summary>What ValidateOnStart runs when the host starts.</summary>
    private static void Validate(WebApplication app) => app.Services.GetRequiredService<IStartupValidator>().Validate();
}
