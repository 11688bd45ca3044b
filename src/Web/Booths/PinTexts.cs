namespace LiveFair.Web.Booths;

/// <summary>Strings of the pinned card and the fair parts of the room page; "js." keys are for room.js.</summary>
internal static class PinTexts
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = new Dictionary<string, (string, string)>
    {
        ["fairroom.links"] = ("招聘会", "Job fair"),
        ["fairroom.jobs_link"] = ("全部展位与岗位（为你推荐）", "All booths and jobs (recommended for you)"),
        ["fairroom.pinned"] = ("主持人置顶", "Pinned by the host"),

        ["js.pin.verified"] = ("已认证", "Verified"),
        ["js.pin.unverified"] = ("未认证", "Not verified"),
        ["js.pin.city"] = ("工作地点", "Where"),
        ["js.pin.salary"] = ("月薪", "Monthly pay"),
        ["js.pin.salary_range"] = ("{0}–{1} 元", "{0}–{1} yuan"),
        ["js.pin.salary_from"] = ("{0} 元起", "From {0} yuan"),
        ["js.pin.salary_to"] = ("最高 {0} 元", "Up to {0} yuan"),
        ["js.pin.salary_none"] = ("面议", "To be discussed"),
        ["js.pin.headcount"] = ("招聘人数", "Openings"),
        ["js.pin.accommodations"] = ("提供的便利", "Accommodations offered"),
        ["js.pin.categories"] = ("适合的残疾类别", "Suits"),
        ["js.pin.benefits"] = ("福利", "Benefits"),
        ["js.pin.separator"] = ("、", ", "),
        ["js.pin.job_details"] = ("岗位详情", "Job details"),
        ["js.pin.booth_link"] = ("进入 {0} 展位", "Go to the {0} booth"),
        ["js.pin.booth_title"] = ("{0} 展位", "{0} booth"),
        ["js.pin.booth_jobs"] = ("{0} 个岗位", "{0} jobs"),
        ["js.pin.sign_in"] = ("登录后一键申请", "Sign in to apply"),
        ["js.pin.share"] = ("向这家单位提供我的残疾信息（只用于这次申请）", "Share my disability section with this employer (this application only)"),
        ["js.pin.apply"] = ("一键申请：{0}", "Apply: {0}"),
        ["js.pin.applied"] = ("已申请 {0}，你已进入排队。", "Applied to {0}: you are in the queue."),
        ["js.pin.apply_failed"] = ("没有申请成功：{0}", "Not applied: {0}"),
        ["js.pin.announce_job"] = ("主持人置顶了岗位：{0}，{1}。", "The host pinned a job: {0}, {1}."),
        ["js.pin.announce_booth"] = ("主持人置顶了展位：{0}。", "The host pinned a booth: {0}."),
    };
}
