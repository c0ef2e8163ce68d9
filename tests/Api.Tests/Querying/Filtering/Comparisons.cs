namespace PartyOrg.Api.Tests.Querying.Filtering;

/// <summary>
/// The comparison operators of Int/Date operation inputs, and what each means in C# for a non-null
/// value compared with the operand (<c>in</c>/<c>nin</c> take the operand as a one-element list).
/// </summary>
internal static class Comparisons
{
    public static readonly string[] Operators = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    /// <summary>The operation input literal, e.g. <c>{ gte: 12 }</c> or <c>{ in: [12] }</c>.</summary>
    public static string Literal(string op, string operand) =>
        op is "in" or "nin" ? $"{{ {op}: [{operand}] }}" : $"{{ {op}: {operand} }}";

    /// <param name="op">The operator.</param>
    /// <param name="comparison">The value compared with the operand (<c>CompareTo</c>): negative, zero or positive.</param>
    public static bool Holds(string op, int comparison) => op switch
    {
        "eq" or "in" => comparison == 0,
        "neq" or "nin" => comparison != 0,
        "gt" => comparison > 0,
        "ngt" => !(comparison > 0),
        "gte" => comparison >= 0,
        "ngte" => !(comparison >= 0),
        "lt" => comparison < 0,
        "nlt" => !(comparison < 0),
        "lte" => comparison <= 0,
        "nlte" => !(comparison <= 0),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison operator."),
    };
}
