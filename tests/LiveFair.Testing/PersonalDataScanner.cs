using System.Text.RegularExpressions;

namespace LiveFair.Testing;

/// <summary>
/// Finds personal data in log text: email addresses, Chinese mobile numbers, other phone numbers and
/// words that describe someone's disability. The patterns are written so the ordinary lines of
/// ASP.NET Core, EF Core, SignalR and Orleans do not match: numbers count only as whole tokens (not
/// digits inside GUIDs, hex ids or timestamps), and the words are the disability categories, devices
/// and grades of the applicant form (docs/security.md lists them), not general words.
/// </summary>
public static partial class PersonalDataScanner
{
    /// <summary>English terms, matched as whole words in any case.</summary>
    public static IReadOnlyList<string> EnglishTerms { get; } =
    [
        "hearing impairment", "hearing impaired", "hearing-impaired", "hearing loss", "hard of hearing", "deaf", "deafness",
        "visual impairment", "visually impaired", "visually-impaired", "low vision", "blind", "blindness",
        "speech impairment", "physical disability", "intellectual disability", "intellectual disabilities",
        "psychosocial", "mental illness", "multiple disabilities",
        "wheelchair", "wheelchairs", "crutch", "crutches", "cochlear implant", "cochlear implants",
        "hearing aid", "hearing aids", "visual aid", "visual aids", "prosthesis", "prosthetic",
        "disability category", "disability level", "disability grade", "disability certificate",
    ];

    /// <summary>Chinese terms, matched anywhere (Chinese has no spaces between words).</summary>
    public static IReadOnlyList<string> ChineseTerms { get; } =
    [
        "轮椅", "听力", "助听器", "人工耳蜗", "拐杖", "视力", "肢体", "智力", "精神", "言语", "多重残疾",
        "残疾等级", "残疾类别", "残疾证", "听障", "视障", "聋", "盲人", "失明",
        "一级残疾", "二级残疾", "三级残疾", "四级残疾",
    ];

    private static readonly Regex Terms = new(
        $@"(?<![A-Za-z0-9])(?:{string.Join('|', EnglishTerms.Select(Regex.Escape))})(?![A-Za-z0-9])|{string.Join('|', ChineseTerms.Select(Regex.Escape))}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Everything found in one line, in order of position.</summary>
    public static IEnumerable<(int Column, PersonalDataKind Kind)> ScanLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var found = new List<(int Column, PersonalDataKind Kind)>();
        found.AddRange(Email().Matches(line).Select(m => (m.Index + 1, PersonalDataKind.EmailAddress)));
        var mobiles = ChineseMobile().Matches(line);
        found.AddRange(mobiles.Select(m => (m.Index + 1, PersonalDataKind.ChineseMobileNumber)));
        found.AddRange(Phone().Matches(line)
            .Where(m => !mobiles.Any(mobile => Overlaps(m, mobile)))
            .Select(m => (m.Index + 1, PersonalDataKind.PhoneNumber)));
        found.AddRange(Terms.Matches(line).Select(m => (m.Index + 1, PersonalDataKind.DisabilityTerm)));
        return found.OrderBy(f => f.Column);
    }

    public static IEnumerable<PersonalDataFinding> ScanFile(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            foreach (var (column, kind) in ScanLine(line))
            {
                yield return new PersonalDataFinding(path, number, column, kind);
            }
        }
    }

    /// <summary>Every *.log file under <paramref name="folder"/>, and what was found in them.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<PersonalDataFinding> Findings) ScanFolder(string folder)
    {
        var files = Directory.GetFiles(folder, "*.log", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return (files, [.. files.SelectMany(ScanFile)]);
    }

    private static bool Overlaps(Match a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    // The domain must end in a label of letters: "room/abc@3f2a..." (an Orleans activation) is not an address.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Eleven digits as a whole token, optionally written 3-4-4; "+86" or "0086" in front is part of it.
    [GeneratedRegex(@"(?<![0-9A-Za-z_])(?:(?:\+|00)86[ \-]?)?1[3-9]\d(?:\d{8}|[ \-]\d{4}[ \-]\d{4})(?![0-9A-Za-z_])", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseMobile();

    // International numbers (+ and a country code, at least eight more digits) and Chinese landlines (010-12345678).
    [GeneratedRegex(@"(?<![0-9A-Za-z_])(?:\+\d{1,3}[ \-]?(?:\(\d{1,4}\)[ \-]?)?(?:\d[ \-]?){7,13}\d|0\d{2,3}-\d{7,8})(?![0-9A-Za-z_])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
