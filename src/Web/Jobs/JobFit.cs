using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;

namespace LiveFair.Web.Jobs;

/// <summary>
/// How well a job suits one seeker, with the reasons in words the seeker can check. A pure function of what
/// the seeker told us about themselves and what the employer published, so the same inputs always give the
/// same order. The disability section is the seeker's own and only ever scores jobs for them; nothing here
/// is stored or shown to anyone else.
/// </summary>
/// <remarks>
/// Sector: <see cref="OrganisationProfile.Industry"/> is free text ("软件", "物流") while <see cref="Sector"/> is
/// the kind of employer (state-owned, private, foreign…), and nothing in an employer's profile says which
/// of those it is. There is no honest mapping, so a sector only counts for <see cref="Sector.FlexibleWork"/>,
/// which a home-based or remote job is by its nature.
/// </remarks>
public static class JobFit
{
    public const int AccommodationWeight = 3;
    public const int CategoryWeight = 3;
    public const int LocationWeight = 2;
    public const int SectorWeight = 1;

    /// <summary>What a seeker asks for, and the job offers that meet it. Step-free access is also met by the employer's step-free entrance.</summary>
    private static readonly (Accommodation Asked, JobAccommodation Offered)[] AccommodationMatches =
    [
        (Accommodation.SignLanguageInterpreter, JobAccommodation.SignLanguageColleague),
        (Accommodation.TextOnlyCommunication, JobAccommodation.TextOnlyCommunication),
        (Accommodation.ExtraTime, JobAccommodation.FlexibleHours),
        (Accommodation.StepFreeAccess, JobAccommodation.StepFreeWorkplace),
    ];

    public static JobFitResult Score(SeekerProfile? profile, DisabilityInfo? disability, JobView job, OrganisationView employer)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(employer);
        var posting = job.Posting;
        var remote = posting.WorkMode is WorkMode.HomeBased or WorkMode.Remote;
        var reasons = new List<JobFitReason>();
        var score = 0;

        var met = MetAccommodations(disability?.Accommodations ?? [], posting, employer.Profile, remote);
        if (met.Count > 0)
        {
            reasons.Add(new JobFitReason(JobFitReasonKind.Accommodations, met));
            score += AccommodationWeight * met.Count;
        }

        if (disability is not null && posting.SuitableCategories.Contains(disability.Category))
        {
            reasons.Add(new JobFitReason(JobFitReasonKind.SuitableCategory, [disability.Category.ToString()]));
            score += CategoryWeight;
        }

        if (remote)
        {
            reasons.Add(new JobFitReason(JobFitReasonKind.WorkFromHome, [posting.WorkMode.ToString()]));
            score += LocationWeight;
        }
        else if (SameCity(profile?.City, posting.City))
        {
            reasons.Add(new JobFitReason(JobFitReasonKind.SameCity, [posting.City]));
            score += LocationWeight;
        }

        if (remote && profile?.IntendedSectors.Contains(Sector.FlexibleWork) == true)
        {
            reasons.Add(new JobFitReason(JobFitReasonKind.IntendedSector, [nameof(Sector.FlexibleWork)]));
            score += SectorWeight;
        }

        return new JobFitResult(score, reasons);
    }

    /// <summary>The offers that meet what was asked, named by the job's own values, in the order the seeker asked.</summary>
    private static List<string> MetAccommodations(IReadOnlyList<Accommodation> asked, JobPosting posting, OrganisationProfile employer, bool remote)
    {
        var met = new List<string>();
        foreach (var want in asked.Distinct())
        {
            if (want == Accommodation.RemoteWork)
            {
                if (remote)
                {
                    met.Add(posting.WorkMode.ToString());
                }

                continue;
            }

            foreach (var (ask, offer) in AccommodationMatches)
            {
                if (ask != want)
                {
                    continue;
                }

                if (posting.Accommodations.Contains(offer))
                {
                    met.Add(offer.ToString());
                }
                else if (offer == JobAccommodation.StepFreeWorkplace && employer.AccessibilityFacts.Contains(WorkplaceAccessibility.StepFreeEntrance))
                {
                    met.Add(nameof(WorkplaceAccessibility.StepFreeEntrance));
                }
            }
        }

        return met;
    }

    /// <summary>"深圳" and "深圳市 " are the same city; so are "Shenzhen" and "shenzhen".</summary>
    internal static bool SameCity(string? seekerCity, string jobCity)
    {
        var a = NormaliseCity(seekerCity);
        return a.Length > 0 && string.Equals(a, NormaliseCity(jobCity), StringComparison.OrdinalIgnoreCase);
    }

    private static string NormaliseCity(string? city)
    {
        var value = (city ?? "").Trim();
        return value.Length > 1 && value.EndsWith('市') ? value[..^1] : value;
    }
}

/// <summary>A job's fit for one seeker: higher is better; reasons strongest first.</summary>
public sealed record JobFitResult(int Score, IReadOnlyList<JobFitReason> Reasons);

/// <summary>
/// One reason with the values that matched: enum member names (a <see cref="JobAccommodation"/>, a
/// <see cref="WorkMode"/>, <c>StepFreeEntrance</c>, a <see cref="DisabilityCategory"/>, a <see cref="Sector"/>)
/// or, for <see cref="JobFitReasonKind.SameCity"/>, the job's city as written.
/// </summary>
public sealed record JobFitReason(JobFitReasonKind Kind, IReadOnlyList<string> Values);

public enum JobFitReasonKind
{
    /// <summary>The job offers accommodations the seeker asks for.</summary>
    Accommodations = 0,

    /// <summary>The employer says the job suits the seeker's disability category.</summary>
    SuitableCategory = 1,

    /// <summary>The job is done from home or remotely, wherever the seeker lives.</summary>
    WorkFromHome = 2,

    /// <summary>The job is in the seeker's city.</summary>
    SameCity = 3,

    /// <summary>The seeker wants flexible work and this job is home-based or remote.</summary>
    IntendedSector = 4,
}
