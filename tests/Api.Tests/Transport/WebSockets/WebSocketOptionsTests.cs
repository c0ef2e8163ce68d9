using Microsoft.Extensions.Configuration;
using PartyOrg.Api.Transport.WebSockets;
using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Tests.Transport.WebSockets;

public sealed class WebSocketOptionsTests
{
    [Fact]
    public void Defaults_apply_without_a_section()
    {
        var options = GraphQLWebSocketOptions.Load(Configuration());

        Assert.Equal((3d, 1000, 1024 * 1024, 5d), (options.ConnectionInitTimeoutSeconds, options.SendQueueLength, options.MaxMessageBytes, options.CloseTimeoutSeconds));
    }

    [Fact]
    public void Section_values_are_bound()
    {
        var options = GraphQLWebSocketOptions.Load(Configuration(("ConnectionInitTimeoutSeconds", "1.5"), ("SendQueueLength", "10")));

        Assert.Equal((TimeSpan.FromSeconds(1.5), 10), (options.ConnectionInitTimeout, options.SendQueueLength));
    }

    [Theory]
    [InlineData("ConnectionInitTimeoutSeconds", "0")]
    [InlineData("ConnectionInitTimeoutSeconds", "1e9")]
    [InlineData("CloseTimeoutSeconds", "-1")]
    [InlineData("SendQueueLength", "0")]
    [InlineData("MaxMessageBytes", "-5")]
    [InlineData("SendQueueLength", "many")]
    public void Bad_values_stop_the_start_with_a_configuration_error(string key, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => GraphQLWebSocketOptions.Load(Configuration((key, value))));

        Assert.Contains("WebSockets", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create<string, string?>($"{GraphQLWebSocketOptions.Section}:{v.Key}", v.Value)))
            .Build();
}
