using LiveFair.Contracts.Common;
using LiveFair.Contracts.Sales;

namespace LiveFair.Silo.Sales;

/// <summary>Every way a product command can be refused; codes are stable and translated by the pages.</summary>
internal static class ProductErrors
{
    public static DomainException NotFound(string productId) =>
        new(ErrorKind.NotFound, "product.not_found", $"There is no product '{productId}'.");

    public static DomainException Exists(string productId) =>
        new(ErrorKind.Conflict, "product.exists", $"The product '{productId}' already exists.");

    public static DomainException InvalidId() =>
        new(ErrorKind.Invalid, "product.invalid_id", "A product id is 'prod-' followed by 2 to 60 lowercase letters, digits and dashes.");

    public static DomainException Forbidden() =>
        new(ErrorKind.Forbidden, "product.forbidden", "Only the workshop's admins and streamers may change its products.");

    public static DomainException NotWorkshop() =>
        new(ErrorKind.Conflict, "product.not_workshop", "Only workshops sell products; this organisation is not a workshop.");

    public static DomainException StockBelowCommitted(int committed) =>
        new(ErrorKind.Conflict, "product.stock_below_committed", $"The stock cannot go below the {committed} items already reserved or sold.");

    public static DomainException SoldOut(int available) =>
        new(ErrorKind.Conflict, "product.sold_out", $"Not enough stock: {available} left.");

    public static DomainException BuyerLimit(int limit) =>
        new(ErrorKind.Conflict, "product.buyer_limit", $"One buyer may buy at most {limit} of this product.");

    public static DomainException SaleNotStarted() =>
        new(ErrorKind.Conflict, "product.sale_not_started", "The flash sale has not started yet.");

    public static DomainException SaleEnded() =>
        new(ErrorKind.Conflict, "product.sale_ended", "The flash sale has ended.");

    public static DomainException OrderMismatch() =>
        new(ErrorKind.Conflict, "product.order_mismatch", "This order already reserved a different quantity or for a different buyer.");

    public static DomainException ReservationNotFound() =>
        new(ErrorKind.NotFound, "product.reservation_not_found", "This product holds no reservation for that order.");

    public static DomainException AlreadySold() =>
        new(ErrorKind.Conflict, "product.already_sold", "The order is paid; its items can no longer be released.");

    public static DomainException NotSold() =>
        new(ErrorKind.Conflict, "product.not_sold", "Only sold items can go back to stock.");

    public static DomainException PhotoNotFound() =>
        new(ErrorKind.NotFound, "product.photo_not_found", "The product has no such photo.");

    public static DomainException PhotoExists() =>
        new(ErrorKind.Conflict, "product.photo_exists", "The product already has a photo with this id.");

    public static DomainException TooManyPhotos() =>
        new(ErrorKind.Conflict, "product.too_many_photos", $"A product has at most {ProductPhotoLimits.MaxPhotos} photos.");

    public static DomainException UnknownMaker() =>
        new(ErrorKind.Invalid, "product.unknown_maker", "Every maker must be a current maker of the workshop.");

    public static DomainException PinForbidden() =>
        new(ErrorKind.Forbidden, "product.pin_forbidden", "Only the workshop's admins, streamers and helpers may pin its products.");

    public static DomainException PinRoom() =>
        new(ErrorKind.Conflict, "product.pin_room", "A product can be pinned only in a charity sale of its own workshop that has not ended.");

    public static DomainException Invalid(string code, string message) => new(ErrorKind.Invalid, code, message);
}
