namespace LiveFair.Web.Identity;

/// <summary>Strings of registration, sign-in help, password reset and account mail. Error codes are keys too.</summary>
internal static class AccountTexts
{
    private static readonly string Length = PasswordRules.MinimumLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string Different = PasswordRules.MinimumDifferentCharacters.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string NameLength = AccountLimits.DisplayName.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> Entries = new Dictionary<string, (string, string)>
    {
        ["site.register"] = ("注册", "Register"),
        ["form.error_summary"] = ("请先修改下面的问题：", "There is a problem"),
        ["form.unmet"] = ("还有这些要求没有满足：", "These rules are not met yet:"),

        ["register.title"] = ("注册账户", "Create an account"),
        ["register.intro"] = ("有了账户，就可以在直播间聊天、投递岗位。所有项目都必须填写。", "With an account you can chat in rooms and apply for jobs. Every field is required."),
        ["register.email"] = ("电子邮箱", "Email"),
        ["register.email_hint"] = ("用来登录和找回密码，不会给别人看到。", "For signing in and resetting your password. Nobody else sees it."),
        ["register.display_name"] = ("昵称", "Display name"),
        ["register.display_name_hint"] = ($"在聊天里公开显示，最多 {NameLength} 个字。", $"Shown to everyone in chat. At most {NameLength} characters."),
        ["register.password"] = ("密码", "Password"),
        ["register.password_rules"] = (
            $"密码至少 {Length} 个字符，至少有 1 个字母（中文或英文都可以）和 1 个数字，并且至少有 {Different} 个不同的字符。不需要大写字母或符号，可以使用空格。",
            $"At least {Length} characters, with at least one letter (any language) and one digit, and at least {Different} different characters. No capitals or symbols needed; spaces are fine."),
        ["register.confirm"] = ("再输入一次密码", "Type the password again"),
        ["register.submit"] = ("注册", "Create account"),
        ["register.have_account"] = ("已经有账户了？", "Already have an account?"),
        ["register.sign_in"] = ("去登录", "Sign in"),

        ["login.no_account"] = ("还没有账户？", "No account yet?"),
        ["login.register"] = ("注册一个", "Create one"),
        ["login.forgot"] = ("忘记密码了？", "Forgot your password?"),
        ["login.reset_done"] = ("密码已经改好了，请用新密码登录。", "Your password was changed. Sign in with the new password."),

        ["forgot.title"] = ("找回密码", "Reset your password"),
        ["forgot.intro"] = ("输入注册时用的电子邮箱，我们会把设置新密码的链接发到这个邮箱。", "Enter the email you registered with. We will send a link for choosing a new password to it."),
        ["forgot.submit"] = ("发送链接", "Send the link"),
        ["forgot.sent"] = (
            "如果这个邮箱注册过账户，设置新密码的链接已经发到这个邮箱了。请查看邮箱（也看看垃圾邮件）。链接 {0} 分钟内有效。",
            "If an account exists for this email, a link to choose a new password was sent to it. Check your inbox (and spam folder). The link works for {0} minutes."),
        ["forgot.back"] = ("返回登录", "Back to sign in"),

        ["reset.title"] = ("设置新密码", "Choose a new password"),
        ["reset.password"] = ("新密码", "New password"),
        ["reset.confirm"] = ("再输入一次新密码", "Type the new password again"),
        ["reset.submit"] = ("保存新密码", "Save the new password"),
        ["reset.new_link"] = ("重新获取链接", "Ask for a new link"),

        [AccountErrors.EmailRequired] = ("请填写电子邮箱。", "Enter your email address."),
        [AccountErrors.EmailInvalid] = ("电子邮箱的格式不对，应该像 name@example.com 这样。", "Enter an email address like name@example.com."),
        [AccountErrors.EmailTaken] = ("这个邮箱已经注册过了。可以直接登录；忘记密码的话可以找回密码。", "This email already has an account. Sign in, or reset the password if you forgot it."),
        [AccountErrors.DisplayNameRequired] = ("请填写昵称。", "Enter a display name."),
        [AccountErrors.DisplayNameTooLong] = ($"昵称最多 {NameLength} 个字。", $"The display name can have at most {NameLength} characters."),
        [AccountErrors.DisplayNameInvalid] = ("昵称里不能有换行或看不见的控制字符。", "The display name cannot contain line breaks or invisible control characters."),
        [AccountErrors.PasswordRequired] = ("请填写密码。", "Enter a password."),
        [AccountErrors.ConfirmRequired] = ("请再输入一次密码。", "Type the password again."),
        [AccountErrors.PasswordMismatch] = ("两次输入的密码不一样。", "The two passwords are not the same."),
        [AccountErrors.PasswordTooShort] = ($"密码至少要有 {Length} 个字符。", $"Use at least {Length} characters."),
        [AccountErrors.PasswordRequiresDigit] = ("密码至少要有 1 个数字（0–9）。", "Include at least one digit (0–9)."),
        [AccountErrors.PasswordRequiresLetter] = ("密码至少要有 1 个字母（中文或英文都可以）。", "Include at least one letter (any language)."),
        [AccountErrors.PasswordRequiresDifferent] = ($"密码至少要有 {Different} 个不同的字符。", $"Use at least {Different} different characters."),
        [AccountErrors.PasswordRules] = ("密码不符合要求。", "The password does not meet the rules."),
        [AccountErrors.ResetLinkInvalid] = ("这个链接无效或者已经过期了。请重新获取一个链接。", "This link is not valid or has expired. Ask for a new link."),
        [AccountErrors.Unavailable] = ("现在无法创建账户，请稍后再试。", "The account could not be created right now. Please try again in a moment."),

        ["mail.reset.subject"] = ("LiveFair：设置新密码", "LiveFair: choose a new password"),
        ["mail.reset.body"] = (
            "你好！\n\n有人（可能是你自己）想给你的 LiveFair 账户设置新密码。请打开下面的链接设置新密码，链接 {1} 分钟内有效：\n\n{0}\n\n如果不是你申请的，不用理会这封邮件，你的密码不会改变。\n",
            "Hello,\n\nSomeone (probably you) asked to choose a new password for your LiveFair account. Open this link to choose it; it works for {1} minutes:\n\n{0}\n\nIf it was not you, ignore this mail: your password stays as it is.\n"),
    };
}
