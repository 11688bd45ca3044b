using LiveFair.Contracts.Fairs;
using Microsoft.Extensions.Logging;

namespace LiveFair.Silo.Fairs;

/// <summary>The timer that gives up unanswered calls and the places of people away too long.</summary>
public sealed partial class BoothGrain
{
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var moved = false;
        var noShows = _open.Values.Where(e => e.Status == ApplicationStatus.Called && e.AnswerBy <= now).OrderBy(e => e.AnswerBy).ToList();
        var recruiters = new List<string>();
        foreach (var entry in noShows)
        {
            if (!await MarkAsync(entry, ApplicationStatus.NoShow))
            {
                continue;
            }

            moved = true;
            recruiters.Add(entry.RecruiterId!);
        }

        if (recruiters.Count > 0)
        {
            await CountNoShowsAsync(recruiters.Count);
        }

        // The recruiter whose call went unanswered gets the next person without having to ask.
        foreach (var recruiterId in recruiters)
        {
            if (_waiting.Count == 0)
            {
                break;
            }

            try
            {
                if (await IsRecruiterAsync(recruiterId))
                {
                    await CallFirstAsync(recruiterId);
                }
            }
            catch (Exception exception)
            {
                LogSweepFailed(exception, BoothId);
            }
        }

        var grace = State.Settings.DisconnectGrace;
        foreach (var entry in _waiting.Where(e => !e.Connected && now - e.AwaySince >= grace).ToList())
        {
            moved |= await MarkAsync(entry, ApplicationStatus.Left);
        }

        if (moved)
        {
            NotifyQueue();
        }
    }

    /// <summary>Ends an open application with <paramref name="status"/>; false (and logged) if the application could not be told.</summary>
    private async Task<bool> MarkAsync(QueueEntry entry, ApplicationStatus status)
    {
        try
        {
            await Application(entry.ApplicationId).SetStatus(status);
        }
        catch (Exception exception)
        {
            // Tried again on the next sweep.
            LogSweepFailed(exception, BoothId);
            return false;
        }

        Remove(entry);
        return true;
    }

    private async Task CountNoShowsAsync(int count)
    {
        try
        {
            await PersistAsync(s => s.NoShows += count);
        }
        catch (Exception exception)
        {
            // The applications already say no-show; only the report's count is behind.
            LogSweepFailed(exception, BoothId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Booth {BoothId}: the sweep could not finish a step; it tries again next time")]
    private partial void LogSweepFailed(Exception exception, string boothId);
}
