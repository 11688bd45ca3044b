using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    /// <summary>Ids per query in <see cref="GetManyAsync"/>; keeps the statement well under every provider's parameter limit.</summary>
    private const int IdsPerQuery = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

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
            .WithParameter("@payload", JsonSerializer.Serialize(job, Json));
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
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
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
    public async Task<IReadOnlyList<JobView>> GetManyAsync(IReadOnlyCollection<string> jobIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var wanted = jobIds.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = new Dictionary<string, JobView>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Chunk(IdsPerQuery))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "@id" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < chunk.Length; i++)
            {
                command.WithParameter(names[i], chunk[i]);
            }

#pragma warning disable CA2100 // Only generated parameter names are concatenated; every value is a parameter.
            command.CommandText = $"SELECT payload FROM job_catalog WHERE job_id IN ({string.Join(", ", names)})";
#pragma warning restore CA2100
            foreach (var job in await ReadAllAsync(command, cancellationToken).ConfigureAwait(false))
            {
                found[job.JobId] = job;
            }
        }

        return [.. wanted.Where(found.ContainsKey).Select(id => found[id])];
    }

    private static async Task<List<JobView>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<JobView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(JsonSerializer.Deserialize<JobView>(reader.GetString(0), Json)
                ?? throw new InvalidDataException("A job catalog row holds no job."));
        }

        return jobs;
    }
}
