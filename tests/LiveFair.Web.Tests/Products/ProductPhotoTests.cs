using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Media;
using LiveFair.Web.Tests.Infrastructure;
using LiveFair.Web.Tests.Media;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Products;

[Collection(ProductTestGroup.Name)]
public sealed class ProductPhotoTests(ProductsFixture fixture)
{
    [Fact]
    public async Task A_refused_upload_without_script_comes_back_with_the_message_and_the_typed_alt_text_and_stores_nothing()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var page = await workshop.Admin.Http.GetStringAsync($"/products/{id}/edit");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        using var form = ProductsFixture.PhotoForm(Encoding.UTF8.GetBytes("<html>not a photo</html>"), "竹篮里的<b>香包</b>", "sachet.jpg");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var posted = await workshop.Admin.Http.PostAsync($"/products/{id}/photos", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/products/{id}/edit", posted.Headers.Location?.OriginalString);
        var back = await workshop.Admin.Http.GetStringAsync($"/products/{id}/edit");
        var typed = System.Text.RegularExpressions.Regex.Match(back, "id=\"photo-altText\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        Assert.Equal("竹篮里的<b>香包</b>", WebUtility.HtmlDecode(typed));
        Assert.DoesNotContain("<b>香包", back, StringComparison.Ordinal);
        Assert.Matches("id=\"photo-altText\"[^>]*aria-invalid=\"true\"", back);
        Assert.Contains("class=\"error-summary\"", back, StringComparison.Ordinal);
        Assert.Empty((await fixture.ViewAsync(id)).Photos);
        Assert.Empty(fixture.StoredFilesOf(id));
    }

    [Fact]
    public async Task An_uploaded_photo_is_stored_as_webp_renditions_and_a_jpeg_served_with_type_nosniff_and_a_years_cache()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);

        using var upload = ProductsFixture.PhotoForm(TestPhotos.Png(), "红蓝两色的香包", "sachet.png", "image/png");
        using var response = await workshop.Streamer.Http.PostAsync($"/api/products/{id}/photos", upload);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var photo = Assert.Single((await fixture.ViewAsync(id)).Photos);
        Assert.Equal(("红蓝两色的香包", 900, 600), (photo.AltText, photo.Width, photo.Height));
        using var anonymous = fixture.Host.CreateClient();
        foreach (var (rendition, type) in new[] { ("1600.webp", "image/webp"), ("800.webp", "image/webp"), ("320.webp", "image/webp"), ("1600.jpg", "image/jpeg") })
        {
            using var served = await anonymous.GetAsync("/media/" + ProductPhotoKeys.Product(id, photo.PhotoId, rendition));
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(type, served.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
            Assert.NotNull(served.Headers.ETag);
            var bytes = await served.Content.ReadAsByteArrayAsync();
            Assert.Equal(type == "image/webp" ? "RIFF" : "\u00FF\u00D8\u00FF", Encoding.Latin1.GetString(bytes, 0, type == "image/webp" ? 4 : 3));
        }

        using var small = await anonymous.GetAsync("/media/" + ProductPhotoKeys.Product(id, photo.PhotoId, "320.webp"));
        using var image = NetVips.Image.NewFromBuffer(await small.Content.ReadAsByteArrayAsync());
        Assert.Equal(320, image.Width);

        var page = await anonymous.GetStringAsync($"/products/{id}");
        Assert.Contains($"/media/products/{id}/{photo.PhotoId}/320.webp 320w", page, StringComparison.Ordinal);
        Assert.Contains($"/media/products/{id}/{photo.PhotoId}/1600.webp 900w", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"红蓝两色的香包\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alt_text_is_changed_and_a_removed_photo_takes_its_renditions_with_it()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        using (var upload = ProductsFixture.PhotoForm(TestPhotos.Jpeg(), "第一张"))
        {
            Assert.Equal(HttpStatusCode.Created, (await workshop.Admin.Http.PostAsync($"/api/products/{id}/photos", upload)).StatusCode);
        }

        var photoId = Assert.Single((await fixture.ViewAsync(id)).Photos).PhotoId;
        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.PutAsJsonAsync($"/api/products/{id}/photos/{photoId}", new { altText = "  " }), HttpStatusCode.BadRequest, "product.invalid_input");
        Assert.Equal(HttpStatusCode.OK, (await workshop.Admin.Http.PutAsJsonAsync($"/api/products/{id}/photos/{photoId}", new { altText = "改过的描述" })).StatusCode);
        Assert.Equal("改过的描述", Assert.Single((await fixture.ViewAsync(id)).Photos).AltText);
        Assert.NotEmpty(fixture.StoredFilesOf(id));

        Assert.Equal(HttpStatusCode.OK, (await workshop.Admin.Http.DeleteAsync($"/api/products/{id}/photos/{photoId}")).StatusCode);

        Assert.Empty((await fixture.ViewAsync(id)).Photos);
        Assert.Empty(fixture.StoredFilesOf(id));
        using var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/" + ProductPhotoKeys.Product(id, photoId, "800.webp"))).StatusCode);
    }

