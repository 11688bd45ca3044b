using System.Globalization;
using System.Text;
using LiveFair.Contracts.Fairs;
using LiveFair.Web.Localization;

namespace LiveFair.Web.Fairs;

/// <summary>
/// The fair report as CSV for Excel: one row per booth and a total row, headings in the reader's language.
/// Employer names are typed by people, so a name starting with = + - @ (or a tab or carriage return) gets a
/// leading quote: a spreadsheet would otherwise run it as a formula.
/// </summary>
public static class FairReportCsv
{
    /// <summary>Excel reads UTF-8 without a byte order mark as the local code page, which garbles Chinese.</summary>
    public static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static readonly string[] ColumnKeys =
    [
        "fairs.report.col_booth", "fairs.report.col_jobs", "fairs.report.col_applications", "fairs.report.col_interviews",
        "fairs.report.col_intentions", "fairs.report.col_offers", "fairs.report.col_not_suitable", "fairs.report.col_no_shows",
        "fairs.report.col_waiting",
    ];

    public static byte[] Write(FairReport report, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        var csv = new StringBuilder();
        Row(csv, ColumnKeys.Select(key => texts[key]));
        foreach (var booth in report.Booths)
        {
            Row(csv, [booth.EmployerName, .. Numbers(booth.Stats)]);
        }

        Row(csv, [texts["fairs.report.total"], .. Numbers(report.Totals)]);
        return [.. ByteOrderMark, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static IEnumerable<string> Numbers(BoothStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        int[] values = [stats.Jobs, stats.Applications, stats.Interviews, stats.Intentions, stats.Offers, stats.NotSuitable, stats.NoShows, stats.Waiting];
        return values.Select(value => value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>One cell: defused if it would start a formula, quoted (quotes doubled) if it holds a separator, quote or line break.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
