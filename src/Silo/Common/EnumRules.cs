using LiveFair.Contracts.Common;

namespace LiveFair.Silo.Common;

/// <summary>
/// Checks enum values that arrive from callers. The serializer happily carries numbers that no member
/// names (<c>(Gender)99</c>), so every value is checked before it is stored or shown.
/// </summary>
internal static class EnumRules
{
    public static T? Optional<T>(T? value, string code, string field)
        where T : struct, Enum =>
        value is { } defined && !Enum.IsDefined(defined)
            ? throw new DomainException(ErrorKind.Invalid, code, $"{field} has a value that does not exist.")
            : value;

    public static T Required<T>(T value, string code, string field)
        where T : struct, Enum =>
        Optional<T>(value, code, field)!.Value;

    /// <summary>A list of choices: each defined and chosen once. A missing list counts as empty.</summary>
    public static IReadOnlyList<T> DistinctList<T>(IReadOnlyList<T>? values, string invalidCode, string duplicateCode, string field)
        where T : struct, Enum
    {
        if (values is null || values.Count == 0)
        {
            return [];
        }

        var seen = new HashSet<T>();
        foreach (var value in values)
        {
            Required(value, invalidCode, field);
            if (!seen.Add(value))
            {
                // The value is left out: messages reach logs, and some of these lists hold disability data.
                throw new DomainException(ErrorKind.Invalid, duplicateCode, $"{field} lists the same value more than once.");
            }
        }

        return [.. values];
    }
}