    public static TheoryData<string, string, int, string> Refusals => new()
    {
        { "not-an-image", "holiday.jpg", 415, MediaErrorCodes.NotAnImage },
        { "truncated", "cut.jpg", 400, MediaErrorCodes.Corrupt },
        { "pixel-flood", "flood.png", 400, MediaErrorCodes.TooManyPixels },
        { "missing-alt", "fine.jpg", 400, AltTextRules.Empty },
        { "blank-alt", "fine.jpg", 400, AltTextRules.Empty },
        { "no-file", "", 400, PhotoUploadErrors.NoFile },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_upload_is_a_clear_problem_and_nothing_is_stored(string kind, string fileName, int status, string code)
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        using var form = kind switch
        {
            "not-an-image" => ProductsFixture.PhotoForm(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "一张照片", fileName),
            "truncated" => ProductsFixture.PhotoForm(TestPhotos.TruncatedJpeg(), "一张照片", fileName),
            "pixel-flood" => ProductsFixture.PhotoForm(TestImages.ForgedPng(50_000, 50_000), "一张照片", fileName, "image/png"),
            "missing-alt" => ProductsFixture.PhotoForm(TestPhotos.Jpeg(), null, fileName),
            "blank-alt" => ProductsFixture.PhotoForm(TestPhotos.Jpeg(), " \n ", fileName),
            _ => new MultipartFormDataContent { { new StringContent("一张照片"), "altText" } },
        };

        using var response = await workshop.Admin.Http.PostAsync($"/api/products/{id}/photos", form);

        await ProblemAssertions.AssertProblemAsync(response, (HttpStatusCode)status, code);
        Assert.Empty((await fixture.ViewAsync(id)).Photos);
        Assert.Empty(fixture.StoredFilesOf(id));
    }

    [Fact]
    public async Task A_photo_over_the_size_limit_is_refused_with_413_and_nothing_is_stored()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var large = TestImages.NoisyJpeg(1400, 1000);
        Assert.True(large.Length > ProductsFixture.UploadLimit, $"the test photo is only {large.Length} bytes");

        using var form = ProductsFixture.PhotoForm(large, "很大的照片");
        using var response = await workshop.Admin.Http.PostAsync($"/api/products/{id}/photos", form);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, MediaErrorCodes.TooLarge);
        Assert.Empty((await fixture.ViewAsync(id)).Photos);
        Assert.Empty(fixture.StoredFilesOf(id));
    }

    [Fact]
    public async Task An_upload_is_refused_while_it_streams_not_after_it_has_all_arrived()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);

        // Sent chunked over a plain socket, so no declared length gives it away, and then the client stops sending
        // without ending the body: the only way to answer is to refuse what has arrived so far.
        var cookies = await fixture.Host.SignInAsync(workshop.Admin.Person);
        var (status, headers, problem) = await RawUpload.SendStalledAsync(fixture.Host.BaseAddress, $"/api/products/{id}/photos", cookies, 4 * ProductsFixture.UploadLimit);

        Assert.Equal(413, status);
        Assert.Contains("connection: close", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"type\":\"media.too_large\"", problem, StringComparison.Ordinal);
        Assert.Empty(fixture.StoredFilesOf(id));
    }

    [Fact]
    public async Task The_media_endpoint_serves_only_valid_keys_of_stored_raster_images()
    {
        var store = fixture.Host.Services.GetRequiredService<IMediaStore>();
        await store.PutAsync("products/prod-test/ph-abc/page.html", new MemoryStream("<script>alert(1)</script>"u8.ToArray()), "text/html");
        await store.PutAsync("products/prod-test/ph-abc/logo.svg", new MemoryStream("<svg onload=\"alert(1)\"/>"u8.ToArray()), "image/svg+xml");
        using var anonymous = fixture.Host.CreateClient();

        foreach (var path in new[]
        {
            "/media/products/prod-test/ph-abc/page.html",
            "/media/products/prod-test/ph-abc/logo.svg",
            "/media/products/prod-test/ph-abc/missing.webp",
            "/media/../appsettings.json",
            "/media/products/%2E%2E/%2E%2E/appsettings.json",
            "/media/.hidden/x.webp",
            "/media/products/prod-test/ph-abc/.page.html.content-type",
        })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }
}

/// <summary>An upload written by hand on a socket: headers, the alt text part and the start of a file part, then nothing more.</summary>
internal static class RawUpload
{
    public static async Task<(int Status, string Headers, string Body)> SendStalledAsync(Uri baseAddress, string path, System.Net.CookieContainer cookies, long fileBytes)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        const string boundary = "livefair-test-boundary";
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nCookie: {cookies.GetCookieHeader(baseAddress)}\r\n" +
            $"Content-Type: multipart/form-data; boundary={boundary}\r\nTransfer-Encoding: chunked\r\nAccept: application/json\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await WriteChunkAsync(stream, Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n停住的照片\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stalled.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"));
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)0x42);
        chunk[0] = 0xFF;
        chunk[1] = 0xD8;
        chunk[2] = 0xFF;
        try
        {
            for (long sent = 0; sent < fileBytes; sent += chunk.Length)
            {
                await WriteChunkAsync(stream, chunk);
                chunk[0] = chunk[1] = chunk[2] = 0x42;
            }
        }
        catch (IOException)
        {
            // The server may already have answered and closed: the answer is still there to read.
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = response[..split];
        var status = int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, headers, response[(split + 4)..]);
    }

    private static async Task WriteChunkAsync(Stream stream, byte[] data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }
}
