using System.Data.Common;
using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Fairs;

/// <summary>
/// Applications in SQL, written by the application grains after they persist. A row is replaced only by a
/// higher version, so a late or repeated write never moves it backwards. Booths rebuild their queue from it,
/// so joining a queue writes one small row instead of the whole queue.
/// </summary>
public sealed class ApplicationIndex(LiveFairDatabase database)
{
    private const string Columns = """
        application_id, version, person_id, applicant_name, room_id, booth_id, employer_id, employer_name, job_id,
        job_title, ticket, shared_disability, status, outcome, recruiter_id, recruiter_name, applied_at, updated_at,
        interview_started_at
        """;

    public async Task UpsertAsync(ApplicationIndexEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO application_index ({Columns})
            VALUES (@application_id, @version, @person_id, @applicant_name, @room_id, @booth_id, @employer_id, @employer_name,
                @job_id, @job_title, @ticket, @shared_disability, @status, @outcome, @recruiter_id, @recruiter_name,
                @applied_at, @updated_at, @interview_started_at)
            ON CONFLICT (application_id) DO UPDATE SET
                version = excluded.version, person_id = excluded.person_id, applicant_name = excluded.applicant_name,
                room_id = excluded.room_id, booth_id = excluded.booth_id, employer_id = excluded.employer_id,
                employer_name = excluded.employer_name, job_id = excluded.job_id, job_title = excluded.job_title,
                ticket = excluded.ticket, shared_disability = excluded.shared_disability, status = excluded.status,
                outcome = excluded.outcome, recruiter_id = excluded.recruiter_id, recruiter_name = excluded.recruiter_name,
                applied_at = excluded.applied_at, updated_at = excluded.updated_at,
                interview_started_at = excluded.interview_started_at
            WHERE application_index.version < excluded.version
            """;

        command.WithParameter("@application_id", entry.ApplicationId)
            .WithParameter("@version", entry.Version)
            .WithParameter("@person_id", entry.PersonId)
            .WithParameter("@applicant_name", entry.ApplicantName)
            .WithParameter("@room_id", entry.RoomId)
            .WithParameter("@booth_id", entry.BoothId)
            .WithParameter("@employer_id", entry.EmployerId)
            .WithParameter("@employer_name", entry.EmployerName)
            .WithParameter("@job_id", entry.JobId)
            .WithParameter("@job_title", entry.JobTitle)
            .WithParameter("@ticket", entry.Ticket)
            .WithParameter("@shared_disability", entry.SharedDisability ? 1 : 0)
            .WithParameter("@status", (int)entry.Status)
            .WithParameter("@outcome", entry.Outcome is { } outcome ? (int)outcome : null)
            .WithParameter("@recruiter_id", entry.RecruiterId)
            .WithParameter("@recruiter_name", entry.RecruiterName)
            .WithParameter("@applied_at", entry.AppliedAt.ToUnixTimeMilliseconds())
            .WithParameter("@updated_at", entry.UpdatedAt.ToUnixTimeMilliseconds())
            .WithParameter("@interview_started_at", entry.InterviewStartedAt?.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person's applications, newest first: "my applications", and what erasure must find.</summary>
    public Task<IReadOnlyList<ApplicationIndexEntry>> ListForPersonAsync(string personId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"SELECT {Columns} FROM application_index WHERE person_id = @person_id ORDER BY applied_at DESC, application_id DESC",
            command => command.WithParameter("@person_id", personId),
            cancellationToken);

    /// <summary>The applications still in a booth's line or interview (waiting, called, interviewing), in ticket order.</summary>
    public Task<IReadOnlyList<ApplicationIndexEntry>> ListOpenForBoothAsync(string boothId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"""
            SELECT {Columns} FROM application_index
            WHERE booth_id = @booth_id AND status IN (@waiting, @called, @interviewing)
            ORDER BY ticket
            """,
            command => command.WithParameter("@booth_id", boothId)
                .WithParameter("@waiting", (int)ApplicationStatus.Waiting)
                .WithParameter("@called", (int)ApplicationStatus.Called)
                .WithParameter("@interviewing", (int)ApplicationStatus.Interviewing),
            cancellationToken);

    /// <summary>
    /// A booth's newest finished applications: interviewed, no-show, or left after being called (a recruiter id is
    /// only set by a call), newest change first.
    /// </summary>
    public Task<IReadOnlyList<ApplicationIndexEntry>> ListRecentFinishedForBoothAsync(string boothId, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            $"""
            SELECT {Columns} FROM application_index
            WHERE booth_id = @booth_id
                AND (status IN (@interviewed, @no_show) OR (status = @left AND recruiter_id IS NOT NULL))
            ORDER BY updated_at DESC, ticket DESC
            LIMIT @limit
            """,
            command => command.WithParameter("@booth_id", boothId)
                .WithParameter("@interviewed", (int)ApplicationStatus.Interviewed)
                .WithParameter("@no_show", (int)ApplicationStatus.NoShow)
                .WithParameter("@left", (int)ApplicationStatus.Left)
                .WithParameter("@limit", limit),
            cancellationToken);

    /// <summary>How many of a booth's applications have a ticket above <paramref name="ticket"/>.</summary>
    public async Task<long> CountForBoothAfterTicketAsync(string boothId, long ticket, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM application_index WHERE booth_id = @booth_id AND ticket > @ticket";
        command.WithParameter("@booth_id", boothId).WithParameter("@ticket", ticket);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DeleteAsync(string applicationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM application_index WHERE application_id = @application_id";
        command.WithParameter("@application_id", applicationId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ApplicationIndexEntry>> QueryAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        var entries = new List<ApplicationIndexEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    private static ApplicationIndexEntry Read(DbDataReader reader) => new()
    {
        ApplicationId = reader.GetString(0),
        Version = reader.GetInt64(1),
        PersonId = reader.GetString(2),
        ApplicantName = reader.GetString(3),
        RoomId = reader.GetString(4),
        BoothId = reader.GetString(5),
        EmployerId = reader.GetString(6),
        EmployerName = reader.GetString(7),
        JobId = reader.GetString(8),
        JobTitle = reader.GetString(9),
        Ticket = reader.GetInt64(10),
        SharedDisability = reader.GetInt32(11) == 1,
        Status = (ApplicationStatus)reader.GetInt32(12),
        Outcome = reader.IsDBNull(13) ? null : (ApplicationOutcome)reader.GetInt32(13),
        RecruiterId = reader.IsDBNull(14) ? null : reader.GetString(14),
        RecruiterName = reader.IsDBNull(15) ? null : reader.GetString(15),
        AppliedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(16)),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(17)),
        InterviewStartedAt = reader.IsDBNull(18) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(18)),
    };
}
