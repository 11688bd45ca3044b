using System.Net;
using System.Text;
using System.Text.Json;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.Rooms;
using LiveFair.Web.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

[Collection(FairTestGroup.Name)]
public sealed class FairReportTests(FairsFixture fixture)
{
    [Fact]
    public async Task The_host_reads_the_report_as_JSON_with_viewers_and_one_line_per_booth()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer, "珠江科技");
        var (roomId, _, _) = await fixture.FairWithBoothAsync(host, employer);
        await fixture.Host.Grains.GetGrain<IRoomGrain>(roomId).StartRoom();
        var streamer = await fixture.MemberAsync(host, OrganisationRole.Streamer);

        var report = JsonDocument.Parse(await streamer.Http.GetStringAsync($"/api/fairs/{roomId}/report")).RootElement;

        Assert.Equal(roomId, report.GetProperty("roomId").GetString());
        Assert.False(report.GetProperty("final").GetBoolean());
        Assert.Equal(1, report.GetProperty("employers").GetInt32());
        Assert.True(report.TryGetProperty("currentViewers", out _));
        Assert.True(report.TryGetProperty("peakViewers", out _));
        Assert.True(report.TryGetProperty("totalViews", out _));
        var line = Assert.Single(report.GetProperty("booths").EnumerateArray());
        Assert.Equal("珠江科技", line.GetProperty("employerName").GetString());
        Assert.Equal(1, line.GetProperty("stats").GetProperty("jobs").GetInt32());
        Assert.Equal(1, report.GetProperty("totals").GetProperty("jobs").GetInt32());
    }

    [Fact]
    public async Task Only_the_hosts_admins_and_streamers_read_the_report()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, _, recruiter) = await fixture.FairWithBoothAsync(host, employer);
        foreach (var outsider in new[] { await fixture.MemberAsync(host, OrganisationRole.Helper), employer.Admin, recruiter, await fixture.SignedInAsync() })
        {
            foreach (var path in new[] { "report", "report.csv" })
            {
                using var response = await outsider.Http.GetAsync($"/api/fairs/{roomId}/{path}");
                await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
            }

            using var page = await outsider.Http.GetAsync($"/rooms/{roomId}/report");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/account/denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_CSV_is_UTF8_with_a_BOM_an_attachment_in_Chinese_by_default_and_English_on_request_with_hostile_names_defused()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var formula = await fixture.OrganisationAsync(OrganisationKind.Employer, "=HYPERLINK(\"http://evil\",\"点我\")");
        var comma = await fixture.OrganisationAsync(OrganisationKind.Employer, "甲,乙 \"公司\"");
        var roomId = await FairsFixture.CreateFairAsync(host.Admin, host.Id);
        foreach (var employer in new[] { formula, comma })
        {
            var jobId = await fixture.PublishedJobAsync(employer);
            var fair = fixture.Host.Grains.GetGrain<Contracts.Fairs.IFairGrain>(roomId);
            await fair.InviteEmployer(host.Admin.Person.Id, employer.Id);
            await fair.AcceptInvitation(employer.Admin.Person.Id, employer.Id, new Contracts.Fairs.BoothSetup { JobIds = [jobId] });
        }

        using var response = await host.Admin.Http.GetAsync($"/api/fairs/{roomId}/report.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("展位,岗位数,投递数,面试数,初步意向,录用,不合适,未到场,排队中", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",1,0,0,0,0,0,0,0", lines, StringComparer.Ordinal);
        Assert.Contains("\"甲,乙 \"\"公司\"\"\",1,0,0,0,0,0,0,0", lines, StringComparer.Ordinal);
        Assert.Equal("合计,2,0,0,0,0,0,0,0", lines[3]);

        var english = Encoding.UTF8.GetString(await host.Admin.Http.GetByteArrayAsync($"/api/fairs/{roomId}/report.csv?culture=en"));
        Assert.StartsWith("\uFEFFBooth,Jobs,Applications,Interviews,Intentions,Offers,Not suitable,No-shows,Waiting\r\n", english, StringComparison.Ordinal);
        Assert.Contains("\r\nTotal,2,", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_room_ends_the_report_says_final_and_stays_the_same()
    {
        var host = await fixture.OrganisationAsync(OrganisationKind.ServiceOrganisation);
        var employer = await fixture.OrganisationAsync(OrganisationKind.Employer);
        var (roomId, _, _) = await fixture.FairWithBoothAsync(host, employer);
        var room = fixture.Host.Grains.GetGrain<IRoomGrain>(roomId);
        await room.StartRoom();
        await room.EndRoom();

        var first = JsonDocument.Parse(await host.Admin.Http.GetStringAsync($"/api/fairs/{roomId}/report")).RootElement;
        Assert.True(first.GetProperty("final").GetBoolean());
        var second = JsonDocument.Parse(await host.Admin.Http.GetStringAsync($"/api/fairs/{roomId}/report")).RootElement;
        Assert.Equal(first.GetProperty("generatedAt").GetString(), second.GetProperty("generatedAt").GetString());

        var page = await host.Admin.Http.GetStringAsync($"/rooms/{roomId}/report");
        Assert.Contains("最终报表", page, StringComparison.Ordinal);
        Assert.Contains("<caption>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/fairs/{roomId}/report.csv\"", page, StringComparison.Ordinal);
        using var csv = await host.Admin.Http.GetAsync($"/api/fairs/{roomId}/report.csv");
        Assert.Contains("final", csv.Content.Headers.ContentDisposition!.FileName ?? csv.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
    }
}
