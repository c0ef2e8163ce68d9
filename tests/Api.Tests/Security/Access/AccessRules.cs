using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Querying.Paging;
using PartyOrg.Api.Schema;
using PartyOrg.Api.Security;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>What a role gets from one field, as the rules declared on the schema say.</summary>
public enum Outcome
{
    Allow,
    Refuse,
    Pseudonym,
}

/// <summary>
/// The role model as declared on the schema (<see cref="PartyOrg.Api.Security.Access"/>), read field by field:
/// the lines of access-matrix.txt and the outcome every role expects from every field.
/// </summary>
public static class AccessRules
{
    public static IReadOnlyList<Role> AllRoles { get; } = [Role.Anonymous, .. Roles.Keyed];

    /// <summary>The schema as the API composes it, initialised (so the access visitor ran); the database is never opened.</summary>
    public static ISchema BuildSchema()
    {
        var services = SchemaServices.Build();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>Every object and interface type but the introspection types, by name.</summary>
    public static IEnumerable<IComplexGraphType> Types(ISchema schema) =>
        schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => t is IObjectGraphType or IInterfaceGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    public static IEnumerable<FieldType> Fields(IComplexGraphType type) => type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal);

    public static Pseudonym? PseudonymOf(FieldType field) => field.Metadata.Values.OfType<Pseudonym>().FirstOrDefault();

    /// <summary>What <paramref name="role"/> gets from the field by its declared rule; null when none is declared.</summary>
    public static Outcome? Expected(IComplexGraphType type, FieldType field, Role role) =>
        PartyOrg.Api.Security.Access.Declared(type, field) is not { } rule ? null
        : role >= rule ? Outcome.Allow
        : role >= Role.Partner && PseudonymOf(field) is not null ? Outcome.Pseudonym
        : Outcome.Refuse;

    /// <summary>
    /// <c>Type.field: anonymous=refuse dashboard=refuse partner=pseudonym organizer=allow admin=allow personal</c>; a field marked
    /// <c>protected</c> gives the roles below organizer a released, noised value (<see cref="PartyOrg.Api.Security.Access.ReadsReleased"/>).
    /// </summary>
    public static string Line(IComplexGraphType type, FieldType field)
    {
        var outcomes = AllRoles.Select(role => $"{Roles.Name(role)}={Name(Expected(type, field, role))}");
        var personal = PartyOrg.Api.Security.Access.IsPersonal(field) ? " personal" : "";
        var protection = PartyOrg.Api.Security.Access.IsProtected(field) ? " protected" : "";
        return $"{type.Name}.{field.Name}: {string.Join(' ', outcomes)}{personal}{protection}";
    }

    public static IReadOnlyList<string> Matrix(ISchema schema) =>
        [.. Types(schema).SelectMany(type => Fields(type).Select(field => Line(type, field)))];

    private static string Name(Outcome? outcome) => outcome switch
    {
        null => "undeclared",
        Outcome.Allow => "allow",
        Outcome.Refuse => "refuse",
        _ => "pseudonym",
    };
}
