using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Silo.Rooms;

namespace LiveFair.Silo.Orders;

/// <summary>Validates and normalises what buyers, workshops and payment callbacks send; the results are what get stored.</summary>
internal static class OrderRules
{
    /// <summary>Payment and refund references and checkout session ids are provider ids, far shorter than this.</summary>
    public const int ReferenceLength = 200;

    /// <summary>Stripe's checkout urls are long; anything beyond this is not one.</summary>
    public const int UrlLength = 2000;

    public static OrderRequest Validate(OrderRequest? request)
    {
        if (request is null)
        {
            throw OrderErrors.Invalid("order.missing", "The order is missing.");
        }

        if (!ProductIds.IsValid(request.ProductId))
        {
            throw OrderErrors.Invalid("order.invalid_product", "A product id is 'prod-' followed by 2 to 60 lowercase letters, digits and dashes.");
        }

        if (request.Quantity is < 1 or > ProductLimits.MaxQuantity)
        {
            throw OrderErrors.Invalid("order.invalid_quantity", $"The quantity must be between 1 and {ProductLimits.MaxQuantity}.");
        }

        var roomId = TextRules.Normalise(request.RoomId);
        if (string.IsNullOrEmpty(roomId))
        {
            roomId = null;
        }
        else if (!RoomIds.IsValid(roomId))
        {
            throw OrderErrors.Invalid("order.invalid_room", "The room id is not valid.");
        }

        var nickname = TextRules.Optional(request.TickerNickname, OrderLimits.Nickname, "Ticker nickname", "order.nickname");
        return new OrderRequest
        {
            ProductId = request.ProductId,
            Quantity = request.Quantity,
            Shipping = Shipping(request.Shipping),
            RoomId = roomId,
            TickerNickname = nickname.Length == 0 ? null : nickname,
        };
    }

    public static ShipmentInput Shipment(ShipmentInput? shipment)
    {
        if (shipment is null)
        {
            throw OrderErrors.Invalid("order.shipment_missing", "Shipping an order needs the carrier and the tracking number.");
        }

        return new ShipmentInput
        {
            Carrier = TextRules.Required(shipment.Carrier, OrderLimits.Carrier, "Carrier", "order.carrier"),
            TrackingNumber = TextRules.Required(shipment.TrackingNumber, OrderLimits.TrackingNumber, "Tracking number", "order.tracking_number"),
        };
    }

    /// <summary>Why an order is cancelled or refunded; optional, kept in the order's history.</summary>
    public static string? Reason(string? reason)
    {
        var value = TextRules.Optional(reason, OrderLimits.Reason, "Reason", "order.reason");
        return value.Length == 0 ? null : value;
    }

    /// <summary>A person id from Web: present, short, without control characters.</summary>
    public static string BuyerId(string? buyerId) =>
        Key(buyerId, ProductLimits.OrderId, "order.invalid_buyer", "The buyer id");

    public static string Reference(string? reference, string code) =>
        Key(reference, ReferenceLength, code, "The reference");

    public static CheckoutSession Checkout(CheckoutSession? session)
    {
        if (session is null)
        {
            throw OrderErrors.Invalid("order.checkout_missing", "The checkout session is missing.");
        }

        var url = session.Url?.Trim();
        if (string.IsNullOrEmpty(url)
            || url.Length > UrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw OrderErrors.Invalid("order.invalid_checkout_url", "The checkout url must be an absolute http or https address.");
        }

        return session with
        {
            SessionId = Key(session.SessionId, ReferenceLength, "order.invalid_checkout_session", "The checkout session id"),
            Url = uri.AbsoluteUri,
        };
    }

    public static PaymentMethod Method(PaymentMethod method) =>
        Enum.IsDefined(method) ? method : throw OrderErrors.Invalid("order.invalid_payment_method", "Unknown payment method.");

    private static ShippingAddress Shipping(ShippingAddress? shipping)
    {
        if (shipping is null)
        {
            throw OrderErrors.Invalid("order.shipping_missing", "The shipping address is missing.");
        }

        var phone = TextRules.Required(shipping.Phone, OrderLimits.Phone, "Phone", "order.phone");

        // Couriers call the number: it is digits, perhaps with a country code and separators, never words.
        if (!phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')') || phone.Count(char.IsAsciiDigit) < 5)
        {
            throw OrderErrors.Invalid("order.phone.invalid", "The phone number must be digits, optionally with +, -, spaces and brackets.");
        }

        return new ShippingAddress
        {
            RecipientName = TextRules.Required(shipping.RecipientName, OrderLimits.RecipientName, "Recipient name", "order.recipient_name"),
            Phone = phone,
            Province = TextRules.Required(shipping.Province, OrderLimits.Province, "Province", "order.province"),
            City = TextRules.Required(shipping.City, OrderLimits.City, "City", "order.city"),
            AddressLine = TextRules.Required(shipping.AddressLine, OrderLimits.AddressLine, "Address", "order.address_line"),
            PostalCode = TextRules.Optional(shipping.PostalCode, OrderLimits.PostalCode, "Postal code", "order.postal_code"),
        };
    }

    private static string Key(string? value, int maxLength, string code, string field)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength || trimmed.Any(char.IsControl)
            ? throw OrderErrors.Invalid(code, $"{field} must be 1 to {maxLength} characters without control characters.")
            : trimmed;
    }
}
