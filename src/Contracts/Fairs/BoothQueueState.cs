namespace LiveFair.Contracts.Fairs;

/// <summary>
/// The whole queue of a booth as tickets, with no person ids, sent to Web nodes after every change that can
/// move someone's place. Each node works out each of its own waiting people's place from it
/// (<see cref="PlaceOf"/>), so one message per node serves every position on that node.
/// </summary>
[GenerateSerializer]
[Alias("LiveFair.BoothQueueState")]
public sealed record BoothQueueState
{
    [Id(0)] public required string BoothId { get; init; }
    [Id(1)] public required BoothStatus Status { get; init; }

    /// <summary>Waiting tickets, first in line first.</summary>
    [Id(2)] public IReadOnlyList<long> Waiting { get; init; } = [];
    [Id(3)] public IReadOnlyList<CalledTicket> Called { get; init; } = [];
    [Id(4)] public IReadOnlyList<long> Interviewing { get; init; } = [];

    /// <summary>The estimated wait per place in line.</summary>
    [Id(5)] public TimeSpan PerPlace { get; init; }

    /// <summary>The place of <paramref name="ticket"/>; <paramref name="positions"/> maps waiting tickets to their index, built once per state.</summary>
    public QueuePlace PlaceOf(long ticket, string applicationId, IReadOnlyDictionary<long, int> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.TryGetValue(ticket, out var index))
        {
            return new QueuePlace
            {
                BoothId = BoothId, State = QueueState.Waiting, ApplicationId = applicationId, Ticket = ticket,
                Position = index + 1, Waiting = Waiting.Count, EstimatedWait = PerPlace * (index + 1), BoothStatus = Status,
            };
        }

        foreach (var called in Called)
        {
            if (called.Ticket == ticket)
            {
                return new QueuePlace
                {
                    BoothId = BoothId, State = QueueState.Called, ApplicationId = applicationId, Ticket = ticket,
                    Waiting = Waiting.Count, AnswerBy = called.AnswerBy, BoothStatus = Status,
                };
            }
        }

        var interviewing = Interviewing.Contains(ticket);
        return new QueuePlace
        {
            BoothId = BoothId, State = interviewing ? QueueState.Interviewing : QueueState.None,
            ApplicationId = applicationId, Ticket = ticket, Waiting = Waiting.Count, BoothStatus = Status,
        };
    }

    public Dictionary<long, int> Positions()
    {
        var positions = new Dictionary<long, int>(Waiting.Count);
        for (var i = 0; i < Waiting.Count; i++)
        {
            positions[Waiting[i]] = i;
        }

        return positions;
    }
}

[GenerateSerializer]
[Alias("LiveFair.CalledTicket")]
public sealed record CalledTicket
{
    [Id(0)] public required long Ticket { get; init; }
    [Id(1)] public required DateTimeOffset AnswerBy { get; init; }
}
