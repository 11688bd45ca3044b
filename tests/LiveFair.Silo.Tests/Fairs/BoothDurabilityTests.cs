using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Tests.Infrastructure;
using Xunit;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>A booth's line is rebuilt from the application index after a restart. One cluster per test.</summary>
public sealed class BoothDurabilityTests : IDisposable
{
    private readonly TempSqliteFile _file = new();

    public void Dispose() => _file.Delete();

    [Fact]
    public async Task The_queue_calls_interviews_tickets_and_counts_survive_a_restart()
    {
        await using var cluster = await LiveFairTestCluster.StartAsync(_file.ConnectionString);
        var client = cluster.Client;

        // A long answer time, so the call is still open when the silo is back.
        var booth = await client.BoothAsync(settings: TestFairs.FastSettings with { AnswerTime = TimeSpan.FromMinutes(5) });
        var people = new List<(Applicant Applicant, QueuePlace Place)>();
        for (var i = 0; i < LiveFairTestCluster.BoothTicketBlockSize + 2; i++)
        {
            people.Add(await client.AppliedAsync(booth, booth.JobIds[i % 2]));
        }

        var interview = await booth.Booth.CallNext(booth.Recruiter);
        await booth.Booth.Answer(people[0].Applicant.PersonId);
        await booth.Booth.PostMessage(people[0].Applicant.PersonId, interview.ApplicationId, "<i>before</i>");
        var call = await booth.Booth.CallNext(booth.Recruiters[1].PersonId);
        var before = await booth.Booth.GetStats();

        await cluster.RestartSiloAsync();

        Assert.Equal(before, await booth.Booth.GetStats());
        Assert.Equal(QueueState.Interviewing, (await booth.Booth.GetPlace(people[0].Applicant.PersonId)).State);
        var called = await booth.Booth.GetPlace(people[1].Applicant.PersonId);
        Assert.Equal((QueueState.Called, call.ApplicationId), (called.State, called.ApplicationId));
        var positions = await Task.WhenAll(people.Skip(2).Select(async p => (await booth.Booth.GetPlace(p.Applicant.PersonId)).Position ?? 0));
        Assert.Equal([1, 2, 3], positions);

        // The interview goes on with the same recruiter; the call can still be answered.
        await booth.Booth.PostMessage(booth.Recruiter, interview.ApplicationId, "after");
        Assert.Equal(["<i>before</i>", "after"], (await booth.Booth.EndInterview(booth.Recruiter, interview.ApplicationId)).Messages.Select(m => m.Text));
        Assert.True((await booth.Booth.Answer(people[1].Applicant.PersonId)).Active);

        // New tickets continue above every ticket handed out before, and every application is still counted once.
        var (_, late) = await client.AppliedAsync(booth);
        Assert.True(late.Ticket > people.Max(p => p.Place.Ticket));
        Assert.Equal(4, late.Position);
        Assert.Equal(people.Count + 1, (await booth.Booth.GetStats()).Applications);
    }
}
