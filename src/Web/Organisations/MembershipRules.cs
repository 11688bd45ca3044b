using System.Net.Mail;
using LiveFair.Contracts.Organisations;

namespace LiveFair.Web.Organisations;

/// <summary>Web's checks on invitations and role changes, before the organisation grain decides.</summary>
public static class MembershipRules
{
    /// <summary>The longest address SMTP allows (RFC 5321 path limit).</summary>
    public const int EmailMaxLength = 254;

    public static IReadOnlyList<FieldError> Validate(InvitationRequest request, out InvitationInput? input)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var email = OrganisationRules.Required(errors, "email", request.Email, EmailMaxLength);
        if (email is not null && !IsEmailAddress(email))
        {
            errors.Add(new FieldError("email", "invalid", "The email address is not valid."));
        }

        var roles = ValidateRoles(errors, request.Roles);
        input = errors.Count > 0 ? null : new InvitationInput { Email = email!, Roles = roles };
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(RolesRequest request, out IReadOnlyList<OrganisationRole> roles)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        roles = ValidateRoles(errors, request.Roles);
        return errors;
    }

    private static OrganisationRole[] ValidateRoles(List<FieldError> errors, List<OrganisationRole>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            // A member without any role could do nothing; removing them says that honestly.
            errors.Add(new FieldError("roles", "required", "Choose at least one role."));
            return [];
        }

        if (roles.Any(role => !Enum.IsDefined(role)))
        {
            errors.Add(new FieldError("roles", "invalid", "A role is not one of Admin, Recruiter, Streamer, Helper."));
            return [];
        }

        return [.. roles.Distinct().Order()];
    }

    private static bool IsEmailAddress(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('@', StringComparison.Ordinal);
}
