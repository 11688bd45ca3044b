using LiveFair.Contracts.Jobs;
using LiveFair.Contracts.People;

namespace LiveFair.Web.Demo;

/// <summary>The live demo fair's booths and jobs: two employers, each with published jobs, and one job pinned.</summary>
internal static class DemoFair
{
    public const string RoomId = "gd-state-enterprise-fair";

    public sealed record DemoJob(string Id, string EmployerId, JobPosting Posting);

    public static readonly IReadOnlyList<DemoJob> Jobs =
    [
        new("job-demo-data-labelling", DemoAccounts.EmployerId, new JobPosting
        {
            Title = "数据标注员（居家办公）",
            Description = "为语音和图像数据做标注与质检。提供读屏软件、岗前培训和弹性工作时间；全程文字沟通。（演示数据）",
            City = "深圳",
            WorkMode = WorkMode.HomeBased,
            SalaryMin = 4500,
            SalaryMax = 6500,
            Headcount = 20,
            Benefits = [JobBenefit.SocialInsurance],
            TrainingOffered = true,
            TrainingDays = 10,
            TrainingSubsidy = 1500,
            SuitableCategories = [DisabilityCategory.Physical, DisabilityCategory.Hearing, DisabilityCategory.Speech, DisabilityCategory.Visual],
            Accommodations = [JobAccommodation.TextOnlyCommunication, JobAccommodation.FlexibleHours, JobAccommodation.AssistiveSoftware],
        }),
        new("job-demo-software-tester", DemoAccounts.EmployerId, new JobPosting
        {
            Title = "软件无障碍测试工程师",
            Description = "用读屏软件和键盘测试网页与 App 的无障碍，撰写问题报告。（演示数据）",
            City = "深圳",
            WorkMode = WorkMode.OnSite,
            SalaryMin = 7000,
            SalaryMax = 11000,
            Headcount = 5,
            Benefits = [JobBenefit.SocialInsurance, JobBenefit.Meals],
            SuitableCategories = [DisabilityCategory.Visual, DisabilityCategory.Physical],
            Accommodations = [JobAccommodation.AssistiveSoftware, JobAccommodation.StepFreeWorkplace, JobAccommodation.FlexibleHours],
        }),
        new("job-demo-customer-service", DemoAccounts.UnverifiedEmployerId, new JobPosting
        {
            Title = "在线客服专员（文字客服）",
            Description = "通过在线文字回复客户的物流咨询。有手语同事，岗前培训一周。（演示数据）",
            City = "佛山",
            WorkMode = WorkMode.Remote,
            SalaryMin = 4000,
            SalaryMax = 5500,
            Headcount = 10,
            Benefits = [JobBenefit.SocialInsurance, JobBenefit.Meals, JobBenefit.Housing],
            TrainingOffered = true,
            TrainingDays = 7,
            SuitableCategories = [DisabilityCategory.Hearing, DisabilityCategory.Speech, DisabilityCategory.Physical],
            Accommodations = [JobAccommodation.SignLanguageColleague, JobAccommodation.TextOnlyCommunication],
        }),
        new("job-demo-warehouse-sorter", DemoAccounts.UnverifiedEmployerId, new JobPosting
        {
            Title = "仓储分拣员",
            Description = "按系统指引分拣包裹，工作区全程无台阶。（演示数据）",
            City = "佛山",
            WorkMode = WorkMode.OnSite,
            SalaryMin = 4200,
            SalaryMax = 5000,
            Headcount = 15,
            Benefits = [JobBenefit.SocialInsurance, JobBenefit.Housing],
            SuitableCategories = [DisabilityCategory.Hearing, DisabilityCategory.Intellectual],
            Accommodations = [JobAccommodation.SignLanguageColleague, JobAccommodation.StepFreeWorkplace],
        }),
    ];

    /// <summary>The job pinned to the stream when the demo is first seeded.</summary>
    public const string PinnedJobId = "job-demo-data-labelling";
}
