using GraphQL.Builders;
using GraphQL.Types;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// The role model, declared once on the schema: a type names the least role that may read its fields, a field
/// may raise or lower that for itself, and a personal field is read by organizers and shown to partners as a
/// pseudonym. <see cref="AccessVisitor"/> enforces what is declared here; nothing else in the resolvers does.
/// </summary>
public static class Access
{
    internal const string RoleKey = "party.access.role";
    internal const string PseudonymKey = "party.access.pseudonym";
    internal const string PersonalKey = "party.access.personal";
    internal const string InScopeKey = "party.access.in-scope";
    internal const string ProtectedKey = "party.access.protected";

    /// <summary>The roles that read protected figures from a release, with noise, rather than live and exact.</summary>
    public static bool ReadsReleased(Role role) => role < Role.Organizer;

    /// <summary>Every field of this type needs at least <paramref name="role"/>, unless the field says otherwise.</summary>
    public static void Requires(this IComplexGraphType type, Role role) => type.Metadata[RoleKey] = role;

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Role role)
    {
        field.FieldType.Requires(role);
        return field;
    }

    public static FieldType Requires(this FieldType field, Role role)
    {
        field.Metadata[RoleKey] = role;
        return field;
    }

    /// <summary>A fact about a person: organizers read it; every other role gets null and <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Personal<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[RoleKey] = Role.Organizer;
        field.FieldType.Metadata[PersonalKey] = true;
        return field;
    }

    /// <summary>
    /// A person's name: organizers read it, partners get a pseudonym of the person (stable for their key, different
    /// for every key), other roles null and <c>AUTH_NOT_AUTHORIZED</c>.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> PersonalName<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string kind, Func<TSource, object> identity)
    {
        field.Personal();
        field.FieldType.Metadata[PseudonymKey] = new Pseudonym(kind, source => identity((TSource)source));
        return field;
    }

    /// <summary>
    /// A figure computed from members' personal attributes: organizers and admins read it live and exact, every other
    /// role from the latest release with noise. The parent hands the field the view the caller is entitled to
    /// (<c>ProtectedFigures</c> in the domain says which counts are protected); this marks the field in its
    /// description and the access matrix, and lets tests check that every field reading a protected count says so.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Protected<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[ProtectedKey] = true;
        return field;
    }

    public static bool IsProtected(FieldType field) => field.Metadata.ContainsKey(ProtectedKey);

    /// <summary>The field's values lie below a node already in the caller's scope, so they need no scope filter (e.g. a connection's nodes).</summary>
    public static FieldBuilder<TSource, TReturn> InScope<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[InScopeKey] = true;
        return field;
    }

    /// <summary>The rule declared for a field of a type: the field's own, else the type's; null when neither declares one.</summary>
    public static Role? Declared(IComplexGraphType type, FieldType field) =>
        field.Metadata.TryGetValue(RoleKey, out var own) && own is Role role ? role
        : type.Metadata.TryGetValue(RoleKey, out var inherited) && inherited is Role typeRole ? typeRole
        : null;

    /// <summary>The rule a field (or filter/sort input field) declares itself, not inherited from its type; null when none.</summary>
    public static Role? Own(FieldType field) => field.Metadata.TryGetValue(RoleKey, out var own) && own is Role role ? role : null;

    public static bool IsPersonal(FieldType field) => field.Metadata.ContainsKey(PersonalKey);

    internal static Pseudonym? PseudonymOf(FieldType field) =>
        field.Metadata.TryGetValue(PseudonymKey, out var value) ? value as Pseudonym : null;

    /// <summary>A filter or sort field's description, saying who may use it when not everyone may (others get AUTH_NOT_AUTHORIZED on the list).</summary>
    public static string ArgumentDescription(string description, Role role) =>
        role == Role.Anonymous ? description : $"{description} Usable by {Audience(role)}; others get AUTH_NOT_AUTHORIZED on the list.";

    private static string Join(string[] names) => names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";

    /// <summary>"dashboard, partner, organizer and admin" for <see cref="Role.Dashboard"/>.</summary>
    public static string Audience(Role role) => role switch
    {
        Role.Anonymous => "everyone, without a key",
        Role.Admin => "admin keys only",
        _ => Join([.. Roles.Keyed.Where(r => r >= role).Select(Roles.Name)]) + " keys",
    };
}

/// <summary>How a partner sees a person's name: a token derived from the person and the partner's key.</summary>
public sealed record Pseudonym(string Kind, Func<object, object> Identity);
