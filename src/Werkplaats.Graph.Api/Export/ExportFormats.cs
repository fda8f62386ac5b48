namespace Werkplaats.Graph.Api.Export;

/// <summary>The media types and file extensions of the subgraph exports, for endpoints and download names.</summary>
public static class ExportFormats
{
    public const string GraphMLMediaType = "application/graphml+xml";
    public const string GraphMLExtension = ".graphml";

    public const string JsonMediaType = "application/json";
    public const string JsonExtension = ".json";
}
