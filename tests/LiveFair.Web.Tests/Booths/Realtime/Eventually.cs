namespace LiveFair.Web.Tests.Booths.Realtime;

/// <summary>Polls until something holds; the deadline is generous because the machine is shared, and nothing is timed.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> holds, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(holds);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (holds(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after 30 s: {what}. Last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
