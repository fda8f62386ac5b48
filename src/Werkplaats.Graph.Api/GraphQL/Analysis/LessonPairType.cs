using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Core.Analysis;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>Two lessons the Arena connected across the ateliers.</summary>
public sealed class LessonPairType : ObjectGraphType<LessonPair>
{
    public LessonPairType()
    {
        Name = "LessonPair";
        Description = "A RELATES_TO link between a lesson of atelier a and a lesson of atelier b.";
        Field<NonNullGraphType<LessonType>>("inA").Description("The lesson of atelier a.").Resolve(context => context.Source.InA);
        Field<NonNullGraphType<LessonType>>("inB").Description("The lesson of atelier b.").Resolve(context => context.Source.InB);
    }
}
