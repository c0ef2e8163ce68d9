namespace PartyOrg.Api.Tests.Support;

/// <summary>Waits for something another thread does, such as a server disposing a stream.</summary>
public static class Eventually
{
    /// <summary>Polls until the condition holds, failing after <see cref="GraphQLSocket.Patience"/>.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + GraphQLSocket.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(10);
        }
    }

    /// <summary>Polls an asynchronous reading until it satisfies the condition and returns that reading, failing after <see cref="GraphQLSocket.Patience"/>.</summary>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + GraphQLSocket.Patience;
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
