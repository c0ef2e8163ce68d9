using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PartyOrg.Api.Commands;

/// <summary>Options whose values are checked as they are parsed, refused with a message saying what a valid value looks like.</summary>
internal static class CommandOptions
{
    public static Option<string?> Text(string name, string helpName, string description, string expected) =>
        Valued<string?>(name, helpName, description, expected, (text, _) => text);

    public static Option<int?> Integer(string name, string helpName, string description) =>
        Valued<int?>(name, helpName, description, "an integer", (text, result) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : Refuse<int?>(result, $"Option '{name}' needs an integer, got '{text}'."));

    public static Option<DateOnly?> Date(string name, string description, string example) =>
        Valued<DateOnly?>(name, "yyyy-MM-dd", description, $"a date such as {example}", (text, result) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Refuse<DateOnly?>(result, $"Option '{name}' needs a date such as {example}, got '{text}'."));

    private static Option<T> Valued<T>(string name, string helpName, string description, string expected, Func<string, ArgumentResult, T?> parse) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result =>
            {
                if (result.Tokens is not [var token])
                {
                    return default;
                }

                // System.CommandLine would take the next option's name as this one's value.
                return token.Value.StartsWith("--", StringComparison.Ordinal)
                    ? Refuse<T>(result, $"Option '{name}' needs a value: {expected}.")
                    : parse(token.Value, result);
            },
        };

    private static T? Refuse<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
