using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Domains;

/// <summary>A domain of the social field.</summary>
public sealed class DomainType : ObjectGraphType<Domain>
{
    public DomainType()
    {
        Name = "Domain";
        Description = "A domain of the social field (domein): welzijn, zorg, wonen, werk en inkomen, sport.";
        this.ImplementNode();
        this.LocalizedField("name", "The domain's name.", d => d.Name);
        this.LessonsField("The lessons in this domain.", d => NodeLists.Reaching(Hops.LessonDomains, d.Key));
        this.PracticesField("The practices in this domain.", d => NodeLists.Reaching(Hops.PracticeDomains, d.Key));
    }
}
