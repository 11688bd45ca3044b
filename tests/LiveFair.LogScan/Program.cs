using LiveFair.Testing;

// Exit codes: 0 nothing found, 1 personal data found, 2 nothing to scan (a scan of no files proves nothing).
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: LiveFair.LogScan <folder with *.log files>");
    return 2;
}

var folder = args[0];
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"log scan: folder {folder} does not exist");
    return 2;
}

var (files, findings) = PersonalDataScanner.ScanFolder(folder);
if (files.Count == 0)
{
    Console.Error.WriteLine($"log scan: no *.log files in {folder}; were the tests run with {TestLogFileProvider.FolderVariable} set?");
    return 2;
}

// A leak usually repeats on every request; the first few hundred places are enough to find its source.
const int shown = 200;
foreach (var finding in findings.Take(shown))
{
    Console.WriteLine(finding);
}

if (findings.Count > shown)
{
    Console.WriteLine($"... and {findings.Count - shown} more");
}

Console.WriteLine(findings.Count == 0
    ? $"log scan: {files.Count} files, no personal data"
    : $"log scan: {files.Count} files, {findings.Count} findings of personal data");
return findings.Count == 0 ? 0 : 1;
