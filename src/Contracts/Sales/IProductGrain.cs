using Orleans.Concurrency;

namespace LiveFair.Contracts.Sales;

/// <summary>
/// One workshop product, keyed by a product id from <see cref="ProductIds.New"/>: the single source of
/// truth for its listing, stock and reservations. Only the workshop's admins and streamers change the
/// listing and terms (the grain asks the organisation on every call). Stock is reserved per order and
/// never oversold: <c>Available + Reserved + Sold == Total</c> holds at every moment. Rejected commands
/// throw <see cref="Common.DomainException"/> and change nothing.
/// <para>
/// Reserve, Confirm, Release and Restock interleave with each other and with the other commands: each decides and
/// changes the state in one step and then waits for a write that holds its change, so a rush of buyers shares
/// writes instead of queueing for one each (group commit). Nobody is answered before their change is stored.
/// </para>
/// </summary>
[Alias("LiveFair.IProductGrain")]
public interface IProductGrain : IGrainWithStringKey
{
    /// <summary>Creates the product for <paramref name="workshopId"/>, which must be a workshop.</summary>
    [Alias("Create")]
    Task<ProductView> Create(string actorId, string workshopId, ProductListing listing);

    /// <summary>
    /// Replaces the listing. The stock may not go below what is reserved and sold. Open reservations keep
    /// the price and split they were made with.
    /// </summary>
    [Alias("Update")]
    Task<ProductView> Update(string actorId, ProductListing listing);

    /// <summary>Sets the per-buyer limit and the flash-sale window; applies to reservations made from now on.</summary>
    [Alias("SetTerms")]
    Task<ProductView> SetTerms(string actorId, SaleTerms terms);

    [Alias("GetView")]
    Task<ProductView> GetView();

    /// <summary>
    /// Answered at once, even while thousands of reservations wait their turn, so the live "stock left" never
    /// lags behind a rush; it shows only what has been persisted.
    /// </summary>
    [Alias("GetStock")]
    [AlwaysInterleave]
    Task<StockLevel> GetStock();

    /// <summary>
    /// Whether <see cref="Reserve"/> could take <paramref name="quantity"/> items for this order right now: true when the
    /// order already holds a reservation (a retry must reach Reserve to get it back) or enough items are available.
    /// Answered at once, like <see cref="GetStock"/>, so that in a flash sale the presses after the stock is gone are
    /// refused without waiting behind the reservations or waking an order grain. Never a promise: Reserve decides.
    /// </summary>
    [Alias("CanReserve")]
    [AlwaysInterleave]
    Task<bool> CanReserve(string orderId, int quantity);

    /// <summary>
    /// Holds <paramref name="quantity"/> items for an order until the reservation expires. Idempotent per
    /// order id: asking again returns the first reservation as it now stands (even if it has since been
    /// sold, released or expired). Refused beyond the available stock, beyond the per-buyer limit and
    /// outside the flash-sale window.
    /// </summary>
    [Alias("Reserve")]
    [AlwaysInterleave]
    Task<Reservation> Reserve(string buyerId, int quantity, string orderId);

    /// <summary>
    /// The order was paid: its items are sold. Idempotent. A payment that arrives after its reservation
    /// expired or was released is honoured while enough stock is available, and refused with
    /// <c>product.sold_out</c> otherwise (the order then refunds the payment).
    /// </summary>
    [Alias("Confirm")]
    [AlwaysInterleave]
    Task<Reservation> Confirm(string orderId);

    /// <summary>Gives a reserved order's items back to stock. Idempotent; a sold order cannot be released.</summary>
    [Alias("Release")]
    [AlwaysInterleave]
    Task<Reservation> Release(string orderId);

    /// <summary>
    /// A sold order was cancelled or refunded before its items left the workshop: they go back to stock.
    /// Idempotent; only a sold reservation can be returned.
    /// </summary>
    [Alias("Restock")]
    [AlwaysInterleave]
    Task<Reservation> Restock(string orderId);

    /// <summary>Adds a photo whose renditions are already stored; alt text is required. At most <see cref="ProductPhotoLimits.MaxPhotos"/>.</summary>
    [Alias("AddPhoto")]
    Task<ProductView> AddPhoto(string actorId, ProductPhoto photo);

    /// <summary>Changes a photo's alt text.</summary>
    [Alias("DescribePhoto")]
    Task<ProductView> DescribePhoto(string actorId, string photoId, string altText);

    /// <summary>Removes a photo from the product (the caller deletes its renditions from the media store).</summary>
    [Alias("RemovePhoto")]
    Task<ProductView> RemovePhoto(string actorId, string photoId);

    /// <summary>
    /// Pins the product card in <paramref name="roomId"/>, a charity-sale room of the product's workshop that has not
    /// ended, for its admins, streamers and helpers. From then on stock changes are pushed to the room (coalesced),
    /// so every viewer sees stock left live. Pinning elsewhere moves the pin.
    /// </summary>
    [Alias("PinTo")]
    Task<ProductView> PinTo(string actorId, string roomId);

    /// <summary>Clears the pin if this product is what the room shows.</summary>
    [Alias("Unpin")]
    Task<ProductView> Unpin(string actorId);

    /// <summary>NotFound for an order this product never reserved.</summary>
    [Alias("GetReservation")]
    Task<Reservation> GetReservation(string orderId);
}
