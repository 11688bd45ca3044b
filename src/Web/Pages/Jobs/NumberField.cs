using LiveFair.Web.Pages.Organisations;

namespace LiveFair.Web.Pages.Jobs;

/// <summary>One labelled whole-number input for <c>_NumberField</c>, with its error tied to it by aria-describedby.</summary>
public sealed record NumberField(FormErrors Errors, string Field, string Name, string Label, int? Value, int Min, int Max, bool Required = false);
