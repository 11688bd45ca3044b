namespace LiveFair.Web.Tests.Authorization;

/// <summary>
/// What a role gets. Pages redirect anonymous visitors to sign in; APIs answer 401/403; hubs refuse with a
/// HubException (SignalR does not tell "not signed in" from "not allowed" apart).
/// </summary>
public enum Outcome
{
    Allowed,
    SignInRequired,
    Forbidden,
    Refused,
}
