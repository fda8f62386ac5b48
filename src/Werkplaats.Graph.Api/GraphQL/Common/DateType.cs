using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL.Common;

/// <summary>Calendar dates, named as most GraphQL APIs name them.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date, written as YYYY-MM-DD (ISO 8601).";
    }
}
