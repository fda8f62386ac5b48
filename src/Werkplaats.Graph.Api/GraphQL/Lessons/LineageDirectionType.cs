using GraphQL.Types;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>Which way to follow lifting.</summary>
public sealed class LineageDirectionType : EnumerationGraphType<Direction>
{
    public LineageDirectionType()
    {
        Name = "LineageDirection";
        Description = "Which way to follow DERIVED_FROM from a lesson.";
        Add("LIFTED_FROM", Direction.Outgoing, "Down: the lessons this one was lifted from, and theirs (regional to local).");
        Add("LIFTED_INTO", Direction.Incoming, "Up: the lessons lifted from this one, and from those (local to regional to national).");
    }
}
