namespace LiveFair.Web.Pages.Fairs;

/// <summary>The create-fair form as posted: times are the browser's datetime-local values, read as China time.</summary>
public sealed class FairForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? PlaybackUrl { get; set; }

    public string? SignLanguageUrl { get; set; }
}
