using LiveFair.Contracts.Common;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Sales;
using LiveFair.Contracts.Workshops;
using LiveFair.Silo.Tests.Infrastructure;
using LiveFair.Silo.Tests.Organisations;
using LiveFair.Silo.Tests.Sales;
using Xunit;

namespace LiveFair.Silo.Tests.Workshops;

/// <summary>Makers, their consent to be shown, who may keep them, and what the public and products see.</summary>
public sealed class WorkshopMakerTests(RoomClusterFixture fixture) : IClassFixture<RoomClusterFixture>
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task Consent_is_recorded_with_who_and_when_and_re_recorded_only_when_the_answer_changes()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var streamer = await Client.JoinedAsync(workshop, admin.PersonId, OrganisationRole.Streamer);
        var makers = Makers(workshop);
        var start = DateTimeOffset.UtcNow;

        var added = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = " 李阿姨 ", Story = "绣了三十年。\n喜欢牡丹。", PublicConsent = false });
        Assert.Matches("^maker-[a-z0-9]{10}$", added.MakerId);
        Assert.Equal(("李阿姨", "绣了三十年。\n喜欢牡丹。", false, admin.PersonId, false), (added.DisplayName, added.Story, added.PublicConsent, added.ConsentRecordedBy, added.Removed));
        Assert.True(added.ConsentRecordedAt >= start && added.AddedAt == added.ConsentRecordedAt);

        var renamed = await makers.UpdateMaker(streamer.PersonId, added.MakerId, new MakerInput { DisplayName = "李秀英", PublicConsent = false });
        Assert.Equal((added.ConsentRecordedAt, admin.PersonId), (renamed.ConsentRecordedAt, renamed.ConsentRecordedBy));

        var consented = await makers.UpdateMaker(streamer.PersonId, added.MakerId, new MakerInput { DisplayName = "李秀英", Story = "Embroiders peonies.", PublicConsent = true });
        Assert.Equal((true, streamer.PersonId), (consented.PublicConsent, consented.ConsentRecordedBy));
        Assert.True(consented.ConsentRecordedAt > added.ConsentRecordedAt);

        var withdrawn = await makers.UpdateMaker(admin.PersonId, added.MakerId, new MakerInput { DisplayName = "李秀英", PublicConsent = false });
        Assert.Equal((false, admin.PersonId), (withdrawn.PublicConsent, withdrawn.ConsentRecordedBy));
        Assert.Equal(withdrawn, Assert.Single(await makers.GetMakers(streamer.PersonId)));
    }

    [Fact]
    public async Task The_public_sees_details_only_of_makers_who_consented_and_nothing_of_removed_ones()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var makers = Makers(workshop);
        var photo = new MakerPhoto { PhotoId = PhotoIds.New(), AltText = "李阿姨在绣花", Width = 800, Height = 600 };
        var open = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨", Story = "Story", PublicConsent = true });
        await makers.SetMakerPhoto(admin.PersonId, open.MakerId, photo);
        var privateMaker = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "王师傅", Story = "Private story" });
        await makers.SetMakerPhoto(admin.PersonId, privateMaker.MakerId, photo with { PhotoId = PhotoIds.New() });
        var leaving = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "张姐", PublicConsent = true });

        var removed = await makers.RemoveMaker(admin.PersonId, leaving.MakerId);
        Assert.True(removed.Removed);
        Assert.Equal(removed, await makers.RemoveMaker(admin.PersonId, leaving.MakerId));

        var shown = await makers.GetPublicMakers();
        Assert.Equal(
            [
                new PublicMaker { MakerId = open.MakerId, DisplayName = "李阿姨", Story = "Story", Photo = photo },
                new PublicMaker { MakerId = privateMaker.MakerId },
            ],
            shown);
        Assert.Equal(3, (await makers.GetMakers(admin.PersonId)).Count);
        Assert.True((await makers.GetMakers(admin.PersonId))[2].Removed);

        Assert.True(await makers.AreCurrentMakers([open.MakerId, privateMaker.MakerId]));
        Assert.True(await makers.AreCurrentMakers([]));
        Assert.False(await makers.AreCurrentMakers([open.MakerId, leaving.MakerId]));
        Assert.False(await makers.AreCurrentMakers(["maker-nobody"]));
        Assert.Empty(await Client.GetGrain<IWorkshopGrain>(TestOrganisations.NewId()).GetPublicMakers());
    }

    [Fact]
    public async Task Products_name_only_current_makers_of_their_own_workshop()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var workshopId = workshop.GetPrimaryKeyString();
        var makers = Makers(workshop);
        var li = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨" });
        var gone = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "张姐" });
        await makers.RemoveMaker(admin.PersonId, gone.MakerId);
        var (otherWorkshop, otherAdmin) = await Client.WorkshopAsync();
        var foreign = await Makers(otherWorkshop).AddMaker(otherAdmin.PersonId, new MakerInput { DisplayName = "外人" });

        var product = await Client.NewProduct().Create(admin.PersonId, workshopId, TestProducts.Listing() with { MakerIds = [li.MakerId] });
        Assert.Equal([li.MakerId], product.Listing.MakerIds);
        foreach (var makerIds in new string[][] { [gone.MakerId], [foreign.MakerId], [li.MakerId, "maker-invented"] })
        {
            await TestProducts.AssertRefusedAsync(
                "product.unknown_maker", ErrorKind.Invalid, () => Client.NewProduct().Create(admin.PersonId, workshopId, TestProducts.Listing() with { MakerIds = makerIds }));
        }
    }

    [Fact]
    public async Task Only_the_workshops_admins_and_streamers_keep_makers_and_only_workshops_have_them()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var makers = Makers(workshop);
        var maker = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李阿姨" });
        var helper = await Client.JoinedAsync(workshop, admin.PersonId, OrganisationRole.Helper, OrganisationRole.Recruiter);
        var (_, otherAdmin) = await Client.WorkshopAsync();
        var stranger = await Client.RegisteredIdentityAsync();

        foreach (var actor in new[] { helper.PersonId, otherAdmin.PersonId, stranger.PersonId, "" })
        {
            await Forbidden(() => makers.GetMakers(actor));
            await Forbidden(() => makers.AddMaker(actor, new MakerInput { DisplayName = "Intruder" }));
            await Forbidden(() => makers.UpdateMaker(actor, maker.MakerId, new MakerInput { DisplayName = "Hijacked", PublicConsent = true }));
            await Forbidden(() => makers.SetMakerPhoto(actor, maker.MakerId, null));
            await Forbidden(() => makers.RemoveMaker(actor, maker.MakerId));
        }

        Assert.Equal(maker, Assert.Single(await makers.GetMakers(admin.PersonId)));

        var (employer, employerAdmin) = await Client.CreatedAsync(TestOrganisations.Employer());
        await TestProducts.AssertRefusedAsync(
            "maker.not_workshop", ErrorKind.Conflict, () => Makers(employer).AddMaker(employerAdmin.PersonId, new MakerInput { DisplayName = "李" }));

        static Task Forbidden(Func<Task> action) => TestProducts.AssertRefusedAsync("maker.forbidden", ErrorKind.Forbidden, action);
    }

    [Fact]
    public async Task Hostile_maker_input_is_kept_as_typed_or_refused_and_changes_nothing()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var makers = Makers(workshop);
        const string Script = "<script>alert(1)</script>";
        var maker = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "<b>李</b>", Story = Script, PublicConsent = true });
        var photo = new MakerPhoto { PhotoId = PhotoIds.New(), AltText = Script };
        Assert.Equal(("<b>李</b>", Script), (maker.DisplayName, maker.Story));
        Assert.Equal(Script, (await makers.SetMakerPhoto(admin.PersonId, maker.MakerId, photo)).Photo!.AltText);
        var before = await makers.GetMakers(admin.PersonId);

        var refusals = new (string Code, Func<Task> Action)[]
        {
            ("maker.display_name.empty", () => makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "  " })),
            ("maker.display_name.too_long", () => makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = new string('李', MakerLimits.DisplayName + 1) })),
            ("maker.display_name.invalid_characters", () => makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "李\u0000" })),
            ("maker.story.too_long", () => makers.UpdateMaker(admin.PersonId, maker.MakerId, new MakerInput { DisplayName = "李", Story = new string('x', MakerLimits.Story + 1) })),
            ("maker.story.invalid_characters", () => makers.UpdateMaker(admin.PersonId, maker.MakerId, new MakerInput { DisplayName = "李", Story = "a\u0007b" })),
            ("maker.missing", () => makers.AddMaker(admin.PersonId, null!)),
            ("maker.photo.invalid_id", () => makers.SetMakerPhoto(admin.PersonId, maker.MakerId, photo with { PhotoId = "../../etc/passwd" })),
            ("maker.photo.alt_text.empty", () => makers.SetMakerPhoto(admin.PersonId, maker.MakerId, photo with { AltText = " " })),
            ("maker.photo.alt_text.too_long", () => makers.SetMakerPhoto(admin.PersonId, maker.MakerId, photo with { AltText = new string('图', ProductPhotoLimits.AltText + 1) })),
            ("maker.photo.invalid_size", () => makers.SetMakerPhoto(admin.PersonId, maker.MakerId, photo with { Width = -1 })),
        };
        foreach (var (code, action) in refusals)
        {
            await TestProducts.AssertRefusedAsync(code, ErrorKind.Invalid, action);
        }

        await TestProducts.AssertRefusedAsync(
            "maker.not_found", ErrorKind.NotFound, () => makers.UpdateMaker(admin.PersonId, "maker-nobody", new MakerInput { DisplayName = "李" }));
        await TestProducts.AssertRefusedAsync(
            "maker.not_found", ErrorKind.NotFound, () => makers.RemoveMaker(admin.PersonId, "<script>"));
        await makers.RemoveMaker(admin.PersonId, maker.MakerId);
        await TestProducts.AssertRefusedAsync(
            "maker.removed", ErrorKind.Conflict, () => makers.UpdateMaker(admin.PersonId, maker.MakerId, new MakerInput { DisplayName = "李" }));
        await TestProducts.AssertRefusedAsync("maker.removed", ErrorKind.Conflict, () => makers.SetMakerPhoto(admin.PersonId, maker.MakerId, null));
        Assert.Equal(before.Select(m => m with { Removed = true }), await makers.GetMakers(admin.PersonId));
    }

    [Fact]
    public async Task A_workshop_keeps_at_most_the_limit_of_makers_removed_ones_included()
    {
        var (workshop, admin) = await Client.WorkshopAsync();
        var makers = Makers(workshop);
        for (var i = 0; i < MakerLimits.MaxMakers; i++)
        {
            var added = await makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = $"Maker {i}" });
            if (i == 0)
            {
                await makers.RemoveMaker(admin.PersonId, added.MakerId);
            }
        }

        await TestProducts.AssertRefusedAsync("maker.too_many", ErrorKind.Conflict, () => makers.AddMaker(admin.PersonId, new MakerInput { DisplayName = "One more" }));
        var all = await makers.GetMakers(admin.PersonId);
        Assert.Equal(MakerLimits.MaxMakers, all.Select(m => m.MakerId).Distinct().Count());
    }

    private IWorkshopGrain Makers(IOrganisationGrain workshop) => Client.GetGrain<IWorkshopGrain>(workshop.GetPrimaryKeyString());
}
