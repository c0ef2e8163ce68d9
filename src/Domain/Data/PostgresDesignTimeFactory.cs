using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartyOrg.Domain.Data;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model that its migrations are generated from.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPartyDbContext>
{
    public PostgresPartyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresPartyDbContext>();
        var options = new DatabaseOptions { Provider = DatabaseProvider.PostgreSql };
        DatabaseProvider.Configure(builder, options, "Host=design-time;Database=party");
        return new PostgresPartyDbContext(builder.Options);
    }
}
