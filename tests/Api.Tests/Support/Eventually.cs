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
}
