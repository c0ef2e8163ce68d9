namespace PartyOrg.Domain.Security;

/// <summary>
/// What a caller may see and do, in increasing order: each role sees everything the roles before it see.
/// A field or type declares the least role that may read it.
/// </summary>
public enum Role
{
    /// <summary>No key: division names and the statistics of the region, leagues and banners.</summary>
    Anonymous = 0,

    /// <summary>Statistics and the non-personal fields of divisions and branches within the key's scope.</summary>
    Dashboard = 1,

    /// <summary>As dashboard, plus members (pseudonymised) and the change log and subscriptions within scope.</summary>
    Partner = 2,

    /// <summary>Reads and changes everything within scope, personal data included.</summary>
    Organizer = 3,

    /// <summary>Everything, region-wide.</summary>
    Admin = 4,
}

public static class Roles
{
    /// <summary>The roles a key can be created with (every role but anonymous), by their lower-case names.</summary>
    public static IReadOnlyList<Role> Keyed { get; } = [Role.Dashboard, Role.Partner, Role.Organizer, Role.Admin];

    public static string Name(Role role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = Role.Anonymous;
        return false;
    }
}
