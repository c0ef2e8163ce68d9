using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Security.Webhooks;
using PartyOrg.Api.Transport.Webhooks;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Transport.Webhooks;

/// <summary>
/// Server-side request forgery: webhooks never reach loopback, private, link-local or metadata addresses. Names are
/// resolved by a stub, never by DNS, and every refusal happens before a socket exists, so these tests connect nowhere.
/// </summary>
public sealed class WebhookTargetTests(GuardedApi api) : IClassFixture<GuardedApi>
{
    private const string Changes = "subscription { changes(scope: \"150000\") { position } }";

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.0.10/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fd00:ec2::254]/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://metadata.test/hook")]
    [InlineData("http://intranet.test/hook")]
    [InlineData("http://localhost/hook")]
    public async Task Inside_addresses_and_names_resolving_to_them_are_refused_at_registration(string url)
    {
        var body = await api.QueryAsAsync(api.Key(Role.Partner), WebhookApi.Create, new { input = new { url, query = Changes } });

        var (type, message) = WebhookAnswers.Refusal(body);
        Assert.Equal("InvalidInputError", type);
        Assert.Contains("public addresses only", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_turns_inside_after_registration_is_refused_before_connecting()
    {
        var sender = api.Services.GetRequiredService<WebhookSender>();

        var answer = await sender.SendAsync("http://metadata.test/hook", "1", new byte[32], "{}", DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Null(answer.StatusCode);
        Assert.Contains("169.254.169.254", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_credentials_and_other_schemes_are_refused()
    {
        var targets = api.Services.GetRequiredService<WebhookTargets>();

        Assert.Contains("user name", await targets.RefusalAsync("http://user:pw@example.test/hook", CancellationToken.None), StringComparison.Ordinal);
        Assert.Contains("absolute http or https", await targets.RefusalAsync("file:///etc/passwd", CancellationToken.None), StringComparison.Ordinal);
        Assert.Null(await targets.RefusalAsync("http://partner.test/hook", CancellationToken.None));
    }
}

/// <summary>Private targets not allowed; names resolved by a table instead of DNS.</summary>
public sealed class GuardedApi : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Webhooks:RequireHttps", "false")];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<WebhookHostResolver>(new TableResolver());

    private sealed class TableResolver : WebhookHostResolver
    {
        public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => Task.FromResult<IPAddress[]>(host switch
        {
            "metadata.test" => [IPAddress.Parse("169.254.169.254")],
            "intranet.test" => [IPAddress.Parse("203.0.113.7"), IPAddress.Parse("172.16.4.2")],
            "localhost" => [IPAddress.Loopback],
            _ => [IPAddress.Parse("203.0.113.7")],
        });
    }
}
