using Microsoft.Net.Http.Headers;

namespace Werkplaats.Graph.Api.Http;

/// <summary>The response media types of GraphQL over HTTP, and the choice between them by the request's Accept header.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of a response in <paramref name="mediaType"/>.</summary>
    public static string ContentTypeOf(string mediaType) => mediaType == Json ? "application/json; charset=utf-8" : "application/graphql-response+json; charset=utf-8";

    /// <summary>
    /// The media type to answer in, or null when the Accept header allows neither (the spec recommends 406).
    /// Without an Accept header the spec, past its 2025 watershed, answers as if graphql-response+json was asked for.
    /// The higher quality wins, then the one listed first, then graphql-response+json.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        // Most clients send one of the two exactly; only other Accept headers are worth parsing.
        if (request.Headers.Accept is [GraphQLResponse or Json] exact)
        {
            return exact[0];
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        var graphQL = Preference.Of(accept, GraphQLResponse);
        var json = Preference.Of(accept, Json);
        if (!graphQL.Acceptable && !json.Acceptable)
        {
            return null;
        }

        return graphQL.CompareTo(json) >= 0 ? GraphQLResponse : Json;
    }

    /// <summary>How much the client wants one media type: the quality and position of the most specific range that matches it.</summary>
    private readonly record struct Preference(double Quality, int Position) : IComparable<Preference>
    {
        public bool Acceptable => Quality > 0;

        public static Preference Of(IList<MediaTypeHeaderValue> accept, string mediaType)
        {
            var target = new MediaTypeHeaderValue(mediaType);
            var (specificity, quality, position) = (-1, 0.0, int.MaxValue);
            for (var index = 0; index < accept.Count; index++)
            {
                var rangeSpecificity = Specificity(accept[index], target);
                if (rangeSpecificity > specificity)
                {
                    (specificity, quality, position) = (rangeSpecificity, accept[index].Quality ?? 1, index);
                }
            }

            return new Preference(quality, position);
        }

        public int CompareTo(Preference other) =>
            Quality != other.Quality ? Quality.CompareTo(other.Quality) : other.Position.CompareTo(Position);

        // Parameters such as charset are ignored: both media types are UTF-8 JSON.
        private static int Specificity(MediaTypeHeaderValue range, MediaTypeHeaderValue target) =>
            range.MatchesAllTypes ? 0
            : !range.Type.Equals(target.Type, StringComparison.OrdinalIgnoreCase) ? -1
            : range.MatchesAllSubTypes ? 1
            : range.SubType.Equals(target.SubType, StringComparison.OrdinalIgnoreCase) ? 2
            : -1;
    }
}
