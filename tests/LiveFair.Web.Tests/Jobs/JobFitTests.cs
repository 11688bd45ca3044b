using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.Organisations;
using LiveFair.Contracts.People;
using LiveFair.Web.Jobs;
using Xunit;

namespace LiveFair.Web.Tests.Jobs;

public sealed class JobFitTests
{
    private static JobView Job(JobPosting posting) => new()
    {
        JobId = "job-0000000001",
        OrganisationId = "org-0000000001",
        Posting = posting,
        Status = JobStatus.Published,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static OrganisationView Employer(params WorkplaceAccessibility[] facts) => new()
    {
        OrganisationId = "org-0000000001",
        Profile = new OrganisationProfile { Kind = OrganisationKind.Employer, Name = "甲", City = "深圳", AccessibilityFacts = facts },
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static DisabilityInfo Disability(DisabilityCategory category, params Accommodation[] asked) =>
        new() { Category = category, Level = 3, Accommodations = asked };

    [Fact]
    public void Every_match_is_a_reason_with_its_values_strongest_first()
    {
        var job = Job(new JobPosting
        {
            Title = "客服",
            City = "广州",
            WorkMode = WorkMode.HomeBased,
            SuitableCategories = [DisabilityCategory.Hearing],
            Accommodations = [JobAccommodation.SignLanguageColleague, JobAccommodation.TextOnlyCommunication, JobAccommodation.FlexibleHours],
        });
        var profile = new SeekerProfile { City = "深圳", IntendedSectors = [Sector.Private, Sector.FlexibleWork] };
        var disability = Disability(DisabilityCategory.Hearing, Accommodation.SignLanguageInterpreter, Accommodation.TextOnlyCommunication, Accommodation.ExtraTime, Accommodation.RemoteWork);

        var fit = JobFit.Score(profile, disability, job, Employer());

        Assert.Equal(
            [
                (JobFitReasonKind.Accommodations, "SignLanguageColleague,TextOnlyCommunication,FlexibleHours,HomeBased"),
                (JobFitReasonKind.SuitableCategory, "Hearing"),
                (JobFitReasonKind.WorkFromHome, "HomeBased"),
                (JobFitReasonKind.IntendedSector, "FlexibleWork"),
            ],
            fit.Reasons.Select(r => (r.Kind, string.Join(',', r.Values))));
        Assert.Equal((4 * JobFit.AccommodationWeight) + JobFit.CategoryWeight + JobFit.LocationWeight + JobFit.SectorWeight, fit.Score);
    }

    [Fact]
    public void Step_free_access_is_met_by_the_job_or_by_the_employers_step_free_entrance()
    {
        var asked = Disability(DisabilityCategory.Physical, Accommodation.StepFreeAccess);
        var onSite = new JobPosting { Title = "文员", City = "深圳" };

        Assert.Empty(JobFit.Score(null, asked, Job(onSite), Employer(WorkplaceAccessibility.Lift)).Reasons);
        Assert.Equal(["StepFreeEntrance"], JobFit.Score(null, asked, Job(onSite), Employer(WorkplaceAccessibility.StepFreeEntrance)).Reasons.Single().Values);
        Assert.Equal(["StepFreeWorkplace"], JobFit.Score(null, asked, Job(onSite with { Accommodations = [JobAccommodation.StepFreeWorkplace] }), Employer(WorkplaceAccessibility.StepFreeEntrance)).Reasons.Single().Values);
    }

    [Fact]
    public void The_same_city_counts_for_on_site_jobs_and_ignores_a_trailing_shi_and_case()
    {
        var job = Job(new JobPosting { Title = "仓管", City = "深圳市 " });

        var fit = JobFit.Score(new SeekerProfile { City = "深圳" }, null, job, Employer());
        Assert.Equal((JobFitReasonKind.SameCity, "深圳市 "), (fit.Reasons.Single().Kind, fit.Reasons.Single().Values.Single()));
        Assert.Equal(JobFit.LocationWeight, fit.Score);
        Assert.Single(JobFit.Score(new SeekerProfile { City = "shenzhen" }, null, Job(new JobPosting { Title = "x", City = "Shenzhen" }), Employer()).Reasons);
        Assert.Empty(JobFit.Score(new SeekerProfile { City = "广州" }, null, job, Employer()).Reasons);
        Assert.Empty(JobFit.Score(new SeekerProfile(), null, job, Employer()).Reasons);
    }

    [Fact]
    public void Without_a_profile_or_disability_section_an_on_site_job_scores_nothing()
    {
        var job = Job(new JobPosting { Title = "x", City = "深圳", SuitableCategories = [DisabilityCategory.Visual], Accommodations = [JobAccommodation.FlexibleHours] });

        var fit = JobFit.Score(null, null, job, Employer(WorkplaceAccessibility.StepFreeEntrance));

        Assert.Equal((0, 0), (fit.Score, fit.Reasons.Count));
    }

    [Fact]
    public void Flexible_work_counts_only_for_home_based_or_remote_jobs_and_no_other_sector_counts()
    {
        var onSite = Job(new JobPosting { Title = "x", City = "北京" });
        var everySector = new SeekerProfile { IntendedSectors = Enum.GetValues<Sector>() };

        Assert.Empty(JobFit.Score(everySector, null, onSite, Employer()).Reasons);
        var remote = JobFit.Score(everySector, null, Job(onSite.Posting with { WorkMode = WorkMode.Remote }), Employer());
        Assert.Equal([JobFitReasonKind.WorkFromHome, JobFitReasonKind.IntendedSector], remote.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void A_category_the_job_does_not_name_or_an_accommodation_it_does_not_offer_is_not_a_reason()
    {
        var job = Job(new JobPosting { Title = "x", City = "北京", SuitableCategories = [DisabilityCategory.Visual], Accommodations = [JobAccommodation.AssistiveSoftware] });

        var fit = JobFit.Score(null, Disability(DisabilityCategory.Hearing, Accommodation.SignLanguageInterpreter, Accommodation.RemoteWork), job, Employer());

        Assert.Empty(fit.Reasons);
    }
}
