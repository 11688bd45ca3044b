using LiveFair.Silo.Storage;
using LiveFair.Silo.Tests.Infrastructure;
using Orleans.Storage;
using Xunit;

namespace LiveFair.Silo.Tests.Storage;

/// <summary>
/// The optimistic-concurrency contract of <see cref="RelationalGrainStorage"/>, run against each database
/// by the derived classes.
/// </summary>
public abstract class GrainStorageConflictTests(IDatabaseFixture fixture)
{
    private const string StateName = "state";

    private RelationalGrainStorage Storage => fixture.Storage;

    [Fact]
    public async Task Reading_a_missing_row_reports_no_record_and_no_etag()
    {
        var state = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = "default" });

        await Storage.ReadStateAsync(StateName, NewGrainId(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("default", state.State!.Writer);
    }

    [Fact]
    public async Task Each_write_raises_the_etag_by_one_and_reads_return_the_latest_payload()
    {
        var id = NewGrainId();
        var state = new GrainState<StorageTestPayload>(new StorageTestPayload());

        for (var i = 1; i <= 3; i++)
        {
            state.State!.Count = i;
            state.State!.Lines.Add($"line {i} 欢迎");
            await Storage.WriteStateAsync(StateName, id, state);
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), state.ETag);
            Assert.True(state.RecordExists);
        }

        var read = await ReadAsync(id);
        Assert.True(read.RecordExists);
        Assert.Equal("3", read.ETag);
        Assert.Equal(3, read.State!.Count);
        Assert.Equal(["line 1 欢迎", "line 2 欢迎", "line 3 欢迎"], read.State!.Lines);
    }

    [Fact]
    public async Task Of_two_readers_only_the_first_writer_wins()
    {
        var id = NewGrainId();
        await WriteNewAsync(id, "seed");
        var first = await ReadAsync(id);
        var second = await ReadAsync(id);
        Assert.Equal(first.ETag, second.ETag);

        first.State!.Writer = "first";
        await Storage.WriteStateAsync(StateName, id, first);
        second.State!.Writer = "second";
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, second));

        var stored = await ReadAsync(id);
        Assert.Equal("first", stored.State!.Writer);
        Assert.Equal(first.ETag, stored.ETag);
        Assert.Equal("2", stored.ETag);
        Assert.Equal("1", second.ETag); // a rejected write leaves the caller's ETag alone
    }

    [Fact]
    public async Task Of_two_writers_creating_the_same_row_only_the_first_wins()
    {
        var id = NewGrainId();
        var first = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = "first" });
        var second = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = "second" });
        await Storage.ReadStateAsync(StateName, id, first);
        await Storage.ReadStateAsync(StateName, id, second);

        await Storage.WriteStateAsync(StateName, id, first);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, second));

        var stored = await ReadAsync(id);
        Assert.Equal("first", stored.State!.Writer);
        Assert.Equal("1", stored.ETag);
        Assert.Null(second.ETag);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_is_refused_and_keeps_the_row()
    {
        var id = NewGrainId();
        await WriteNewAsync(id, "seed");
        var stale = await ReadAsync(id);
        var fresh = await ReadAsync(id);
        fresh.State!.Writer = "newer";
        await Storage.WriteStateAsync(StateName, id, fresh);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, id, stale));

        var stored = await ReadAsync(id);
        Assert.True(stored.RecordExists);
        Assert.Equal("newer", stored.State!.Writer);
    }

    [Fact]
    public async Task Clearing_with_the_current_etag_removes_the_row_and_a_later_write_starts_again_at_one()
    {
        var id = NewGrainId();
        await WriteNewAsync(id, "seed");
        var current = await ReadAsync(id);

        await Storage.ClearStateAsync(StateName, id, current);

        Assert.False(current.RecordExists);
        Assert.Null(current.ETag);
        var afterClear = await ReadAsync(id);
        Assert.False(afterClear.RecordExists);
        Assert.Null(afterClear.ETag);

        current.State!.Writer = "again";
        await Storage.WriteStateAsync(StateName, id, current);
        Assert.Equal("1", current.ETag);
        Assert.Equal("again", (await ReadAsync(id)).State!.Writer);
    }

    [Fact]
    public async Task A_write_with_an_etag_for_a_deleted_row_is_refused()
    {
        var id = NewGrainId();
        await WriteNewAsync(id, "seed");
        var stale = await ReadAsync(id);
        var current = await ReadAsync(id);
        await Storage.ClearStateAsync(StateName, id, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, stale));
        Assert.False((await ReadAsync(id)).RecordExists);
    }

    [Fact]
    public async Task An_etag_this_provider_did_not_write_is_refused()
    {
        var id = NewGrainId();
        await WriteNewAsync(id, "seed");
        var state = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = "forged" }, "W/\"abc\"");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, state));
        Assert.Equal("seed", (await ReadAsync(id)).State!.Writer);
    }

    [Fact]
    public async Task Rows_are_keyed_by_grain_type_key_and_state_name()
    {
        var key = $"{fixture.KeyPrefix}-{Guid.NewGuid():N}";
        var a = GrainId.Create("test-a", key);
        var b = GrainId.Create("test-b", key);
        await WriteNewAsync(a, "type a");
        await WriteNewAsync(b, "type b");
        var other = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = "other name" });
        await Storage.WriteStateAsync("other", a, other);

        Assert.Equal("type a", (await ReadAsync(a)).State!.Writer);
        Assert.Equal("type b", (await ReadAsync(b)).State!.Writer);
        Assert.Equal("1", (await ReadAsync(a)).ETag);
        var otherRead = new GrainState<StorageTestPayload>(new StorageTestPayload());
        await Storage.ReadStateAsync("other", a, otherRead);
        Assert.Equal("other name", otherRead.State!.Writer);
    }

    private GrainId NewGrainId() => GrainId.Create("test", $"{fixture.KeyPrefix}-{Guid.NewGuid():N}");

    private async Task<GrainState<StorageTestPayload>> ReadAsync(GrainId id)
    {
        var state = new GrainState<StorageTestPayload>(new StorageTestPayload());
        await Storage.ReadStateAsync(StateName, id, state);
        return state;
    }

    private async Task WriteNewAsync(GrainId id, string writer)
    {
        var state = new GrainState<StorageTestPayload>(new StorageTestPayload { Writer = writer });
        await Storage.WriteStateAsync(StateName, id, state);
        Assert.Equal("1", state.ETag);
    }
}
