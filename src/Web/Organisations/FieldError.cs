namespace LiveFair.Web.Organisations;

/// <summary>
/// One problem with one input field. <see cref="Field"/> is the input's name in camelCase (as in JSON and the
/// page's element ids); <see cref="Code"/> is stable, so pages translate it and API clients can match it.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);
