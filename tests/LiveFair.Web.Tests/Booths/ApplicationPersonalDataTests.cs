using System.Net;
using System.Text.Json;
using LiveFair.Contracts.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Storage;
using LiveFair.Web.Tests.People;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace LiveFair.Web.Tests.Booths;

/// <summary>Applications are personal data: "download my data" holds them, account deletion erases them.</summary>
[Collection(BoothTestGroup.Name)]
public sealed class ApplicationPersonalDataTests(BoothsFixture fixture)
{
    /// <summary>An applicant with one finished interview (with an outcome and a private note) and one place still waiting.</summary>
    private async Task<(Caller Applicant, Booth Interviewed, Booth Waiting, string InterviewedId, string WaitingId, string Marker)> ApplicantWithApplicationsAsync()
    {
        var marker = "mk" + Guid.NewGuid().ToString("N")[..12];
        var applicant = await fixture.ApplicantAsync("申请人 " + marker);
        var interviewed = await fixture.NewBoothAsync();
        var waiting = await fixture.NewBoothAsync();
        using var recruiter = await fixture.SignInAsync(fixture.Recruiter);

        var interviewedId = (await BoothsFixture.ApplyAsync(applicant, interviewed, fixture.PublishedJobIds[0], shareDisability: true)).ApplicationId!;
        using (var called = await recruiter.PostAsync(interviewed.Path + "/call-next"))
        {
            Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        }

        using (var answered = await applicant.PostAsync(interviewed.Path + "/answer"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var interview = $"{interviewed.Path}/interviews/{interviewedId}";
        using (var message = await applicant.PostAsync(interview + "/messages", new { text = "消息 msg-" + marker }))
        {
            Assert.Equal(HttpStatusCode.Created, message.StatusCode);
        }

        using (var ended = await recruiter.PostAsync(interview + "/end"))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        using (var outcome = await recruiter.PutAsync($"{interviewed.Path}/applications/{interviewedId}/outcome", new { outcome = "Offer", note = "note-" + marker }))
        {
            Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        }

        var waitingId = (await BoothsFixture.ApplyAsync(applicant, waiting, fixture.PublishedJobIds[1])).ApplicationId!;
        return (applicant, interviewed, waiting, interviewedId, waitingId, marker);
    }

    [Fact]
    public async Task The_export_holds_every_application_with_its_interview_but_not_the_employers_note()
    {
        var (applicant, _, _, interviewedId, waitingId, marker) = await ApplicantWithApplicationsAsync();
        using (applicant)
        {
            using var response = await applicant.GetAsync("/api/me/export");
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var export = JsonDocument.Parse(body);
            var applications = export.RootElement.GetProperty("applications").EnumerateArray().ToList();
            Assert.Equal(new[] { interviewedId, waitingId }.Order(), applications.Select(a => a.GetProperty("applicationId").GetString()!).Order());

            var interviewed = applications.Single(a => a.GetProperty("applicationId").GetString() == interviewedId);
            Assert.Equal("Offer", interviewed.GetProperty("outcome").GetString());
            Assert.True(interviewed.GetProperty("sharedDisability").GetBoolean());
            Assert.Equal("消息 msg-" + marker, Assert.Single(interviewed.GetProperty("interview").GetProperty("messages").EnumerateArray()).GetProperty("text").GetString());
            Assert.Equal("Waiting", applications.Single(a => a.GetProperty("applicationId").GetString() == waitingId).GetProperty("status").GetString());
            Assert.DoesNotContain("note-" + marker, body, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Recruiter.Id, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deleting_the_account_erases_the_applications_and_the_places_but_keeps_the_booth_counts()
    {
        var (applicant, interviewed, waiting, interviewedId, waitingId, marker) = await ApplicantWithApplicationsAsync();
        using (applicant)
        {
            var statsBefore = await fixture.BoothGrain(interviewed).GetStats();
            Assert.Equal(1, (await fixture.BoothGrain(waiting).GetView()).Waiting);
            var database = fixture.Host.Services.GetRequiredService<LiveFairDatabase>();
            await database.FlushDeletedDataAsync();
            // The transcript really is on disk before deletion, or the scan below would prove nothing.
            Assert.NotEmpty(StorageScan.Find(fixture.Host.DataDirectory, ["msg-" + marker]));

            using var deleted = await applicant.PostAsync("/api/me/delete", new { password = applicant.Me.Password });
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

            foreach (var id in new[] { interviewedId, waitingId })
            {
                var gone = await Assert.ThrowsAsync<DomainException>(() => fixture.Host.Grains.GetGrain<IApplicationGrain>(id).GetRecord());
                Assert.Equal(ErrorKind.NotFound, gone.Kind);
            }

            Assert.Equal(0, (await fixture.BoothGrain(waiting).GetView()).Waiting);
            Assert.Empty((await fixture.BoothGrain(waiting).GetConsole(fixture.EmployerAdmin.Id)).Queue);
            var console = await fixture.BoothGrain(interviewed).GetConsole(fixture.EmployerAdmin.Id);
            Assert.DoesNotContain(console.Recent, entry => entry.ApplicationId == interviewedId);
            Assert.Equal(statsBefore.Applications, (await fixture.BoothGrain(interviewed).GetStats()).Applications);
            Assert.Equal(statsBefore.Offers, (await fixture.BoothGrain(interviewed).GetStats()).Offers);

            Assert.Empty(StorageScan.Find(fixture.Host.DataDirectory, [marker, applicant.Me.Email]));
        }
    }

    [Fact]
    public async Task A_person_with_no_applications_exports_an_empty_list()
    {
        using var person = await fixture.ApplicantAsync();
        using var response = await person.GetAsync("/api/me/export");
        using var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, export.RootElement.GetProperty("applications").GetArrayLength());
    }
}
