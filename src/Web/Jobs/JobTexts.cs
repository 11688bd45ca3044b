namespace LiveFair.Web.Jobs;

/// <summary>
/// Strings of the job pages, the job enums, the JobFit reasons and every job error code. Disability categories
/// and sectors reuse the people texts (<c>people.DisabilityCategory.*</c>, <c>people.Sector.*</c>).
/// </summary>
internal static class JobTexts
{
    /// <summary>Refusals about the whole job rather than one field; the form's error summary looks them up as <c>orgs.refused.&lt;code&gt;</c>.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Refusals = new()
    {
        ["job.not_found"] = ("找不到这个岗位。", "There is no such job."),
        ["job.exists"] = ("这个岗位已经存在。", "This job already exists."),
        ["job.invalid_id"] = ("岗位编号无效。", "The job id is not valid."),
        ["job.forbidden"] = ("只有该用人单位的管理员和招聘专员可以发布和修改岗位。", "Only the employer's admins and recruiters may post and change its jobs."),
        ["job.not_employer"] = ("只有用人单位可以发布岗位。", "Only employers post jobs."),
        ["job.too_many"] = ("本单位的岗位已达上限（500 个）。", "This employer has reached its limit of 500 jobs."),
        ["job.closed"] = ("岗位已关闭，不能再修改或发布。", "The job is closed; it can no longer be changed or published."),
    };

