using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>A level, micro to macro.</summary>
public sealed class LevelType : ObjectGraphType<Level>
{
    public LevelType()
    {
        Name = "Level";
        Description = "A level where work on social quality happens (niveau), from the individual up to organisations, "
            + "structures and systems.";
        this.ImplementNode(slugKey: false);
        Field<NonNullGraphType<LevelKeyType>>("key").Description("The level's fixed key.")
            .Resolve(context => context.Source.Code);
        this.LocalizedField("name", "The level's name.", l => l.Name);
        Field<NonNullGraphType<IntGraphType>>("ordinal").Description("1 (individual) to 8 (organisations and systems).")
            .Resolve(context => context.Source.Ordinal);
        this.LessonsField("The lessons about this level.", l => NodeLists.Reaching(Hops.LessonLevels, l.Key));
        this.PracticesField("The practices that work at this level.", l => NodeLists.Reaching(Hops.PracticeLevels, l.Key));
    }
}
