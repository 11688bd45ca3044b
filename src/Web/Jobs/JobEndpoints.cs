using System.Security.Claims;
using LiveFair.Contracts.Jobs;
using LiveFair.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LiveFair.Web.Jobs;

/// <summary>Job postings: an employer's list, creating, reading, editing, publishing and closing.</summary>
internal static class JobEndpoints
{
    public static WebApplication MapJobEndpoints(this WebApplication app)
    {
        var orgJobs = app.MapGroup("/api/orgs/{orgId:orgid}/jobs").WithTags("Jobs");
        orgJobs.MapGet("", ListAsync)
            .WithName("ListOrganisationJobs")
            .WithSummary("An employer's jobs, newest first: every status for its members, only published ones for others")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orgJobs.MapPost("", CreateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("CreateJob")
            .WithSummary("Draft a job (the employer's admins and recruiters)")
            .WithDescription("The job starts as a draft that only the employer's members see; publish it to show it to everyone.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var jobs = app.MapGroup("/api/jobs/{jobId:jobid}").WithTags("Jobs");
        jobs.MapGet("", GetAsync)
            .WithName("GetJob")
            .WithSummary("A job: published jobs for anyone, drafts and closed jobs only for the employer's members")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPut("", UpdateAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("UpdateJob")
            .WithSummary("Replace the posting of a draft or published job (the employer's admins and recruiters)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/publish", PublishAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("PublishJob")
            .WithSummary("Publish a draft so that everyone sees it; publishing again changes nothing")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/close", CloseAsync)
            .RequireAuthorization(RoomPolicies.SignedIn)
            .WithName("CloseJob")
            .WithSummary("Close a job for good; it can no longer be applied to, edited or published")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<JobView[]>> ListAsync(string orgId, ClaimsPrincipal user, JobAccess access, CancellationToken cancellationToken) =>
        TypedResults.Ok((await access.ListAsync(orgId, user.PersonId(), cancellationToken)).ToArray());

    private static async Task<Results<Created<JobView>, ValidationProblem>> CreateAsync(
        string orgId, JobInput input, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = JobInputRules.Validate(input, out var posting);
        if (errors.Count > 0)
        {
            return JobProblems.Invalid(errors);
        }

        var id = JobIds.New();
        var view = await grains.GetGrain<IJobGrain>(id).Create(user.PersonId()!, orgId, posting!);
        return TypedResults.Created($"/api/jobs/{id}", view);
    }

    private static async Task<Ok<JobView>> GetAsync(string jobId, ClaimsPrincipal user, JobAccess access) =>
        TypedResults.Ok(await access.GetVisibleAsync(jobId, user.PersonId()));

    private static async Task<Results<Ok<JobView>, ValidationProblem>> UpdateAsync(string jobId, JobInput input, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = JobInputRules.Validate(input, out var posting);
        if (errors.Count > 0)
        {
            return JobProblems.Invalid(errors);
        }

        return TypedResults.Ok(await grains.GetGrain<IJobGrain>(jobId).Update(user.PersonId()!, posting!));
    }

    private static async Task<Ok<JobView>> PublishAsync(string jobId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IJobGrain>(jobId).Publish(user.PersonId()!));

    private static async Task<Ok<JobView>> CloseAsync(string jobId, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IJobGrain>(jobId).Close(user.PersonId()!));
}
