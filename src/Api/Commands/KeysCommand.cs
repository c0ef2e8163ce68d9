using System.Globalization;
using PartyOrg.Domain.Generation;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Commands;

/// <summary>
/// <c>keys create|list|revoke</c>: API keys are made, listed and revoked on the service's own database (created and
/// seeded first if it is new, as a start would). A new key is printed once, on the last line; only its hash is kept.
/// </summary>
public static class KeysCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Invocation invocation, TextWriter output, CancellationToken cancellationToken)
    {
        var seed = services.GetRequiredService<SeedSettings>();
        await services.GetRequiredService<DatabaseSeeder>().EnsureSeededAsync(seed.Scale, seed.Seed, seed.AsOf, cancellationToken);
        var keys = services.GetRequiredService<ApiKeys>();
        var request = invocation.Keys!;
        switch (request.Action)
        {
            case KeysAction.Create:
                var name = request.Name ?? $"{Roles.Name(request.Role)} key for {request.Scope}";
                (ApiKey Key, string Text) created;
                try
                {
                    created = await keys.CreateAsync(name, request.Role, request.Scope!, request.Expires, cancellationToken);
                }
                catch (ArgumentException e)
                {
                    throw new CommandLineException(e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var cut and > 0 ? cut : e.Message.Length)]);
                }

                await output.WriteLineAsync($"Created key {Describe(created.Key, DateTimeOffset.UtcNow)}");
                await output.WriteLineAsync("The key is shown this once and cannot be recovered; send it as 'Authorization: Bearer <key>':");
                await output.WriteLineAsync(created.Text);
                return 0;
            case KeysAction.List:
                var now = DateTimeOffset.UtcNow;
                var all = await keys.ListAsync(cancellationToken);
                await output.WriteLineAsync(all.Count == 0 ? "No keys." : $"{all.Count} key(s):");
                foreach (var key in all)
                {
                    await output.WriteLineAsync(Describe(key, now));
                }

                return 0;
            default:
                return await keys.RevokeAsync(request.Id!, cancellationToken)
                    ? await Done(output, $"Revoked key {request.Id}; running services refuse it within Security:KeyCacheSeconds.")
                    : throw new CommandLineException($"There is no key '{request.Id}'. 'keys list' shows the keys.");
        }
    }

    private static async Task<int> Done(TextWriter output, string line)
    {
        await output.WriteLineAsync(line);
        return 0;
    }

    private static string Describe(ApiKey key, DateTimeOffset now)
    {
        var state = key.RevokedAt is not null ? "revoked" : key.IsActive(now) ? "active" : "expired";
        var expires = key.ExpiresAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
        return $"{key.Id}  role={Roles.Name(key.Role)}  scope={key.ScopeCode}  expires={expires}  {state}  created={key.CreatedAt.UtcDateTime:yyyy-MM-dd}  name=\"{key.Name}\"";
    }
}

public enum KeysAction
{
    Create,
    List,
    Revoke,
}

/// <summary>The parsed <c>keys</c> command line.</summary>
public sealed record KeysRequest(KeysAction Action)
{
    public Role Role { get; init; }

    public string? Scope { get; init; }

    public string? Name { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public string? Id { get; init; }
}
