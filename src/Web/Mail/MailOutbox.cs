using System.Threading.Channels;

namespace LiveFair.Web.Mail;

/// <summary>
/// Mail waiting to be sent. Requests only queue it, so a forgot-password answer takes the same time and
/// looks the same whether or not the account exists, and a slow or failing mail server never shows.
/// </summary>
public sealed class MailOutbox
{
    private const int Capacity = 1000;

    private readonly Channel<OutgoingMail> _queue = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>False when the outbox is full; the person can ask again once the queue has drained.</summary>
    public bool TryQueue(OutgoingMail mail) => _queue.Writer.TryWrite(mail);

    public ChannelReader<OutgoingMail> Reader => _queue.Reader;
}
