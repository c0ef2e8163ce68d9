using System.Collections;
using PartyOrg.Api.Querying.Filtering;
using PartyOrg.Api.Querying.Sorting;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Security;

/// <summary>
/// The role model applied to a connection's <c>where</c> and <c>order</c>: testing or sorting by a field the caller may
/// not read would answer what the field refuses (a partner filtering members by name or birth date, anyone filtering
/// villages by their committee), so such an argument gets <c>AUTH_NOT_AUTHORIZED</c> like the field itself.
/// </summary>
internal static class ArgumentAccess
{
    public static void Check<T>(IFilterDefinition filter, SortDefinition<T> sort, IDictionary<string, object?>? where, object? order, Role role)
    {
        if (where is not null)
        {
            CheckFilter(filter, where, role);
        }

        if (order is IEnumerable steps and not string)
        {
            foreach (var fields in steps.OfType<IDictionary<string, object?>>())
            {
                if (fields.Where(f => f.Value is not null).Select(f => sort.Find(f.Key)).Any(field => field is not null && field.Requires > role))
                {
                    throw AccessVisitor.NotAuthorized();
                }
            }
        }
    }

    private static void CheckFilter(IFilterDefinition definition, IDictionary<string, object?> input, Role role)
    {
        foreach (var (key, value) in input)
        {
            if (key is "and" or "or")
            {
                foreach (var operand in (value as IEnumerable)?.OfType<IDictionary<string, object?>>() ?? [])
                {
                    CheckFilter(definition, operand, role);
                }
            }
            else if (definition.Find(key) is { } field && value is not null)
            {
                if (field.Requires > role)
                {
                    throw AccessVisitor.NotAuthorized();
                }

                if (field.Child is { } child && value is IDictionary<string, object?> operations)
                {
                    foreach (var nested in operations.Values.OfType<IDictionary<string, object?>>())
                    {
                        CheckFilter(child, nested, role);
                    }
                }
            }
        }
    }
}
