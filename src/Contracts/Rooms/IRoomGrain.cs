namespace LiveFair.Contracts.Rooms;

/// <summary>
/// A live room (直播间): the single source of truth for its status, captions and event sequence.
/// Keyed by a short room id such as <c>gd-2026-fair</c>. Rejected commands throw
/// <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IRoomGrain")]
public interface IRoomGrain : IGrainWithStringKey
{
    /// <summary>Creates the room, or updates its details while it has not ended.</summary>
    [Alias("Schedule")]
    Task<RoomSnapshot> Schedule(RoomDetails details);

    [Alias("GetSnapshot")]
    Task<RoomSnapshot> GetSnapshot();

    [Alias("GetEventsSince")]
    Task<RoomCatchUp> GetEventsSince(long sequence);

    [Alias("StartRoom")]
    Task<RoomSnapshot> StartRoom();

    [Alias("EndRoom")]
    Task<RoomSnapshot> EndRoom();

    /// <summary>
    /// Accepts a partial or final caption and returns its event. A final caption is durable
    /// once this call returns.
    /// </summary>
    [Alias("PublishCaption")]
    Task<RoomEvent> PublishCaption(CaptionInput input);

    [Alias("GetTranscriptPage")]
    Task<TranscriptPage> GetTranscriptPage(int page);

    /// <summary>Issues a new ingest token (only its hash is stored) and returns it once.</summary>
    [Alias("RotateIngestToken")]
    Task<string> RotateIngestToken();

    [Alias("IsIngestTokenValid")]
    Task<bool> IsIngestTokenValid(string token);

    /// <summary>Subscribes or renews a Web node, reporting how many viewers that node has in this room.</summary>
    [Alias("Subscribe")]
    Task Subscribe(IRoomObserver node, int localViewers);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IRoomObserver node);

    /// <summary>Numbers and fans out a chat message that the room's chat grain has stored. Refused once the room has ended.</summary>
    [Alias("PublishChat")]
    Task<RoomEvent> PublishChat(Chat.ChatMessage message);

    /// <summary>Numbers and fans out the removal of chat messages.</summary>
    [Alias("PublishChatRemoval")]
    Task<RoomEvent> PublishChatRemoval(IReadOnlyList<string> messageIds);

    /// <summary>
    /// Pins a card to the stream (or clears it with null) as a numbered <c>PinChanged</c> event; the pin is part of
    /// the snapshot and survives restarts. Called by the fair grain, which checks who may pin what.
    /// </summary>
    [Alias("SetPin")]
    Task<RoomEvent> SetPin(RoomPin? pin);

    /// <summary>A Web node reports how many times the room was opened on it since its last report (the 人次 count).</summary>
    [Alias("AddViews")]
    Task AddViews(int views);

    /// <summary>
    /// Announces a confirmed order on the ticker as a numbered <c>SaleConfirmed</c> event and adds it to the room's
    /// totals. Idempotent per order id: a repeated call counts and announces nothing and returns null. Accepted after the
    /// room ended too (a late payment still counts), but only in charity-sale rooms.
    /// </summary>
    [Alias("PublishSale")]
    Task<RoomEvent?> PublishSale(Sales.SaleAnnouncement sale);

    /// <summary>
    /// Takes a refunded or cancelled order out of the totals (<c>SaleTotalsChanged</c>) and its line out of the recent
    /// ticker lines late viewers see; null when the room never counted it or already took it out.
    /// </summary>
    [Alias("RetractSale")]
    Task<RoomEvent?> RetractSale(string orderId);

    /// <summary>
    /// The buyer of <paramref name="orderId"/> deleted their account: the room's recent ticker lines show that sale
    /// without the nickname from now on ("a buyer in {city}"). Idempotent; nothing is announced.
    /// </summary>
    [Alias("ForgetSaleBuyer")]
    Task ForgetSaleBuyer(string orderId);

    /// <summary>
    /// The pinned product's stock changed; a numbered <c>StockChanged</c> event, and the pin in the snapshot is updated.
    /// Ignored (null) when that product is no longer pinned here.
    /// </summary>
    [Alias("PublishStock")]
    Task<RoomEvent?> PublishStock(Sales.ProductStock stock);

    /// <summary>Asks every subscribed Web node to drop this person's connections to the room (a block). Not a numbered event: viewers never see it.</summary>
    [Alias("RemovePerson")]
    Task RemovePerson(string personId);
}
