namespace LiveFair.Contracts.People;

[GenerateSerializer]
[Alias("LiveFair.Gender")]
public enum Gender
{
    Female = 0,
    Male = 1,
    Other = 2,
}

[GenerateSerializer]
[Alias("LiveFair.EducationLevel")]
public enum EducationLevel
{
    Primary = 0,
    JuniorSecondary = 1,
    SeniorSecondary = 2,
    Vocational = 3,
    JuniorCollege = 4,
    Bachelor = 5,
    Master = 6,
    Doctorate = 7,
    SpecialEducation = 8,
}

/// <summary>The kind of employer a seeker wants to work for.</summary>
[GenerateSerializer]
[Alias("LiveFair.Sector")]
public enum Sector
{
    GovernmentInstitution = 0,
    StateOwned = 1,
    Foreign = 2,
    Private = 3,
    SocialOrganisation = 4,
    FlexibleWork = 5,
}

/// <summary>Employment services a seeker asks the service organisation for.</summary>
[GenerateSerializer]
[Alias("LiveFair.SupportService")]
public enum SupportService
{
    CareerAssessment = 0,
    CareerCounselling = 1,
    CvAndInterviewCoaching = 2,
    SpecialJobFairs = 3,
    PolicyGuidance = 4,
    CivilServiceExamGuidance = 5,
}
