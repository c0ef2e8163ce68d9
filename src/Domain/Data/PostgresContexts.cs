using Microsoft.EntityFrameworkCore;

namespace PartyOrg.Domain.Data;

/// <summary>Hands out <see cref="PostgresPartyDbContext"/>s to code that asks for <see cref="PartyDbContext"/>.</summary>
public sealed class PostgresContexts(IDbContextFactory<PostgresPartyDbContext> contexts) : IDbContextFactory<PartyDbContext>
{
    public PartyDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<PartyDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
