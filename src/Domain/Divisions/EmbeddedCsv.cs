namespace PartyOrg.Domain.Divisions;

/// <summary>Reads the division tables embedded in this assembly. They hold no quoted fields.</summary>
internal static class EmbeddedCsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        var resource = $"PartyOrg.Domain.Divisions.{fileName}";
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split(',')
            ?? throw new InvalidDataException($"{fileName} is empty.");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{fileName} line {lineNumber}: {fields.Length} fields, expected {header.Length}.");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
