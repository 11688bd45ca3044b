using Microsoft.AspNetCore.Identity;

namespace LiveFair.Web.Identity;

public sealed class LiveFairUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";
}
