using LiveFair.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLiveFair();

var app = builder.Build();
app.UseLiveFair();

await app.RunAsync();

/// <summary>Entry point; public so test hosts can locate the app's assembly and content root.</summary>
public partial class Program;
