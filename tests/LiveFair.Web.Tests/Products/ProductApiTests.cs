using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Products;

[Collection(ProductTestGroup.Name)]
public sealed class ProductApiTests(ProductsFixture fixture)
{
    [Fact]
    public async Task A_streamer_lists_a_product_that_anyone_reads_and_the_admin_edits_and_sets_terms()
    {
        using var workshop = await fixture.WorkshopAsync();
        using var anonymous = fixture.Host.CreateClient();

        var id = await ProductsFixture.CreateAsync(workshop.Streamer, workshop.Id);
        var seen = await anonymous.GetFromJsonAsync<JsonElement>($"/api/products/{id}");
        Assert.Equal(3800, seen.GetProperty("listing").GetProperty("priceFen").GetInt64());
        Assert.Equal(30, seen.GetProperty("stock").GetProperty("available").GetInt32());

        using (var updated = await workshop.Admin.Http.PutAsJsonAsync($"/api/products/{id}", ProductsFixture.Listing("改过的香包", 4250, 40)))
        {
            Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        }

        var starts = DateTimeOffset.UtcNow.AddMinutes(5);
        using (var terms = await workshop.Admin.Http.PutAsJsonAsync($"/api/products/{id}/terms", new { perBuyerLimit = 2, startsAt = starts, endsAt = starts.AddHours(1) }))
        {
            Assert.Equal(HttpStatusCode.OK, terms.StatusCode);
        }

        var view = await fixture.ViewAsync(id);
        Assert.Equal(("改过的香包", 4250L, 40, 2), (view.Listing.Title, view.Listing.PriceFen, view.Listing.Stock, view.Terms.PerBuyerLimit));
        Assert.Equal(4250 - 1800, view.Listing.Split.MakerShare);

        // The list comes from the catalog, which the grain writes after each change.
        var listed = await Booths.Realtime.Eventually.GetAsync(
            () => anonymous.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{workshop.Id}/products")!,
            list => list!.Length == 1 && list[0].GetProperty("listing").GetProperty("title").GetString() == "改过的香包",
            "the catalog lists the edited product");
        Assert.Equal(id, listed![0].GetProperty("productId").GetString());
    }

    [Theory]
    [InlineData(0L, "price")]
    [InlineData(-100L, "price")]
    public async Task Zero_or_negative_prices_are_refused_and_nothing_is_listed(long price, string field)
    {
        using var workshop = await fixture.WorkshopAsync();
        var listing = ProductsFixture.Listing();
        listing["priceFen"] = price;

        var response = await workshop.Admin.Http.PostAsJsonAsync($"/api/orgs/{workshop.Id}/products", listing);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "product.invalid_input");
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await workshop.Admin.Http.GetFromJsonAsync<JsonElement[]>($"/api/orgs/{workshop.Id}/products") ?? []);
    }

    [Fact]
    public async Task A_split_that_does_not_add_up_to_the_price_a_missing_charity_name_and_too_long_text_are_refused_on_their_fields()
    {
        using var workshop = await fixture.WorkshopAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var before = (await fixture.ViewAsync(id)).Version;

        var offByOne = ProductsFixture.Listing();
        ((Dictionary<string, object?>)offByOne["split"]!)["paymentFee"] = 151L;
        var noCharity = ProductsFixture.Listing();
        noCharity["split"] = ProductsFixture.Split(3800, charityName: " ");
        var tooLong = ProductsFixture.Listing(title: new string('绣', 81));
        var negative = ProductsFixture.Listing();
        ((Dictionary<string, object?>)negative["split"]!)["materials"] = -600L;
        ((Dictionary<string, object?>)negative["split"]!)["makerShare"] = 3200L;

        foreach (var (listing, field) in new[] { (offByOne, "makerShare"), (noCharity, "charityName"), (tooLong, "title"), (negative, "makerShare") })
        {
            var response = await workshop.Admin.Http.PutAsJsonAsync($"/api/products/{id}", listing);
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "product.invalid_input");
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Equal(before, (await fixture.ViewAsync(id)).Version);
    }

    [Fact]
    public async Task Script_in_every_text_field_is_stored_as_typed_and_served_escaped()
    {
        using var workshop = await fixture.WorkshopAsync();
        const string script = "<script>alert('x')</script>";
        var listing = new Dictionary<string, object?>
        {
            ["title"] = "香包" + script,
            ["description"] = "介绍" + script,
            ["priceFen"] = 3800L,
            ["stock"] = 3,
            ["category"] = "类" + script,
            ["shippingNote"] = "发货" + script,
            ["split"] = ProductsFixture.Split(3800, charityName: "基金" + script),
        };

        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id, listing);

        var view = await fixture.ViewAsync(id);
        Assert.Equal("香包" + script, view.Listing.Title);
        Assert.Equal("介绍" + script, view.Listing.Description);
        Assert.Equal("类" + script, view.Listing.Category);
        Assert.Equal("发货" + script, view.Listing.ShippingNote);
        Assert.Equal("基金" + script, view.Listing.Split.CharityName);
        using var anonymous = fixture.Host.CreateClient();
        var page = await anonymous.GetStringAsync($"/products/{id}");
        Assert.DoesNotContain(script, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page, StringComparison.Ordinal);
        var edit = await workshop.Admin.Http.GetStringAsync($"/products/{id}/edit");
        Assert.DoesNotContain(script, edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_workshops_admin_a_helper_and_a_stranger_cannot_change_the_product()
    {
        using var workshop = await fixture.WorkshopAsync();
        using var other = await fixture.WorkshopAsync();
        using var stranger = await fixture.SignedInAsync();
        var id = await ProductsFixture.CreateAsync(workshop.Admin, workshop.Id);
        var before = (await fixture.ViewAsync(id)).Version;

        foreach (var client in new[] { other.Admin.Http, workshop.Helper.Http, stranger.Http })
        {
            await ProblemAssertions.AssertProblemAsync(await client.PostAsJsonAsync($"/api/orgs/{workshop.Id}/products", ProductsFixture.Listing()), HttpStatusCode.Forbidden, "product.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.PutAsJsonAsync($"/api/products/{id}", ProductsFixture.Listing("Hijacked")), HttpStatusCode.Forbidden, "product.forbidden");
            await ProblemAssertions.AssertProblemAsync(await client.PutAsJsonAsync($"/api/products/{id}/terms", new { perBuyerLimit = 1 }), HttpStatusCode.Forbidden, "product.forbidden");
            using var upload = ProductsFixture.PhotoForm(TestPhotos.Png(), "照片");
            await ProblemAssertions.AssertProblemAsync(await client.PostAsync($"/api/products/{id}/photos", upload), HttpStatusCode.Forbidden, "workshop.forbidden");
            using var edit = await client.GetAsync($"/products/{id}/edit");
            Assert.Equal(HttpStatusCode.Found, edit.StatusCode);
            Assert.Equal("/account/denied", edit.Headers.Location!.AbsolutePath);
        }

        using var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/products/{id}", ProductsFixture.Listing("Hijacked"))).StatusCode);
        Assert.Equal(before, (await fixture.ViewAsync(id)).Version);
        Assert.Empty(fixture.StoredFilesOf(id));
    }

    [Fact]
    public async Task Unknown_and_malformed_product_ids_are_not_found()
    {
        using var anonymous = fixture.Host.CreateClient();
        await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync("/api/products/prod-doesnotexist"), HttpStatusCode.NotFound, "product.not_found");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/products/not-a-product")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/products/prod-doesnotexist")).StatusCode);
    }
}
