using LiveFair.Contracts.Common;
using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;
using LiveFair.Silo.Jobs;
using Xunit;

namespace LiveFair.Silo.Tests.Jobs;

public sealed class JobRulesTests
{
    [Fact]
    public void A_full_posting_is_kept_with_its_text_trimmed_and_markup_left_as_typed()
    {
        var posting = TestJobs.Posting() with { Title = "  <script>alert(1)</script>  ", City = " 广州 ", Description = "Line one\r\nLine\ttwo " };

        var validated = JobRules.Validate(posting);

        Assert.Equal("<script>alert(1)</script>", validated.Title);
        Assert.Equal("广州", validated.City);
        Assert.Equal("Line one\nLine two", validated.Description);
        Assert.Equal([JobBenefit.SocialInsurance, JobBenefit.Meals], validated.Benefits);
        Assert.Equal((10, 1500), (validated.TrainingDays, validated.TrainingSubsidy));
        Assert.Equal([DisabilityCategory.Hearing, DisabilityCategory.Physical], validated.SuitableCategories);
    }

    [Fact]
    public void The_smallest_posting_is_a_title_and_a_city()
    {
        var validated = JobRules.Validate(new JobPosting { Title = "Clerk", City = "深圳" });

        Assert.Equal(("", 1, WorkMode.OnSite), (validated.Description, validated.Headcount, validated.WorkMode));
        Assert.Null(validated.SalaryMin);
        Assert.Empty(validated.Accommodations);
    }

    public static TheoryData<string, JobPosting> Refused()
    {
        var ok = TestJobs.Posting();
        return new()
        {
            { "job.title.empty", ok with { Title = "   " } },
            { "job.title.too_long", ok with { Title = new string('职', JobLimits.Title + 1) } },
            { "job.title.invalid_characters", ok with { Title = "Clerk\u0007" } },
            { "job.description.too_long", ok with { Description = new string('x', JobLimits.Description + 1) } },
            { "job.description.invalid_characters", ok with { Description = "a\u0000b" } },
            { "job.city.empty", ok with { City = "" } },
            { "job.city.too_long", ok with { City = new string('城', JobLimits.City + 1) } },
            { "job.invalid_work_mode", ok with { WorkMode = (WorkMode)9 } },
            { "job.invalid_salary", ok with { SalaryMin = -1 } },
            { "job.invalid_salary", ok with { SalaryMax = JobLimits.MaxSalary + 1 } },
            { "job.salary_range", ok with { SalaryMin = 7000, SalaryMax = 6000 } },
            { "job.invalid_headcount", ok with { Headcount = 0 } },
            { "job.invalid_headcount", ok with { Headcount = JobLimits.MaxHeadcount + 1 } },
            { "job.training_not_offered", ok with { TrainingOffered = false, TrainingDays = 5, TrainingSubsidy = null } },
            { "job.training_not_offered", ok with { TrainingOffered = false, TrainingDays = null, TrainingSubsidy = 100 } },
            { "job.invalid_training_days", ok with { TrainingDays = 0 } },
            { "job.invalid_training_days", ok with { TrainingDays = JobLimits.MaxTrainingDays + 1 } },
            { "job.invalid_training_subsidy", ok with { TrainingSubsidy = JobLimits.MaxTrainingSubsidy + 1 } },
            { "job.invalid_benefit", ok with { Benefits = [(JobBenefit)42] } },
            { "job.duplicate_benefit", ok with { Benefits = [JobBenefit.Meals, JobBenefit.Meals] } },
            { "job.invalid_category", ok with { SuitableCategories = [(DisabilityCategory)42] } },
            { "job.duplicate_category", ok with { SuitableCategories = [DisabilityCategory.Visual, DisabilityCategory.Visual] } },
            { "job.invalid_accommodation", ok with { Accommodations = [(JobAccommodation)42] } },
            { "job.duplicate_accommodation", ok with { Accommodations = [JobAccommodation.FlexibleHours, JobAccommodation.FlexibleHours] } },
        };
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Each_rule_is_refused_with_its_own_code(string code, JobPosting posting)
    {
        var error = Assert.Throws<DomainException>(() => JobRules.Validate(posting));

        Assert.Equal((code, ErrorKind.Invalid), (error.Code, error.Kind));
    }

    [Fact]
    public void Limits_themselves_are_allowed()
    {
        var validated = JobRules.Validate(TestJobs.Posting() with
        {
            Title = new string('职', JobLimits.Title),
            City = new string('城', JobLimits.City),
            SalaryMin = 0,
            SalaryMax = JobLimits.MaxSalary,
            Headcount = JobLimits.MaxHeadcount,
            TrainingDays = JobLimits.MaxTrainingDays,
            TrainingSubsidy = 0,
        });

        Assert.Equal(JobLimits.MaxHeadcount, validated.Headcount);
    }

    [Fact]
    public void Training_without_days_or_subsidy_is_allowed_and_no_training_needs_neither()
    {
        Assert.Null(JobRules.Validate(TestJobs.Posting() with { TrainingDays = null, TrainingSubsidy = null }).TrainingDays);
        var none = JobRules.Validate(TestJobs.Posting() with { TrainingOffered = false, TrainingDays = null, TrainingSubsidy = null });
        Assert.False(none.TrainingOffered);
    }
}
