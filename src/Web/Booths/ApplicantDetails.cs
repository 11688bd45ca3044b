using LiveFair.Contracts.People;

namespace LiveFair.Web.Booths;

/// <summary>
/// What a booth's recruiter sees of one applicant: the profile, and the disability section only when the
/// applicant shared it for this application. No person id: person ids never reach a browser but their owner's.
/// </summary>
public sealed record ApplicantDetails(string ApplicationId, SeekerProfile Profile, DisabilityInfo? Disability)
{
    public static ApplicantDetails From(string applicationId, ApplicantProfile applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return new(applicationId, applicant.Profile, applicant.Disability);
    }
}
