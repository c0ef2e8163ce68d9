using System.Text;

namespace PartyOrg.Benchmarks.Reporting;

/// <summary>A plain-text table in Markdown pipe form: readable on a terminal and pasteable into a document.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append(i == 0 ? ' ' + new string('-', widths[i]) + " |" : ' ' + new string('-', widths[i] - 1) + ": |");
        }

        text.AppendLine();
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>The first column is left-aligned (names), the others right-aligned (numbers).</summary>
    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append(' ').Append(i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i])).Append(" |");
        }

        text.AppendLine();
    }
}
