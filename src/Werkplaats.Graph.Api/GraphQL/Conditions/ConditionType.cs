using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>A condition of Social Quality.</summary>
public sealed class ConditionType : ObjectGraphType<Condition>
{
    public ConditionType()
    {
        Name = "Condition";
        Description = "One of the four conditions of Social Quality (voorwaarden van sociale kwaliteit): the constant "
            + "of the regional knowledge agenda, whatever social issue gives the occasion.";
        this.ImplementNode(slugKey: false);
        Field<NonNullGraphType<ConditionKeyType>>("key").Description("The condition's fixed key.")
            .Resolve(context => context.Source.Code);
        this.LocalizedField("name", "The condition's name.", c => c.Name);
        this.LocalizedField("description", "What the condition means, in the source's words.", c => c.Description);
        this.LessonsField("The lessons that touch this condition.", c => NodeLists.Reaching(Hops.LessonConditions, c.Key));
    }
}
