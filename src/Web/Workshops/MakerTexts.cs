namespace LiveFair.Web.Workshops;

/// <summary>Strings of the makers page and every maker error code (under <c>makers.error.&lt;code&gt;</c>).</summary>
internal static class MakerTexts
{
    private static readonly Dictionary<string, (string Zh, string En)> Errors = new()
    {
        ["maker.display_name.empty"] = ("请填写手工艺人的称呼（姓名或昵称）。", "Enter what the maker is called (a name or nickname)."),
        ["maker.display_name.too_long"] = ("称呼最多 40 个字。", "The name can be at most 40 characters."),
        ["maker.display_name.control"] = ("称呼含有不能使用的控制字符。", "The name contains control characters."),
        ["maker.display_name.invalid_characters"] = ("称呼含有不能使用的控制字符。", "The name contains control characters."),
        ["maker.story.too_long"] = ("故事最多 1000 个字。", "The story can be at most 1,000 characters."),
        ["maker.story.control"] = ("故事含有不能使用的控制字符。", "The story contains control characters."),
        ["maker.story.invalid_characters"] = ("故事含有不能使用的控制字符。", "The story contains control characters."),
        ["maker.not_found"] = ("找不到这位手工艺人。", "There is no such maker."),
        ["maker.too_many"] = ("本工坊的手工艺人已达上限（200 位）。", "The workshop has reached its limit of 200 makers."),
        ["maker.removed"] = ("这位手工艺人已被移除。", "This maker was removed."),
        ["maker.forbidden"] = ("只有工坊的管理员和主播可以管理手工艺人。", "Only the workshop's admins and streamers may keep its makers."),
        ["workshop.forbidden"] = ("只有工坊的管理员和主播可以管理手工艺人。", "Only the workshop's admins and streamers may keep its makers."),
        ["workshop.not_found"] = ("找不到这个工坊。", "There is no such workshop."),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Labels = new()
    {
        ["makers.manage_link"] = ("手工艺人", "Makers"),
        ["makers.title"] = ("手工艺人 · {0}", "Makers · {0}"),
        ["makers.intro"] = ("在这里记录工坊的手工艺人。只有手工艺人本人同意后，买家才会看到其称呼、故事和照片；否则只显示“本工坊的一位手工艺人”。", "Keep the workshop's makers here. Buyers see a maker's name, story and photo only with the maker's consent; otherwise only \"a maker of this workshop\"."),
        ["makers.products"] = ("管理商品", "Manage products"),
        ["makers.empty"] = ("还没有手工艺人。", "No makers yet."),
        ["makers.list"] = ("手工艺人", "Makers"),
        ["makers.add"] = ("添加手工艺人", "Add a maker"),
        ["makers.add_submit"] = ("添加", "Add"),
        ["makers.added"] = ("已添加“{0}”。", "Added \"{0}\"."),
        ["makers.saved"] = ("已保存“{0}”。", "Saved \"{0}\"."),
        ["makers.removed"] = ("已移除“{0}”。过去的销售记录仍保留其收入。", "Removed \"{0}\". Past sales still record their earnings."),
        ["makers.photo_saved"] = ("已更新“{0}”的照片。", "Updated the photo of \"{0}\"."),
        ["makers.photo_removed"] = ("已删除“{0}”的照片。", "Removed the photo of \"{0}\"."),
        ["makers.field.name"] = ("称呼（姓名或昵称）", "Name or nickname"),
        ["makers.field.name_hint"] = ("用手工艺人自己选择的称呼。", "Use the name the maker chose."),
        ["makers.field.story"] = ("手工艺人的故事", "The maker's story"),
        ["makers.field.consent"] = ("手工艺人本人同意公开显示其称呼、故事和照片", "The maker agreed that name, story and photo are shown publicly"),
        ["makers.field.consent_hint"] = ("请先当面询问本人。记录时会保存是谁、在什么时间记录的。", "Ask the maker first. Who recorded the answer and when is kept."),
        ["makers.consent_yes"] = ("同意公开（{0} 于 {1} 记录）", "Shown publicly (recorded by {0} on {1})"),
        ["makers.consent_no"] = ("不公开（{0} 于 {1} 记录）", "Not shown publicly (recorded by {0} on {1})"),
        ["makers.consent_unrecorded"] = ("不公开", "Not shown publicly"),
        ["makers.someone"] = ("一位成员", "a member"),
        ["makers.edit"] = ("修改 {0}", "Edit {0}"),
        ["makers.save"] = ("保存", "Save"),
        ["makers.remove"] = ("移除 {0}", "Remove {0}"),
        ["makers.photo"] = ("照片", "Photo"),
        ["makers.photo_alt"] = ("照片描述（替代文字）", "Photo description (alt text)"),
        ["makers.photo_alt_hint"] = ("写出照片里是什么，例如“李阿姨坐在绣架前微笑”。", "Say what the photo shows, e.g. \"Auntie Li smiling at her embroidery frame\"."),
        ["makers.photo_file"] = ("选择照片", "Choose a photo"),
        ["makers.photo_upload"] = ("上传 {0} 的照片", "Upload a photo of {0}"),
        ["makers.photo_remove"] = ("删除 {0} 的照片", "Remove the photo of {0}"),
        ["makers.no_photo"] = ("没有照片。", "No photo."),
    };

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = Build();

    public static string ErrorKey(string code) => "makers.error." + code;

    private static Dictionary<string, (string Zh, string En)> Build()
    {
        var all = new Dictionary<string, (string Zh, string En)>(Labels, StringComparer.Ordinal);
        foreach (var (code, text) in Errors)
        {
            all.Add(ErrorKey(code), text);
        }

        return all;
    }
}
