using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LiveFair.Testing;

/// <summary>
/// Test-only addresses that throw, one under /api and one where a page would be, so tests can see what a
/// visitor gets from an unhandled exception. Added after the app's own pipeline, so the exception travels
/// back through LiveFair's real exception handler and status pages. Never part of the app itself.
/// </summary>
public sealed class FaultEndpoints : IStartupFilter
{
    public const string ApiPath = "/api/test-faults/throw";
    public const string PagePath = "/test-faults/throw";

    /// <summary>Written into the exception; it must never reach a response.</summary>
    public const string SecretDetail = "fault-endpoint-secret Password=hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(ApiPath, branch => branch.Run(_ => throw new InvalidOperationException(SecretDetail)));
        app.Map(PagePath, branch => branch.Run(_ => throw new InvalidOperationException(SecretDetail)));
    };
}
