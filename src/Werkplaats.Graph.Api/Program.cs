// Settings ship next to the binary; the working directory stays the caller's, for data/ and file arguments.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.UseDefaultUrl();
builder.AddGraphStore();
builder.AddAuth();
builder.AddGraphQLApi();
builder.AddResponseCaching();
builder.AddPartnerLimits();
builder.AddHealth();

var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

app.MapGraphQLApi();
app.MapHealth();
app.MapPages();

await app.RunAsync();

/// <summary>The API host; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
