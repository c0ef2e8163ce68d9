using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// Applies the declared role model when the schema is built: every field of every object type gets its rule
/// (the field's, else its type's; a field with neither stops the start), a sentence in its description saying
/// who reads it, and a guard around its resolver that refuses callers below the rule and drops what lies
/// outside the caller's subtree.
/// </summary>
public sealed class AccessVisitor : BaseSchemaNodeVisitor
{
    public const string NotAuthorizedCode = "AUTH_NOT_AUTHORIZED";
    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    /// <summary>A type readable by fewer than everyone says so once, in its own description.</summary>
    public override void VisitObject(IObjectGraphType type, ISchema schema) => DescribeType(type);

    public override void VisitInterface(IInterfaceGraphType type, ISchema schema) => DescribeType(type);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (type.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        var role = Access.Declared(type, field)
            ?? throw new InvalidOperationException($"{type.Name}.{field.Name} declares no access rule: give the field or its type one (Access.Requires).");
        Describe(field, type, role);

        var scoped = field.Metadata.ContainsKey(Access.InScopeKey) ? null : ScopeFilter.For(field.ResolvedType ?? throw new InvalidOperationException($"{type.Name}.{field.Name} has no resolved type."));
        if (role > Role.Anonymous || scoped is not null)
        {
            var pseudonym = Access.PseudonymOf(field);
            field.Resolver = new GuardedResolver(field.Resolver ?? NameFieldResolver.Instance, role, pseudonym, scoped);
            if (field.StreamResolver is { } stream)
            {
                field.StreamResolver = new GuardedStreamResolver(stream, role);
            }
        }
    }

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema)
    {
        if (Access.Declared(type, field) is { } role)
        {
            Describe(field, type, role);
        }
    }

    private static void DescribeType(IComplexGraphType type)
    {
        if (type.Metadata.TryGetValue(Access.RoleKey, out var value) && value is Role role && role > Role.Anonymous)
        {
            var sentence = $"Its fields are readable by {Access.Audience(role)} unless a field says otherwise.";
            type.Description = string.IsNullOrEmpty(type.Description) ? sentence : $"{type.Description} {sentence}";
        }
    }

    private static void Describe(FieldType field, IComplexGraphType type, Role role)
    {
        if (Access.IsProtected(field))
        {
            field.Description = $"{field.Description} {ProtectedSentence}".TrimStart();
        }

        var inherited = type.Metadata.TryGetValue(Access.RoleKey, out var value) && value is Role typeRole && typeRole == role && !Access.IsPersonal(field);
        if (inherited)
        {
            return;
        }

        var sentence = Access.PseudonymOf(field) is not null
            ? "Personal: organizer and admin keys read it; partner keys get a pseudonym; other callers get AUTH_NOT_AUTHORIZED instead of the value."
            : Access.IsPersonal(field)
                ? "Personal: organizer and admin keys read it; other callers get null and AUTH_NOT_AUTHORIZED instead of the value."
                : $"Readable by {Access.Audience(role)}.";
        field.Description = string.IsNullOrEmpty(field.Description) ? sentence : $"{field.Description} {sentence}";
    }

    public const string ProtectedSentence =
        "Protected: organizer and admin keys read the live, exact value; anonymous callers, dashboard and partner keys receive a protected value, " +
        "from the latest release with differential-privacy noise (see `source`).";

    internal static ExecutionError NotAuthorized() => new(NotAuthorizedMessage) { Code = NotAuthorizedCode };
}

/// <summary>Refuses callers below the field's role (or gives partners a pseudonym), then drops out-of-scope results.</summary>
internal sealed class GuardedResolver(IFieldResolver inner, Role role, Pseudonym? pseudonym, ScopeFilter? scope) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var caller = Caller.From(context);
        if (caller.Role < role)
        {
            if (pseudonym is not null && caller.Role >= Role.Partner)
            {
                return PseudonymAsync(inner.ResolveAsync(context), caller, pseudonym, context.Source!);
            }

            throw AccessVisitor.NotAuthorized();
        }

        var resolved = inner.ResolveAsync(context);
        return scope is null || (caller.Scope.IsEverything && caller.Role >= Role.Partner) ? resolved : FilterAsync(resolved, caller);
    }

    /// <summary>A name the record does not hold stays null: a token would stand for a person who is not there.</summary>
    private static async ValueTask<object?> PseudonymAsync(ValueTask<object?> resolved, Caller caller, Pseudonym pseudonym, object source) =>
        await resolved is null ? null : Pseudonyms.Of(caller, pseudonym, source);

    private async ValueTask<object?> FilterAsync(ValueTask<object?> resolved, Caller caller)
    {
        var value = await resolved;
        return value is IDataLoaderResult pending ? new FilteredLoad(pending, scope!, caller) : scope!.Apply(value, caller);
    }

    private sealed class FilteredLoad(IDataLoaderResult inner, ScopeFilter scope, Caller caller) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var value = await inner.GetResultAsync(cancellationToken);
            return value is IDataLoaderResult nested ? await new FilteredLoad(nested, scope, caller).GetResultAsync(cancellationToken) : scope.Apply(value, caller);
        }
    }
}

/// <summary>Refuses a subscription to callers below its role before any stream is opened.</summary>
internal sealed class GuardedStreamResolver(ISourceStreamResolver inner, Role role) : ISourceStreamResolver
{
    public ValueTask<IObservable<object?>> ResolveAsync(IResolveFieldContext context) =>
        Caller.From(context).Role < role ? throw AccessVisitor.NotAuthorized() : inner.ResolveAsync(context);
}
