using LiveFair.Contracts.Jobs;
using LiveFair.Silo.Storage;

namespace LiveFair.Silo.Jobs;

/// <summary>
/// Every job in SQL, as the whole <see cref="JobView"/> plus the columns that lists filter on. Job grains write
/// it after they persist; a row is replaced only by a higher version, so a late or repeated write never moves
/// it backwards. Lists read it instead of waking one grain per job.
/// </summary>
public sealed class JobCatalog(LiveFairDatabase database)
{
    public async Task UpsertAsync(JobView job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO job_catalog (job_id, organisation_id, version, status, created_at, payload)
            VALUES (@job_id, @organisation_id, @version, @status, @created_at, @payload)
            ON CONFLICT (job_id) DO UPDATE SET
                organisation_id = excluded.organisation_id, version = excluded.version, status = excluded.status,
                created_at = excluded.created_at, payload = excluded.payload
            WHERE job_catalog.version < excluded.version
            """;
        command.WithParameter("@job_id", job.JobId)
            .WithParameter("@organisation_id", job.OrganisationId)
            .WithParameter("@version", job.Version)
            .WithParameter("@status", (int)job.Status)
            .WithParameter("@created_at", job.CreatedAt.ToUnixTimeMilliseconds())
            .WithParameter("@payload", PayloadRows.Serialize(job));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An organisation's jobs, newest first; only those in <paramref name="status"/> when it is given.</summary>
    public async Task<IReadOnlyList<JobView>> ListByOrganisationAsync(
        string organisationId, JobStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // A flag instead of "@status IS NULL": PostgreSQL cannot infer the type of a parameter only compared to NULL.
        command.CommandText = """
            SELECT payload FROM job_catalog
            WHERE organisation_id = @organisation_id AND (@any_status = 1 OR status = @status)
            ORDER BY created_at DESC, job_id
            """;
        command.WithParameter("@organisation_id", organisationId)
            .WithParameter("@any_status", status is null ? 1 : 0)
            .WithParameter("@status", (int)(status ?? default));
        return await PayloadRows.ReadAllAsync<JobView>(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many jobs the organisation has ever created; the per-organisation limit counts these.</summary>
    public async Task<int> CountByOrganisationAsync(string organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM job_catalog WHERE organisation_id = @organisation_id";
        command.WithParameter("@organisation_id", organisationId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The jobs with these ids that exist, in the order of <paramref name="jobIds"/>; unknown ids are left out.</summary>
    public Task<IReadOnlyList<JobView>> GetManyAsync(IReadOnlyCollection<string> jobIds, CancellationToken cancellationToken = default) =>
        PayloadRows.GetManyAsync<JobView>(database, "job_catalog", "job_id", jobIds, v => v.JobId, cancellationToken);
}
