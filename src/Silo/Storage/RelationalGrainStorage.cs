using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace LiveFair.Silo.Storage;

/// <summary>
/// Grain state in one table (<c>grain_state</c>): a JSON payload per grain and state name, with an integer
/// version as the ETag. Every write is conditional on the version the grain last read, so a stale
/// activation cannot overwrite newer state: it gets <see cref="InconsistentStateException"/> instead.
/// </summary>
public sealed class RelationalGrainStorage(LiveFairDatabase database, TimeProvider timeProvider)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, payload FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = @name";
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var etag = reader.GetInt64(0);
        var payload = reader.GetString(1);
        var state = JsonSerializer.Deserialize<T>(payload, JsonOptions);
        if (state is not null)
        {
            grainState.State = state;
        }

        grainState.ETag = etag.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = JsonSerializer.Serialize(grainState.State, JsonOptions);
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        AddKey(command, stateName, grainId);
        command.WithParameter("@payload", payload).WithParameter("@now", now);

        long newEtag;
        if (grainState.ETag is null)
        {
            command.CommandText = """
                INSERT INTO grain_state (grain_type, grain_id, state_name, etag, payload, updated_at)
                VALUES (@type, @id, @name, 1, @payload, @now)
                """;
            try
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (DbException exception) when (database.IsUniqueViolation(exception))
            {
                throw new InconsistentStateException(
                    $"State '{stateName}' of {grainId} was created by another activation.", "(exists)", "(none)", exception);
            }

            newEtag = 1;
        }
        else
        {
            var expected = ParseEtag(grainState.ETag);
            command.CommandText = """
                UPDATE grain_state SET etag = etag + 1, payload = @payload, updated_at = @now
                WHERE grain_type = @type AND grain_id = @id AND state_name = @name AND etag = @etag
                """;
            command.WithParameter("@etag", expected);
            var rows = await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            if (rows == 0)
            {
                throw new InconsistentStateException(
                    $"State '{stateName}' of {grainId} changed since it was read (expected version {expected}).", "(newer)", grainState.ETag);
            }

            newEtag = expected + 1;
        }

        grainState.ETag = newEtag.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (grainState.ETag is not null)
        {
            var expected = ParseEtag(grainState.ETag);
            await using var connection = await database.OpenConnectionAsync().ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM grain_state WHERE grain_type = @type AND grain_id = @id AND state_name = @name AND etag = @etag";
            AddKey(command, stateName, grainId);
            command.WithParameter("@etag", expected);
            if (await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 0)
            {
                throw new InconsistentStateException(
                    $"State '{stateName}' of {grainId} changed since it was read (expected version {expected}).", "(newer)", grainState.ETag);
            }
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public void Participate(ISiloLifecycle observer) =>
        observer.Subscribe(
            nameof(RelationalGrainStorage),
            ServiceLifecycleStage.RuntimeInitialize,
            cancellationToken => DatabaseSchema.EnsureCreatedAsync(database, cancellationToken));

    private static void AddKey(DbCommand command, string stateName, GrainId grainId) =>
        command.WithParameter("@type", grainId.Type.ToString())
            .WithParameter("@id", grainId.Key.ToString())
            .WithParameter("@name", stateName);

    private static long ParseEtag(string etag) =>
        long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InconsistentStateException($"'{etag}' is not an ETag written by this provider.", "(unknown)", etag);
}
