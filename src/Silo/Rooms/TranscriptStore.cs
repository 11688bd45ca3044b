using Orleans.Storage;

namespace LiveFair.Silo.Rooms;

/// <summary>Sealed transcript chunks, kept in the same grain storage under their own ids.</summary>
internal sealed class TranscriptStore(IGrainStorage storage, string roomId)
{
    private const string StateName = "transcript";
    private static readonly GrainType ChunkType = GrainType.Create("livefair-transcript");

    public async Task<TranscriptChunk> ReadAsync(int index)
    {
        var state = new GrainState<TranscriptChunk>(new TranscriptChunk());
        await storage.ReadStateAsync(StateName, ChunkId(index), state);
        return state.State ?? new TranscriptChunk();
    }

    /// <summary>
    /// Writes a chunk; safe to repeat after a crash between sealing a chunk and persisting the room,
    /// because a chunk with the same index is read first and overwritten with the same lines.
    /// </summary>
    public async Task WriteAsync(int index, TranscriptChunk chunk)
    {
        var state = new GrainState<TranscriptChunk>(new TranscriptChunk());
        await storage.ReadStateAsync(StateName, ChunkId(index), state);
        state.State = chunk;
        await storage.WriteStateAsync(StateName, ChunkId(index), state);
    }

    private GrainId ChunkId(int index) => GrainId.Create(ChunkType, IdSpan.Create($"{roomId}/{index:D6}"));
}
