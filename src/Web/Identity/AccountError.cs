namespace LiveFair.Web.Identity;

/// <summary>
/// One reason a form or request was refused: the field it is about (empty for the whole form) and a stable
/// code that is also the text key pages show (see <see cref="AccountTexts"/>).
/// </summary>
public sealed record AccountError(string Field, string Code)
{
    public const string FormField = "";
}
