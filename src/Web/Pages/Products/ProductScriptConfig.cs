using System.Text.Json;
using LiveFair.Web.Localization;
using LiveFair.Web.Pages.Rooms;

namespace LiveFair.Web.Pages.Products;

/// <summary>What the product form script reads from the page: its strings (and, on the edit page, where photos go).</summary>
internal static class ProductScriptConfig
{
    public static string Serialize(Texts texts, string? photosUrl = null, long maxUploadBytes = 0) =>
        JsonSerializer.Serialize(
            new
            {
                texts = texts.ForScript("js.sale."),
                photosUrl,
                maxUploadBytes,
                maxUploadMegabytes = maxUploadBytes / (1024 * 1024),
            },
            RoomScriptConfig.Options);
}
