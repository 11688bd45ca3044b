using Microsoft.Extensions.Options;

namespace LiveFair.Silo.Sales;

internal sealed class ProductOptionsValidator : IValidateOptions<ProductOptions>
{
    public ValidateOptionsResult Validate(string? name, ProductOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
