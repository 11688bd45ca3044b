using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using Xunit;

namespace LiveFair.Silo.Tests.Sales;

/// <summary>A product's photos: alt text is required, the list is bounded, and only the workshop's managers change it.</summary>
public sealed class ProductPhotoTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Photos_are_added_described_and_removed_in_order_and_script_in_alt_text_stays_as_typed()
    {
        var (product, _, admin) = await Client.CreatedProductAsync();
        var first = TestProducts.Photo("<script>alert(1)</script> 竹篮里的粽子");
        var second = TestProducts.Photo();

        await product.AddPhoto(admin, first);
        var twoPhotos = await product.AddPhoto(admin, second);
        Assert.Equal([first.PhotoId, second.PhotoId], twoPhotos.Photos.Select(p => p.PhotoId));
        Assert.Equal("<script>alert(1)</script> 竹篮里的粽子", twoPhotos.Photos[0].AltText);

        var described = await product.DescribePhoto(admin, second.PhotoId, "  Six zongzi in a basket  ");
        Assert.Equal("Six zongzi in a basket", described.Photos[1].AltText);

        var removed = await product.RemovePhoto(admin, first.PhotoId);
        Assert.Equal([second.PhotoId], removed.Photos.Select(p => p.PhotoId));
        Assert.Equal(removed.Photos, (await product.GetView()).Photos);
    }

    [Fact]
    public async Task The_same_photo_told_twice_is_one_photo_but_a_different_one_with_its_id_is_refused()
    {
        var (product, _, admin) = await Client.CreatedProductAsync();
        var photo = TestProducts.Photo();
        var once = await product.AddPhoto(admin, photo);
        var twice = await product.AddPhoto(admin, photo);

        Assert.Equal(once.Version, twice.Version);
        Assert.Single(twice.Photos);
        await TestProducts.AssertRefusedAsync("product.photo_exists", ErrorKind.Conflict, () => product.AddPhoto(admin, photo with { AltText = "other" }));
    }

    [Fact]
    public async Task Missing_alt_text_bad_ids_sizes_too_many_photos_and_strangers_change_nothing()
    {
        var (product, workshopId, admin) = await Client.CreatedProductAsync();
        var helper = await Client.JoinedAsync(Client.GetGrain<IOrganisationGrain>(workshopId), admin, OrganisationRole.Helper);
        var before = await product.GetView();

        await TestProducts.AssertRefusedAsync("product.alt_text.empty", ErrorKind.Invalid, () => product.AddPhoto(admin, TestProducts.Photo(alt: "  ")));
        await TestProducts.AssertRefusedAsync("product.alt_text.too_long", ErrorKind.Invalid, () => product.AddPhoto(admin, TestProducts.Photo(alt: new string('粽', ProductPhotoLimits.AltText + 1))));
        await TestProducts.AssertRefusedAsync("product.invalid_photo_id", ErrorKind.Invalid, () => product.AddPhoto(admin, TestProducts.Photo() with { PhotoId = "../../etc" }));
        await TestProducts.AssertRefusedAsync("product.invalid_photo_size", ErrorKind.Invalid, () => product.AddPhoto(admin, TestProducts.Photo() with { Width = 0 }));
        await TestProducts.AssertRefusedAsync("product.forbidden", ErrorKind.Forbidden, () => product.AddPhoto(helper.PersonId, TestProducts.Photo()));
        await TestProducts.AssertRefusedAsync("product.photo_not_found", ErrorKind.NotFound, () => product.RemovePhoto(admin, PhotoIds.New()));
        Assert.Equal(before.Version, (await product.GetView()).Version);

        for (var i = 0; i < ProductPhotoLimits.MaxPhotos; i++)
        {
            await product.AddPhoto(admin, TestProducts.Photo());
        }

        await TestProducts.AssertRefusedAsync("product.too_many_photos", ErrorKind.Conflict, () => product.AddPhoto(admin, TestProducts.Photo()));
        Assert.Equal(ProductPhotoLimits.MaxPhotos, (await product.GetView()).Photos.Count);
    }
}
