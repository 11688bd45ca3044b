using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Security;

/// <summary>LiveFair served over HTTPS only, with a self-signed certificate for 127.0.0.1 made for this run.</summary>
public sealed class HttpsHostFixture : IAsyncLifetime
{
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"livefair-test-{Guid.NewGuid():N}.pfx");

    public LiveFairTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var password = Guid.NewGuid().ToString("N");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(_certificatePath, certificate.Export(X509ContentType.Pfx, password));
        }

        Host = await LiveFairTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = _certificatePath,
            ["Kestrel:Endpoints:Https:Certificate:Password"] = password,
        });
    }

    /// <summary>A client that trusts the test certificate and shows every Set-Cookie instead of storing it.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    })
    { BaseAddress = Host.BaseAddress };

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        File.Delete(_certificatePath);
    }
}
