using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>The relationship types of the graph.</summary>
public sealed class RelationshipTypeEnumType() : DescribedEnumType<RelationshipType>(
    "RelationshipType",
    "The types of relationship in the knowledge graph (MODEL.md), as in Neo4j: PART_OF, TOUCHES, ...",
    new Dictionary<RelationshipType, string>
    {
        [RelationshipType.PartOf] = "(Practice)-[:PART_OF]->(Issue): one of the atelier's learning practices.",
        [RelationshipType.InDomain] = "(Practice|Lesson)-[:IN_DOMAIN]->(Domain).",
        [RelationshipType.AtLevel] = "(Practice|Lesson)-[:AT_LEVEL]->(Level).",
        [RelationshipType.Involves] = "(Practice)-[:INVOLVES {role}]->(Actor): a party taking part.",
        [RelationshipType.LearnedIn] = "(Lesson)-[:LEARNED_IN]->(Practice): where the lesson came from.",
        [RelationshipType.Touches] = "(Lesson)-[:TOUCHES]->(Condition).",
        [RelationshipType.DerivedFrom] = "(Lesson)-[:DERIVED_FROM]->(Lesson): lifting, local to regional knowledge.",
        [RelationshipType.RelatesTo] = "(Lesson)-[:RELATES_TO]->(Lesson): a connection the Arena made.",
        [RelationshipType.ParticipatesIn] = "(Actor)-[:PARTICIPATES_IN {mode, since}]->(Issue): Arena or Tribune.",
        [RelationshipType.Leads] = "(Actor)-[:LEADS]->(Issue): the atelier's trekker.",
        [RelationshipType.MergedInto] = "(Issue)-[:MERGED_INTO]->(Issue): the agenda changed.",
        [RelationshipType.About] = "(Lesson)-[:ABOUT]->(Issue), derived: the ateliers of the lesson's practices and of the lessons it was lifted from.",
    });
