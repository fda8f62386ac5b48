namespace Werkplaats.Graph.Core.Model;

/// <summary>The relationship types of MODEL.md, plus one the stores derive.</summary>
public enum RelationshipType
{
    /// <summary>(Practice)-[:PART_OF]->(Issue)</summary>
    PartOf,

    /// <summary>(Practice|Lesson)-[:IN_DOMAIN]->(Domain)</summary>
    InDomain,

    /// <summary>(Practice|Lesson)-[:AT_LEVEL]->(Level)</summary>
    AtLevel,

    /// <summary>(Practice)-[:INVOLVES {role}]->(Actor)</summary>
    Involves,

    /// <summary>(Lesson)-[:LEARNED_IN]->(Practice)</summary>
    LearnedIn,

    /// <summary>(Lesson)-[:TOUCHES]->(Condition)</summary>
    Touches,

    /// <summary>(Lesson)-[:DERIVED_FROM]->(Lesson): a regional lesson generalises local ones.</summary>
    DerivedFrom,

    /// <summary>(Lesson)-[:RELATES_TO]->(Lesson): a connection the Arena made; read in both directions.</summary>
    RelatesTo,

    /// <summary>(Actor)-[:PARTICIPATES_IN {mode, since}]->(Issue)</summary>
    ParticipatesIn,

    /// <summary>(Actor)-[:LEADS]->(Issue): the atelier's trekker.</summary>
    Leads,

    /// <summary>(Issue)-[:MERGED_INTO]->(Issue)</summary>
    MergedInto,

    /// <summary>
    /// (Lesson)-[:ABOUT]->(Issue), derived and kept by the store, never imported or written directly: the issues of
    /// the lesson's practices, and for a lifted lesson the issues of the lessons it was derived from.
    /// </summary>
    About,
}

/// <summary>Which way a relationship is followed from the node at hand.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
