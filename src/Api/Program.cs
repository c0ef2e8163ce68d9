using PartyOrg.Api.Browser;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Commands;
using PartyOrg.Api.Hosting;
using PartyOrg.Api.Hosting.Health;
using PartyOrg.Api.Limits;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Schema.Suggestions;
using PartyOrg.Api.Security;
using PartyOrg.Api.Telemetry;
using PartyOrg.Api.Transport;
using PartyOrg.Api.Transport.Http;
using PartyOrg.Api.Transport.Streaming;
using PartyOrg.Api.Transport.WebSockets;
using PartyOrg.Domain;

return await BadInputGuard.RunAsync(Console.Error, async cancellationToken =>
{
    var invocation = CommandLine.Parse(args);
    if (invocation.HelpText is { } help)
    {
        await Console.Out.WriteAsync(help);
        return 0;
    }

    var builder = WebApplication.CreateBuilder([.. invocation.HostArguments]);
    var settings = ServiceSettings.Load(builder.Configuration, builder.Environment.ContentRootPath);

    // Checked here, with the other sections, so a bad value stops the start with one line.
    var changes = ChangeFeedOptions.Load(builder.Configuration);
    builder.Services.AddSingleton(changes);
    builder.Services.AddSingleton(StreamingOptions.Load(builder.Configuration));
    builder.Services.AddSingleton(PublicIntakeOptions.Load(builder.Configuration));
    builder.Services.AddPartyDomain(settings.Domain);
    if (invocation.Serves)
    {
        // Hosted services start in the order they are registered, each awaited: the database is created and seeded
        // before the webhook dispatcher, the change feed and the release job first touch it.
        builder.Services.AddSeedingOnStart();
    }

    builder.Services.AddPartySchema(settings.Paging);
    builder.Services.AddGraphQLTransports<KeyConnectionInit>(settings.Http, GraphQLWebSocketOptions.Load(builder.Configuration));
    var security = SecurityRegistration.Load(builder.Configuration);
    builder.Services.AddPartySecurity(security);
    builder.Services.AddPartyLimits(security, builder.Environment.ContentRootPath);
    builder.Services.AddSharedRateLimits(changes);
    builder.Services.AddPartyTelemetry(TelemetryOptions.Load(builder.Configuration));
    builder.Services.AddPartyHealth();
    builder.Services.AddPartyBrowser(BrowserOptions.Load(builder.Configuration, builder.Environment.ContentRootPath));
    CommandRunner.ConfigureLogging(builder, invocation);

    await using var app = builder.Build();
    app.UsePartySecurity();
    app.UsePartyBrowser();
    app.UseGraphQLWebSockets();
    app.MapGraphQLHttp();
    app.MapPartyHealth();
    app.MapPartyTelemetry();
    return await CommandRunner.RunAsync(app, invocation, Console.Out, cancellationToken);
});
