using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartyOrg.Domain.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model that the migrations are generated from.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartyDbContext>
{
    public PartyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PartyDbContext>();
        var options = new DatabaseOptions { Provider = DatabaseProvider.SqlServer };
        DatabaseProvider.Configure(builder, options, "Server=(design-time);Database=party;Integrated Security=true");
        return new PartyDbContext(builder.Options);
    }
}
