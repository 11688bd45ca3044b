using System.Text.RegularExpressions;
using LiveFair.Contracts.Orders;
using LiveFair.Contracts.Rooms;
using LiveFair.Contracts.Sales;
using LiveFair.Web.Organisations;

namespace LiveFair.Web.Orders;

/// <summary>
/// What Web checks before it asks the order grain, so the buyer gets one message per field at once; the grain
/// checks again and stays the authority. Text is kept as typed (trimmed), markup included, and shown escaped.
/// Field names are those of the checkout form; codes are <c>order.&lt;field&gt;.&lt;problem&gt;</c>.
/// </summary>
public static partial class OrderInputRules
{
    public static IReadOnlyList<FieldError> Validate(OrderInput input, out string? orderId, out OrderRequest? request)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        orderId = string.IsNullOrWhiteSpace(input.OrderId) ? OrderIds.New() : input.OrderId.Trim();
        if (!OrderIds.IsValid(orderId))
        {
            errors.Add(new FieldError("orderId", "order.invalid_id", "The order id is not valid; leave it out to get a new one."));
        }

        if (!ProductIds.IsValid(input.ProductId))
        {
            errors.Add(new FieldError("productId", "order.invalid_product", "Name the product to buy."));
        }

        if (input.Quantity is not { } quantity || quantity < 1 || quantity > ProductLimits.MaxQuantity)
        {
            errors.Add(new FieldError("quantity", "order.invalid_quantity", $"Buy 1 to {ProductLimits.MaxQuantity} items."));
        }

        if (!string.IsNullOrEmpty(input.RoomId) && !RoomIds.IsValid(input.RoomId))
        {
            errors.Add(new FieldError("roomId", "order.invalid_room", "The room id is not valid."));
        }

        var shipping = input.Shipping ?? new ShippingInput();
        var recipient = Text(errors, "recipientName", "order.recipient_name", shipping.RecipientName, OrderLimits.RecipientName, required: true);
        var phone = Text(errors, "phone", "order.phone", shipping.Phone, OrderLimits.Phone, required: true);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add(new FieldError("phone", "order.phone.invalid", "Enter a phone number of digits, with + - ( ) or spaces if you like."));
            phone = null;
        }

        var province = Text(errors, "province", "order.province", shipping.Province, OrderLimits.Province, required: true);
        var city = Text(errors, "city", "order.city", shipping.City, OrderLimits.City, required: true);
        var addressLine = Text(errors, "addressLine", "order.address_line", shipping.AddressLine, OrderLimits.AddressLine, required: true);
        var postalCode = Text(errors, "postalCode", "order.postal_code", shipping.PostalCode, OrderLimits.PostalCode, required: false);
        if (postalCode is not null && !PostalCodePattern().IsMatch(postalCode))
        {
            errors.Add(new FieldError("postalCode", "order.postal_code.invalid", "A postal code has only letters, digits, spaces and dashes."));
        }

        var nickname = Text(errors, "tickerNickname", "order.nickname", input.TickerNickname, OrderLimits.Nickname, required: false);
        request = errors.Count > 0 ? null : new OrderRequest
        {
            ProductId = input.ProductId!,
            Quantity = input.Quantity!.Value,
            RoomId = string.IsNullOrEmpty(input.RoomId) ? null : input.RoomId,
            TickerNickname = nickname,
            Shipping = new ShippingAddress
            {
                RecipientName = recipient!,
                Phone = phone!,
                Province = province!,
                City = city!,
                AddressLine = addressLine!,
                PostalCode = postalCode ?? "",
            },
        };
        return errors;
    }

    /// <summary>A carrier and tracking number for shipping; both required.</summary>
    public static IReadOnlyList<FieldError> ValidateShipment(string? carrier, string? trackingNumber, out ShipmentInput? shipment)
    {
        var errors = new List<FieldError>();
        var carrierText = Text(errors, "carrier", "order.carrier", carrier, OrderLimits.Carrier, required: true);
        var tracking = Text(errors, "trackingNumber", "order.tracking_number", trackingNumber, OrderLimits.TrackingNumber, required: true);
        shipment = errors.Count > 0 ? null : new ShipmentInput { Carrier = carrierText!, TrackingNumber = tracking! };
        return errors;
    }

    /// <summary>Why an order is cancelled or refunded; optional, plain text.</summary>
    public static IReadOnlyList<FieldError> ValidateReason(string? reason, out string text)
    {
        var errors = new List<FieldError>();
        text = Text(errors, "reason", "order.reason", reason, OrderLimits.Reason, required: false) ?? "";
        return errors;
    }

    /// <summary>The form field a refusal is about, from its code (the grain's codes are the same); null for refusals about the whole order.</summary>
    public static string? FieldOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code is "product.sold_out" or "product.buyer_limit" or "product.invalid_quantity" or "order.invalid_quantity")
        {
            return "quantity";
        }

        var prefix = code.LastIndexOf('.') is var dot and > 0 ? code[..dot] : code;
        return FieldsByCode.GetValueOrDefault(prefix);
    }

    private static readonly Dictionary<string, string> FieldsByCode = new(StringComparer.Ordinal)
    {
        ["order.recipient_name"] = "recipientName",
        ["order.phone"] = "phone",
        ["order.province"] = "province",
        ["order.city"] = "city",
        ["order.address_line"] = "addressLine",
        ["order.postal_code"] = "postalCode",
        ["order.nickname"] = "tickerNickname",
        ["order.carrier"] = "carrier",
        ["order.tracking_number"] = "trackingNumber",
        ["order.reason"] = "reason",
    };

    private static string? Text(List<FieldError> errors, string field, string code, string? value, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new FieldError(field, code + ".empty", $"The {field} is required."));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, code + ".too_long", $"The {field} can be at most {maxLength} characters."));
            return null;
        }

        // One line each: a line break in an address would break the courier's label and the CSV.
        if (text.Any(char.IsControl))
        {
            errors.Add(new FieldError(field, code + ".invalid_characters", $"The {field} contains line breaks or control characters."));
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,19}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z \\-]{0,9}$")]
    private static partial Regex PostalCodePattern();
}
