using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFair.Testing;

namespace LiveFair.Web.Tests.People;

/// <summary>A signed-in person's HTTP client for /api/me, with LiveFair's JSON conventions.</summary>
internal sealed class MeApi(HttpClient client) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Client => client;

    public static async Task<MeApi> SignInAsync(LiveFairTestHost host, TestPerson person) =>
        new(host.CreateClient(await host.SignInAsync(person)));

    public Task<HttpResponseMessage> GetAsync(string path = "/api/me") => client.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PutAsync(string path, object body) => client.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);

    public Task<HttpResponseMessage> DeleteAsync(string path) => client.DeleteAsync(new Uri(path, UriKind.Relative));

    public async Task<JsonElement> ReadMeAsync()
    {
        using var response = await GetAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /api/me answered {(int)response.StatusCode}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public void Dispose() => client.Dispose();
}
