using System.Text;
using Deque.AxeCore.Commons;

namespace LiveFair.Browser.Tests;

/// <summary>Turns axe-core violations into a message that says what to fix and where.</summary>
internal static class AxeReport
{
    public static string Describe(string page, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.Append("axe-core found accessibility violations on ").Append(page).Append(':').AppendLine();
        foreach (var violation in violations)
        {
            text.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help)
                .Append(' ').Append(violation.HelpUrl).AppendLine();
            foreach (var node in violation.Nodes)
            {
                text.Append("    at ").Append(node.Target).Append(": ").Append(node.Html).AppendLine();
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct())
                {
                    text.Append("       ").Append(message.ReplaceLineEndings(" ")).AppendLine();
                }
            }
        }

        return text.ToString();
    }
}
