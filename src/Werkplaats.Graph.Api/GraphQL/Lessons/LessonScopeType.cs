using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>How far a lesson reaches.</summary>
public sealed class LessonScopeType() : DescribedEnumType<LessonScope>(
    "LessonScope",
    "How far a lesson reaches: the Arena lifts local lessons to regional knowledge, and regional to national.",
    new Dictionary<LessonScope, string>
    {
        [LessonScope.Local] = "Learned in one or more local practices.",
        [LessonScope.Regional] = "Regional knowledge, lifted from local lessons (see `derivedFrom`).",
        [LessonScope.National] = "Shared in the national working groups of the Werkplaatsen Sociaal Domein.",
    });
