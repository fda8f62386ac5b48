using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;

namespace Werkplaats.Graph.Api.GraphQL.Viewers;

/// <summary>The root field for the caller itself.</summary>
public static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who you are to this API (from your bearer token) and which drafts you may see.")
            .Resolve(context =>
            {
                // An answer about the caller is never shared with other callers of the same visibility.
                context.Service<CallerSpecificResponse>().Mark();
                return context.Service<Viewer>();
            });
}
