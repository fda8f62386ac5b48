using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Viewers;

/// <summary>The caller as the API sees it: which actor, and which drafts it may read.</summary>
public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking, from the bearer token, and what the graph lets them read. Rights follow the graph: "
            + "a change of Arena membership applies to the next request.";
        Field<ActorType>("actor").Description("The actor the token names; null for the public (no token).")
            .Resolve(context => context.Source.Actor);
        Field<StringGraphType>("name").Description("The person's name the token gives, if any (for the audit trail).")
            .Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueType>>>>("canSeeDraftsOf")
            .Description("The ateliers whose draft lessons you see, as a partner in their Arena or as their trekker.")
            .ResolveAsync(async context =>
            {
                var reader = context.Reader();
                // Queue every issue before awaiting any, so they load in one batch.
                var pending = context.Source.Visibility.DraftsOfIssues.Select(key => reader.Node<Issue>(new NodeRef(NodeKind.Issue, key))).ToList();
                var issues = new List<Issue>(pending.Count);
                foreach (var issue in pending)
                {
                    if (await issue.GetResultAsync(context.CancellationToken) is { } found)
                    {
                        issues.Add(found);
                    }
                }

                return issues;
            });
        Field<NonNullGraphType<BooleanGraphType>>("seesAllDrafts")
            .Description("True for the programme committee, which sees the drafts of every atelier.")
            .Resolve(context => context.Source.Visibility.AllDrafts);
    }
}
