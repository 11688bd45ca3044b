using Microsoft.Extensions.Options;

namespace LiveFair.Silo.Fairs;

internal sealed class BoothOptionsValidator : IValidateOptions<BoothOptions>
{
    public ValidateOptionsResult Validate(string? name, BoothOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
