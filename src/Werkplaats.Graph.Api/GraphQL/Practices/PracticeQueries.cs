using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>The root fields for practices.</summary>
public static class PracticeQueries
{
    public static void AddPracticeQueries(this ObjectGraphType query)
    {
        query.NodeByKeyField<PracticeType, Practice>("practice", NodeKind.Practice, "A learning practice by its key.");
        query.PracticesField("The learning practices of all ateliers, by name.", _ => NodeFilter.Everything);
    }
}
