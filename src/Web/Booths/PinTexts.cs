namespace LiveFair.Web.Booths;

/// <summary>Strings of the pinned card and the fair parts of the room page; "js." keys are for room.js.</summary>
internal static class PinTexts
{
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = new Dictionary<string, (string, string)>
    {
        ["fairroom.links"] = ("招聘会", "Job fair"),
        ["fairroom.jobs_link"] = ("全部展位与岗位（为你推荐）", "All booths and jobs (recommended for you)"),
        ["fairroom.pinned"] = ("主持人置顶", "Pinned by the host"),

        ["fairjobs.title"] = ("展位与岗位 · {0}", "Booths and jobs · {0}"),
        ["fairjobs.back"] = ("返回直播间", "Back to the room"),
        ["fairjobs.personal"] = ("按与你的资料的匹配程度排序，只有你能看到。", "Ordered by how well each job fits your profile; only you see this."),
        ["fairjobs.edit_profile"] = ("完善我的资料", "Improve my profile"),
        ["fairjobs.sign_in"] = ("登录后按你的资料推荐岗位", "Sign in to see jobs ordered for you"),
        ["fairjobs.none"] = ("这场招聘会还没有发布的岗位。", "This fair has no published jobs yet."),
        ["fairjobs.why"] = ("推荐理由：", "Why it may suit you:"),
        ["fairjobs.no_reasons"] = ("与你的资料没有明显的匹配项。", "Nothing in your profile matches this job in particular."),
        ["fairjobs.booth_link"] = ("进入 {0} 展位申请", "Apply at the {0} booth"),

        ["myapps.title"] = ("我的申请", "My applications"),
        ["myapps.none"] = ("你还没有申请过岗位。", "You have not applied for any job yet."),
        ["myapps.caption"] = ("我申请的岗位和结果（最新的在前）", "Jobs I applied for and what became of them (newest first)"),
        ["myapps.col_job"] = ("岗位", "Job"),
        ["myapps.col_employer"] = ("单位（展位）", "Employer (booth)"),
        ["myapps.col_status"] = ("进度", "Progress"),
        ["myapps.col_outcome"] = ("结果", "Outcome"),
        ["myapps.col_applied"] = ("申请时间", "Applied"),
        ["myapps.col_shared"] = ("残疾信息", "Disability section"),
        ["myapps.no_outcome"] = ("暂无", "None yet"),
        ["myapps.shared_yes"] = ("已提供给这家单位", "Shared with this employer"),
        ["myapps.shared_no"] = ("未提供", "Not shared"),

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
