namespace PartyOrg.Domain.Divisions;

/// <summary>Maps the CSV kinds (<c>county_level_city</c>) to enum members (<c>CountyLevelCity</c>).</summary>
internal static class KindNames
{
    public static T Parse<T>(string snakeCase)
        where T : struct, Enum
    {
        var pascal = string.Concat(snakeCase.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return Enum.TryParse<T>(pascal, ignoreCase: false, out var value)
            ? value
            : throw new InvalidDataException($"'{snakeCase}' is not a known {typeof(T).Name}.");
    }
}
