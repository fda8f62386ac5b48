using GraphQL.Types;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The orders lessons can be listed in; values are the storage port's orders.</summary>
public sealed class LessonOrderType : EnumerationGraphType
{
    public LessonOrderType()
    {
        Name = "LessonOrder";
        Description = "The order of a list of lessons.";
        Add("NEWEST_FIRST", NodeOrder.NewestFirst, "Most recently learned first (the default).");
        Add("OLDEST_FIRST", NodeOrder.OldestFirst, "Earliest learned first.");
        Add("TITLE", NodeOrder.Name, "By title, A to Z.");
    }
}
