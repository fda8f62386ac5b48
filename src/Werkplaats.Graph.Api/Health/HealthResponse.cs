using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Werkplaats.Graph.Api.Health;

/// <summary>Writes a health report as JSON: the overall status and, per check, its status and what it found.</summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Body(
            report.Status.ToString(),
            report.Entries.Select(entry => new Check(entry.Key, entry.Value.Status.ToString(), entry.Value.Description)).ToList());
        return context.Response.WriteAsJsonAsync(body, _options, context.RequestAborted);
    }

    private sealed record Body(string Status, IReadOnlyList<Check> Checks);

    private sealed record Check(string Name, string Status, string? Description);
}
