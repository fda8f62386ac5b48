using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Analysis;
using Werkplaats.Graph.Api.GraphQL.Audit;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Domains;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Api.GraphQL.Search;
using Werkplaats.Graph.Api.GraphQL.Traversal;
using Werkplaats.Graph.Api.GraphQL.Viewers;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>The root query type, assembled from the feature folders.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads of the knowledge graph: nodes by id or key, lists with filters, and search.";
        this.AddNodeQueries();
        this.AddSearchQueries();
        this.AddIssueQueries();
        this.AddConditionQueries();
        this.AddLevelQueries();
        this.AddDomainQueries();
        this.AddActorQueries();
        this.AddPracticeQueries();
        this.AddLessonQueries();
        this.AddTraversalQueries();
        this.AddAnalysisQueries();
        this.AddViewerQueries();
        this.AddChangeLogQueries();
    }
}
