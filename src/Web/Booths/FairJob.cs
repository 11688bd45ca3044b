using LiveFair.Contracts.Fairs;
using LiveFair.Contracts.Jobs;

namespace LiveFair.Web.Booths;

/// <summary>A published job at a fair, with the booth where one applies for it.</summary>
public sealed record FairJob(JobView Job, string BoothId, string EmployerId, string EmployerName, BoothStatus BoothStatus);
