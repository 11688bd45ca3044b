namespace LiveFair.Contracts.People;

/// <summary>
/// A person (keyed by their account id): the source of truth for their seeker profile, the optional
/// disability section and its consent, the organisations they belong to and what they chose to share
/// per application. Rejected commands throw <see cref="Common.DomainException"/> and change nothing.
/// </summary>
[Alias("LiveFair.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Creates the person when their account is created. Calling it again changes nothing.</summary>
    [Alias("Register")]
    Task<PersonView> Register();

    /// <summary>The person as they see themselves, disability section included. NotFound before Register.</summary>
    [Alias("GetView")]
    Task<PersonView> GetView();

    /// <summary>Whether the person exists and which organisations they belong to, with which roles.</summary>
    [Alias("GetAccess")]
    Task<PersonAccess> GetAccess();

    [Alias("UpdateProfile")]
    Task<PersonView> UpdateProfile(SeekerProfile profile);

    /// <summary>
    /// Records the separate consent for the disability section (PIPL Art. 29). Only
    /// <see cref="DisabilityConsent.CurrentVersion"/> is accepted: the person must have seen the current wording.
    /// </summary>
    [Alias("GiveDisabilityConsent")]
    Task<PersonView> GiveDisabilityConsent(string wordingVersion);

    /// <summary>Saves the disability section; refused with <c>person.consent_required</c> without an active consent.</summary>
    [Alias("SaveDisability")]
    Task<PersonView> SaveDisability(DisabilityInfo disability);

    /// <summary>Withdraws the consent and erases the disability section at once; the consent record is kept as withdrawn.</summary>
    [Alias("WithdrawDisabilityConsent")]
    Task<PersonView> WithdrawDisabilityConsent();

    /// <summary>Called by an organisation grain when the person's roles there change.</summary>
    [Alias("SetMembership")]
    Task SetMembership(OrganisationMembership membership);

    /// <summary>Called by an organisation grain when the person leaves or is removed.</summary>
    [Alias("RemoveMembership")]
    Task RemoveMembership(string organisationId);

    /// <summary>Records, for one application, whether that employer may see the disability section.</summary>
    [Alias("RecordDisclosure")]
    Task RecordDisclosure(DisclosureChoice choice);

    /// <summary>
    /// What <paramref name="organisationId"/> may see for <paramref name="applicationId"/>: the profile, and the
    /// disability section only when the person chose to share it there and their consent is still active.
    /// NotFound when that application was never made to that organisation.
    /// </summary>
    [Alias("GetApplicantProfile")]
    Task<ApplicantProfile> GetApplicantProfile(string organisationId, string applicationId);

    /// <summary>Remembers a room the person chatted in, so export and erasure can find their messages.</summary>
    [Alias("NoteChatRoom")]
    Task NoteChatRoom(string roomId);

    [Alias("Export")]
    Task<PersonExport> Export();

    /// <summary>
    /// Deletes everything this grain holds about the person and returns where else they left data
    /// (organisations, chat rooms) so the caller can erase it there. Afterwards the person does not exist.
    /// </summary>
    [Alias("EraseAll")]
    Task<PersonErasure> EraseAll();
}
