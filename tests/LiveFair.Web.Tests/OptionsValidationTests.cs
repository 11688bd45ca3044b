using LiveFair.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace LiveFair.Web.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Rooms:SequenceBlockSize", "0", "SequenceBlockSize")]
    [InlineData("Rooms:EventLogCapacity", "0", "EventLogCapacity")]
    public async Task Unworkable_room_options_stop_the_start_with_a_clear_message(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => LiveFairTestHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
