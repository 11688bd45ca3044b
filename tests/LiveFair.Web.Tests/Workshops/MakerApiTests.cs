using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Web.Media;
using LiveFair.Web.Tests.Infrastructure;
using LiveFair.Web.Tests.Products;
using Xunit;

namespace LiveFair.Web.Tests.Workshops;

[Collection(ProductTestGroup.Name)]
public sealed class MakerApiTests(ProductsFixture fixture)
{
    [Fact]
    public async Task Managers_see_every_maker_with_the_recorded_consent_and_everyone_else_only_those_who_agreed()
    {
        using var workshop = await fixture.WorkshopAsync();
        using var anonymous = fixture.Host.CreateClient();

        var shown = await AddAsync(workshop.Admin.Http, workshop.Id, "李阿姨", "绣了十二年香包。", consent: true);
        var private_ = await AddAsync(workshop.Streamer.Http, workshop.Id, "王师傅", "不愿公开。", consent: false);

        var all = (await workshop.Streamer.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{workshop.Id}/makers"))!;
        Assert.Equal(2, all.Length);
        var li = all.Single(m => m.GetProperty("makerId").GetString() == shown);
        Assert.True(li.GetProperty("publicConsent").GetBoolean());
        Assert.Equal(workshop.Admin.Person.Id, li.GetProperty("consentRecordedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, li.GetProperty("consentRecordedAt").ValueKind);

        foreach (var client in new[] { anonymous, workshop.Helper.Http })
        {
            var seen = (await client.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{workshop.Id}/makers"))!;
            Assert.Equal("李阿姨", seen.Single(m => m.GetProperty("makerId").GetString() == shown).GetProperty("displayName").GetString());
            var hidden = seen.Single(m => m.GetProperty("makerId").GetString() == private_);
            Assert.Equal(JsonValueKind.Null, hidden.GetProperty("displayName").ValueKind);
            Assert.DoesNotContain("王师傅", JsonSerializer.Serialize(seen), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_maker_is_edited_and_removed_and_the_removed_maker_is_no_longer_public()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await AddAsync(workshop.Admin.Http, workshop.Id, "小周", "草编。", consent: false);

        using (var updated = await workshop.Admin.Http.PutAsJsonAsync($"/api/orgs/{workshop.Id}/makers/{id}", new { displayName = "周师傅", story = "竹编和草编。", publicConsent = true }))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        }

        var maker = (await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetPublicMakers()).Single();
        Assert.Equal(("周师傅", "竹编和草编。"), (maker.DisplayName, maker.Story));

        Assert.Equal(HttpStatusCode.OK, (await workshop.Admin.Http.DeleteAsync($"/api/orgs/{workshop.Id}/makers/{id}")).StatusCode);
        Assert.Empty(await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetPublicMakers());
        await ProblemAssertions.AssertProblemAsync(
            await workshop.Admin.Http.DeleteAsync($"/api/orgs/{workshop.Id}/makers/maker-unknown1"), HttpStatusCode.NotFound, "maker.not_found");
        Assert.Equal(HttpStatusCode.NotFound, (await workshop.Admin.Http.DeleteAsync($"/api/orgs/{workshop.Id}/makers/not-a-maker")).StatusCode);
    }

    [Fact]
    public async Task An_empty_or_too_long_name_or_story_is_refused_and_script_is_kept_as_typed_and_shown_escaped()
    {
        using var workshop = await fixture.WorkshopAsync();
        foreach (var (body, field) in new object[]
        {
            new { displayName = "  ", story = "", publicConsent = true },
            new { displayName = new string('李', MakerLimits.DisplayName + 1), story = "", publicConsent = true },
            new { displayName = "李阿姨", story = new string('绣', MakerLimits.Story + 1), publicConsent = true },
        }.Zip(["displayName", "displayName", "story"]))
        {
            var response = await workshop.Admin.Http.PostAsJsonAsync($"/api/orgs/{workshop.Id}/makers", body);
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "maker.invalid_input");
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Empty(await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetMakers(workshop.Admin.Person.Id));

        const string script = "<script>alert('x')</script>";
        await AddAsync(workshop.Admin.Http, workshop.Id, "李" + script, "故事" + script, consent: true);
        var maker = (await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetMakers(workshop.Admin.Person.Id)).Single();
        Assert.Equal(("李" + script, "故事" + script), (maker.DisplayName, maker.Story));
        var page = await workshop.Admin.Http.GetStringAsync($"/orgs/{workshop.Id}/makers");
        Assert.DoesNotContain(script, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_makers_photo_is_stored_replaced_and_removed_with_its_renditions()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await AddAsync(workshop.Admin.Http, workshop.Id, "李阿姨", "", consent: true);
        using var anonymous = fixture.Host.CreateClient();

        using (var missingAlt = ProductsFixture.PhotoForm(TestPhotos.Jpeg(), null))
        {
            await ProblemAssertions.AssertProblemAsync(
                await workshop.Admin.Http.PutAsync($"/api/orgs/{workshop.Id}/makers/{id}/photo", missingAlt), HttpStatusCode.BadRequest, AltTextRules.Empty);
        }

        Assert.Empty(StoredFiles(workshop.Id));
        var first = await SetPhotoAsync(workshop, id, "李阿姨在绣架前");
        using (var served = await anonymous.GetAsync("/media/" + ProductPhotoKeys.Maker(workshop.Id, first, "320.webp")))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        }

        var second = await SetPhotoAsync(workshop, id, "李阿姨的新照片");
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/" + ProductPhotoKeys.Maker(workshop.Id, first, "320.webp"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await workshop.Admin.Http.DeleteAsync($"/api/orgs/{workshop.Id}/makers/{id}/photo")).StatusCode);
        Assert.Null((await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetPublicMakers()).Single().Photo);
        Assert.Empty(StoredFiles(workshop.Id));
    }

    [Fact]
    public async Task Another_workshop_a_helper_and_a_stranger_cannot_keep_the_makers()
    {
        using var workshop = await fixture.WorkshopAsync();
        using var other = await fixture.WorkshopAsync();
        using var stranger = await fixture.SignedInAsync();
        var id = await AddAsync(workshop.Admin.Http, workshop.Id, "李阿姨", "", consent: true);

        foreach (var client in new[] { other.Admin.Http, workshop.Helper.Http, stranger.Http })
        {
            await ProblemAssertions.AssertProblemAsync(
                await client.PostAsJsonAsync($"/api/orgs/{workshop.Id}/makers", new { displayName = "冒名", publicConsent = true }), HttpStatusCode.Forbidden, "maker.forbidden");
            await ProblemAssertions.AssertProblemAsync(
                await client.PutAsJsonAsync($"/api/orgs/{workshop.Id}/makers/{id}", new { displayName = "冒名", publicConsent = true }), HttpStatusCode.Forbidden, "maker.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.DeleteAsync($"/api/orgs/{workshop.Id}/makers/{id}"), HttpStatusCode.Forbidden, "maker.forbidden");
            using var upload = ProductsFixture.PhotoForm(TestPhotos.Jpeg(), "照片");
            await ProblemAssertions.AssertProblemAsync(await client.PutAsync($"/api/orgs/{workshop.Id}/makers/{id}/photo", upload), HttpStatusCode.Forbidden, "workshop.forbidden");
            Assert.Equal(HttpStatusCode.Found, (await client.GetAsync($"/orgs/{workshop.Id}/makers")).StatusCode);
        }

        Assert.Equal("李阿姨", (await fixture.Host.Grains.GetGrain<IWorkshopGrain>(workshop.Id).GetPublicMakers()).Single().DisplayName);
        Assert.Empty(StoredFiles(workshop.Id));
    }

    [Fact]
    public async Task A_products_page_names_makers_who_agreed_and_calls_the_others_a_maker_of_this_workshop()
    {
        using var workshop = await fixture.WorkshopAsync();
        var shown = await AddAsync(workshop.Admin.Http, workshop.Id, "李阿姨", "绣了十二年。", consent: true);
        var hidden = await AddAsync(workshop.Admin.Http, workshop.Id, "王师傅", "", consent: false);
        var listing = ProductsFixture.Listing();
        listing["makerIds"] = new[] { shown, hidden };
        var productId = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id, listing);

        using var anonymous = fixture.Host.CreateClient();
        var page = await anonymous.GetStringAsync($"/products/{productId}");

        Assert.Contains("李阿姨", page, StringComparison.Ordinal);
        Assert.Contains("绣了十二年。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("王师傅", page, StringComparison.Ordinal);
        Assert.Contains("本工坊的一位手工艺人", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/products/{productId}/buy\"", page, StringComparison.Ordinal);
    }

    private static async Task<string> AddAsync(HttpClient client, string workshopId, string name, string story, bool consent)
    {
        using var response = await client.PostAsJsonAsync($"/api/orgs/{workshopId}/makers", new { displayName = name, story, publicConsent = consent });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"add maker: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("makerId").GetString()!;
    }

    private static async Task<string> SetPhotoAsync(Workshop workshop, string makerId, string altText)
    {
        using var upload = ProductsFixture.PhotoForm(TestPhotos.Jpeg(), altText);
        using var response = await workshop.Admin.Http.PutAsync($"/api/orgs/{workshop.Id}/makers/{makerId}/photo", upload);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"maker photo: {(int)response.StatusCode} {body}");
        var photo = JsonDocument.Parse(body).RootElement.GetProperty("photo");
        Assert.Equal(altText, photo.GetProperty("altText").GetString());
        return photo.GetProperty("photoId").GetString()!;
    }

    private string[] StoredFiles(string workshopId)
    {
        var folder = Path.Combine(fixture.MediaFolder, "makers", workshopId);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}
