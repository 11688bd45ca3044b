using System.Net;
using LiveFair.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveFair.Web.Tests.Authorization;

/// <summary>Calls as one role and reduces the answer to an <see cref="Outcome"/>; anything unexpected throws.</summary>
internal sealed class MatrixCalls(MatrixFixture fixture, Role role)
{
    public async Task<Outcome> HttpAsync(HttpMethod method, string path, object? body = null)
    {
        using var client = fixture.Host.CreateClient(fixture.CookiesOf(role) ?? new CookieContainer());
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = LiveFairTestHost.JsonContent(body);
        }

        using var response = await client.SendAsync(request);
        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode switch
        {
            401 => Outcome.SignInRequired,
            403 => Outcome.Forbidden,
            302 when location.Contains("/account/login", StringComparison.Ordinal) => Outcome.SignInRequired,
            302 when location.Contains("/account/denied", StringComparison.Ordinal) => Outcome.Forbidden,
            >= 200 and < 400 => Outcome.Allowed,
            _ => throw new InvalidOperationException($"{method} {path} as {role}: unexpected {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"),
        };
    }

    public async Task<Outcome> HubAsync(string method, params object?[] args)
    {
        await using var connection = await fixture.Host.ConnectAsync(fixture.CookiesOf(role));
        try
        {
            await connection.InvokeCoreAsync(method, typeof(object), args);
            return Outcome.Allowed;
        }
        catch (HubException exception) when (exception.Message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase)
                                             || exception.Message.Contains("forbidden", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Refused;
        }
    }
}
