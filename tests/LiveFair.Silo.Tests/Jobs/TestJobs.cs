using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;

namespace LiveFair.Silo.Tests.Jobs;

internal static class TestJobs
{
    public static IJobGrain NewJob(this IClusterClient client) => client.GetGrain<IJobGrain>(JobIds.New());

    public static JobPosting Posting(string title = "数据录入员 Data clerk") => new()
    {
        Title = title,
        Description = "Enter survey data.\nQuiet office, text-first team.",
        City = "深圳",
        WorkMode = WorkMode.HomeBased,
        SalaryMin = 4000,
        SalaryMax = 6500,
        Headcount = 3,
        Benefits = [JobBenefit.SocialInsurance, JobBenefit.Meals],
        TrainingOffered = true,
        TrainingDays = 10,
        TrainingSubsidy = 1500,
        SuitableCategories = [DisabilityCategory.Hearing, DisabilityCategory.Physical],
        Accommodations = [JobAccommodation.TextOnlyCommunication, JobAccommodation.FlexibleHours],
    };
}
