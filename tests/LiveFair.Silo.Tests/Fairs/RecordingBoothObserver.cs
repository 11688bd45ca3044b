using LiveFair.Contracts.Fairs;
using LiveFair.Silo.Tests.Infrastructure;

namespace LiveFair.Silo.Tests.Fairs;

/// <summary>Stands in for a Web node watching a booth: records every update the booth pushes to it.</summary>
internal sealed class RecordingBoothObserver : IBoothObserver
{
    private readonly Lock _gate = new();
    private readonly List<BoothUpdate> _updates = [];

    public IReadOnlyList<BoothUpdate> Updates
    {
        get
        {
            lock (_gate)
            {
                return [.. _updates];
            }
        }
    }

    public Task OnBoothUpdate(BoothUpdate update)
    {
        lock (_gate)
        {
            _updates.Add(update);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<BoothUpdate>> WaitForAsync(Func<IReadOnlyList<BoothUpdate>, bool> condition, string waitingFor) =>
        Eventually.GetAsync(() => Task.FromResult(Updates), condition, waitingFor);
}