    private static readonly Dictionary<string, (string Zh, string En)> FieldErrors = new()
    {
        ["job.title.empty"] = ("请填写岗位名称。", "Enter the job title."),
        ["job.title.too_long"] = ("岗位名称最多 60 个字。", "The title can be at most 60 characters."),
        ["job.title.invalid_characters"] = ("岗位名称含有不能使用的控制字符。", "The title contains control characters."),
        ["job.description.too_long"] = ("岗位描述最多 4000 个字。", "The description can be at most 4,000 characters."),
        ["job.description.invalid_characters"] = ("岗位描述含有不能使用的控制字符。", "The description contains control characters."),
        ["job.city.empty"] = ("请填写工作城市。", "Enter the city."),
        ["job.city.too_long"] = ("城市最多 40 个字。", "The city can be at most 40 characters."),
        ["job.city.invalid_characters"] = ("城市含有不能使用的控制字符。", "The city contains control characters."),
        ["job.invalid_work_mode"] = ("请从列表中选择工作方式。", "Choose a work mode from the list."),
        ["job.invalid_salary"] = ("月薪应在 0 到 1000000 元之间。", "Monthly salaries are 0 to 1,000,000 yuan."),
        ["job.salary_range"] = ("最高月薪不能低于最低月薪。", "The highest salary must not be below the lowest."),
        ["job.invalid_headcount"] = ("招聘人数应在 1 到 10000 之间。", "Headcount is 1 to 10,000."),
        ["job.training_not_offered"] = ("只有提供岗前培训时才填写培训天数和补贴。", "Give training days and subsidy only when training is offered."),
        ["job.invalid_training_days"] = ("培训天数应在 1 到 365 之间。", "Training days are 1 to 365."),
        ["job.invalid_training_subsidy"] = ("培训补贴应在 0 到 100000 元之间。", "The training subsidy is 0 to 100,000 yuan."),
        ["job.invalid_benefit"] = ("请只勾选列出的福利。", "Tick only the listed benefits."),
        ["job.duplicate_benefit"] = ("每项福利只能选一次。", "Choose each benefit once."),
        ["job.invalid_category"] = ("请只勾选列出的残疾类别。", "Tick only the listed disability categories."),
        ["job.duplicate_category"] = ("每个残疾类别只能选一次。", "Choose each category once."),
        ["job.invalid_accommodation"] = ("请只勾选列出的便利措施。", "Tick only the listed accommodations."),
        ["job.duplicate_accommodation"] = ("每项便利措施只能选一次。", "Choose each accommodation once."),

        // Only the form gives this one: an API client's body that is not a number does not bind at all.
        ["job.not_a_number"] = ("请填写整数，例如 5000。", "Enter a whole number, such as 5000."),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Labels = new()
    {
        ["jobs.status.Draft"] = ("草稿", "Draft"),
        ["jobs.status.Published"] = ("已发布", "Published"),
        ["jobs.status.Closed"] = ("已关闭", "Closed"),
        ["jobs.work_mode.OnSite"] = ("到岗工作", "On site"),
        ["jobs.work_mode.HomeBased"] = ("居家就业", "Home-based"),
        ["jobs.work_mode.Remote"] = ("远程办公", "Remote"),
        ["jobs.benefit.SocialInsurance"] = ("五险一金", "Social insurance and housing fund"),
        ["jobs.benefit.Meals"] = ("包餐", "Meals"),
        ["jobs.benefit.Housing"] = ("包住", "Housing"),
        ["jobs.accommodation.SignLanguageColleague"] = ("有会手语的同事", "A colleague who signs"),
        ["jobs.accommodation.TextOnlyCommunication"] = ("可以只用文字沟通", "Text-only communication"),
        ["jobs.accommodation.FlexibleHours"] = ("弹性工作时间", "Flexible hours"),
        ["jobs.accommodation.AssistiveSoftware"] = ("提供辅助软件（如读屏软件）", "Assistive software (such as a screen reader)"),
        ["jobs.accommodation.StepFreeWorkplace"] = ("无台阶工作场所", "Step-free workplace"),

        ["jobs.fit.Accommodations"] = ("提供你需要的便利：{0}", "Offers what you asked for: {0}"),
        ["jobs.fit.SuitableCategory"] = ("用人单位注明适合{0}", "The employer says it suits: {0}"),
        ["jobs.fit.WorkFromHome"] = ("{0}，不受城市限制", "{0}, wherever you live"),
        ["jobs.fit.SameCity"] = ("在你所在的城市：{0}", "In your city: {0}"),
        ["jobs.fit.IntendedSector"] = ("符合你的求职意向：{0}", "Matches the work you want: {0}"),

        ["jobs.list.title"] = ("{0} 的岗位", "Jobs at {0}"),
        ["jobs.list.intro"] = ("草稿只有本机构成员能看到；发布后所有人都能看到。关闭的岗位不能再投递。", "Drafts are seen only by members; once published, everyone sees them. A closed job takes no more applications."),
        ["jobs.list.empty"] = ("还没有岗位。", "No jobs yet."),
        ["jobs.list.new"] = ("发布新岗位", "Post a new job"),
        ["jobs.list.col_title"] = ("岗位", "Job"),
        ["jobs.list.col_status"] = ("状态", "Status"),
        ["jobs.list.col_city"] = ("城市", "City"),
        ["jobs.list.col_actions"] = ("操作", "Actions"),
        ["jobs.list.edit_short"] = ("编辑", "Edit"),
        ["jobs.list.publish_short"] = ("发布", "Publish"),
        ["jobs.list.close_short"] = ("关闭", "Close"),
        ["jobs.list.edit"] = ("编辑“{0}”", "Edit “{0}”"),
        ["jobs.list.publish"] = ("发布“{0}”", "Publish “{0}”"),
        ["jobs.list.close"] = ("关闭“{0}”", "Close “{0}”"),
        ["jobs.list.published_message"] = ("“{0}”已发布。", "“{0}” is published."),
        ["jobs.list.closed_message"] = ("“{0}”已关闭。", "“{0}” is closed."),
        ["jobs.list.saved_message"] = ("“{0}”已保存。", "“{0}” is saved."),
        ["jobs.manage_link"] = ("岗位管理", "Jobs"),
        ["jobs.org_link"] = ("{0} 的全部岗位", "All jobs at {0}"),

        ["jobs.new.title"] = ("发布新岗位", "Post a new job"),
        ["jobs.new.intro"] = ("保存后岗位是草稿，只有本机构成员能看到；在岗位列表中点“发布”后所有人可见。", "The job is saved as a draft that only members see; publish it from the job list to show it to everyone."),
        ["jobs.new.submit"] = ("保存草稿", "Save draft"),
        ["jobs.edit.title"] = ("编辑岗位：{0}", "Edit job: {0}"),
        ["jobs.edit.submit"] = ("保存修改", "Save changes"),
        ["jobs.back_to_list"] = ("返回岗位列表", "Back to the job list"),
        ["jobs.field.title"] = ("岗位名称", "Job title"),
        ["jobs.field.title_hint"] = ("最多 60 个字。", "At most 60 characters."),
        ["jobs.field.description"] = ("岗位描述（选填）", "Description (optional)"),
        ["jobs.field.description_hint"] = ("工作内容、要求等，最多 4000 个字。", "What the work is and what it needs; at most 4,000 characters."),
        ["jobs.field.city"] = ("工作城市", "City"),
        ["jobs.field.work_mode"] = ("工作方式", "Work mode"),
        ["jobs.field.salary"] = ("月薪（元，选填）", "Monthly salary (yuan, optional)"),
        ["jobs.field.salary_hint"] = ("可以只填一端，例如只填最低月薪。", "You may give only one end, for example only the lowest."),
        ["jobs.field.salary_min"] = ("最低月薪", "Lowest"),
        ["jobs.field.salary_max"] = ("最高月薪", "Highest"),
        ["jobs.field.headcount"] = ("招聘人数", "Headcount"),
        ["jobs.field.benefits"] = ("福利（选填）", "Benefits (optional)"),
        ["jobs.field.training"] = ("岗前培训", "Training before starting"),
        ["jobs.field.training_offered"] = ("提供岗前培训", "Training is offered"),
        ["jobs.field.training_days"] = ("培训天数（选填）", "Training days (optional)"),
        ["jobs.field.training_subsidy"] = ("培训补贴（元，选填）", "Training subsidy (yuan, optional)"),
        ["jobs.field.training_hint"] = ("只有勾选“提供岗前培训”时才保存天数和补贴。", "Days and subsidy are kept only when training is offered."),
        ["jobs.field.categories"] = ("适合的残疾类别（选填）", "Suits these disability categories (optional)"),
        ["jobs.field.categories_hint"] = ("不勾选表示没有说明。", "Leave all unticked if you do not say."),
        ["jobs.field.accommodations"] = ("提供的便利措施（选填）", "Accommodations offered (optional)"),
        ["jobs.field.accommodations_hint"] = ("工作场所的无障碍设施来自机构资料，不必在这里重复。", "The workplace's accessibility comes from the organisation profile; no need to repeat it here."),

        ["jobs.page.employer"] = ("用人单位", "Employer"),
        ["jobs.page.status"] = ("状态：{0}", "Status: {0}"),
        ["jobs.page.draft_note"] = ("这是草稿，只有本机构成员能看到。", "This is a draft; only the organisation's members see it."),
        ["jobs.page.closed_note"] = ("这个岗位已关闭，不再接受投递。", "This job is closed and takes no more applications."),
        ["jobs.page.facts"] = ("岗位信息", "About the job"),
        ["jobs.page.city"] = ("工作城市", "City"),
        ["jobs.page.work_mode"] = ("工作方式", "Work mode"),
        ["jobs.page.salary"] = ("月薪", "Monthly salary"),
        ["jobs.page.salary_range"] = ("{0}–{1} 元", "{0}–{1} yuan"),
        ["jobs.page.salary_from"] = ("{0} 元起", "From {0} yuan"),
        ["jobs.page.salary_to"] = ("最高 {0} 元", "Up to {0} yuan"),
        ["jobs.page.salary_none"] = ("面议", "To be agreed"),
        ["jobs.page.headcount"] = ("招聘人数", "Headcount"),
        ["jobs.page.headcount_value"] = ("{0} 人", "{0}"),
        ["jobs.page.benefits"] = ("福利", "Benefits"),
        ["jobs.page.none"] = ("未说明", "Not stated"),
        ["jobs.page.training"] = ("岗前培训", "Training"),
        ["jobs.page.training_none"] = ("不提供", "Not offered"),
        ["jobs.page.training_offered"] = ("提供", "Offered"),
        ["jobs.page.training_days"] = ("{0} 天", "{0} days"),
        ["jobs.page.training_subsidy"] = ("补贴 {0} 元", "subsidy {0} yuan"),
        ["jobs.page.categories"] = ("适合的残疾类别", "Suits these disability categories"),
        ["jobs.page.accommodations"] = ("提供的便利措施", "Accommodations offered"),
        ["jobs.page.description"] = ("岗位描述", "Description"),
        ["jobs.page.workplace"] = ("工作场所无障碍", "Workplace accessibility"),
        ["jobs.page.workplace_from"] = ("以下信息来自 {0} 的机构资料。", "From {0}'s organisation profile."),
        ["jobs.page.workplace_none"] = ("用人单位没有填写工作场所无障碍信息。", "The employer has not said anything about workplace accessibility."),
        ["jobs.page.published_at"] = ("发布时间：{0}", "Published: {0}"),
    };

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = Build();

    /// <summary>The text key for a job error code, for pages that show a refusal.</summary>
    public static string ErrorKey(string code) => "jobs.error." + code;

    private static Dictionary<string, (string Zh, string En)> Build()
    {
        var all = new Dictionary<string, (string Zh, string En)>(Labels, StringComparer.Ordinal);
        foreach (var (code, text) in Refusals.Concat(FieldErrors))
        {
            all.Add(ErrorKey(code), text);
        }

        foreach (var (code, text) in Refusals)
        {
            all.Add("orgs.refused." + code, text);
        }

        return all;
    }
}
