using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.GraphQL.Traversal;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Audit;

/// <summary>A page of the change log.</summary>
public sealed class ChangeLogConnectionType : ObjectGraphType<ChangeLogConnection>
{
    public ChangeLogConnectionType()
    {
        Name = "ChangeLogConnection";
        Description = "A page of the change log, newest first.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether older changes follow, and the cursors of this page.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeLogEdgeType>>>>("edges").Description("The changes of this page with their cursors.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeLogEntryType>>>>("nodes").Description("The changes of this page, newest first.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
    }
}

/// <summary>A change in the log, with its cursor.</summary>
public sealed class ChangeLogEdgeType : ObjectGraphType<ChangeLogEdge>
{
    public ChangeLogEdgeType()
    {
        Name = "ChangeLogEdge";
        Description = "A change in the log, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to get the changes before this one.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<ChangeLogEntryType>>("node").Description("The change.").Resolve(context => context.Source.Node);
    }
}

/// <summary>One change written through the API.</summary>
public sealed class ChangeLogEntryType : ObjectGraphType<ChangeLogEntry>
{
    public ChangeLogEntryType()
    {
        Name = "ChangeLogEntry";
        Description = "One change written through the API: who, when, which mutation, and what it wrote.";
        Field<NonNullGraphType<AuthorType>>("author").Description("Who wrote it.").Resolve(context => context.Source.Author);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was written.").Resolve(context => context.Source.At);
        Field<NonNullGraphType<StringGraphType>>("mutation").Description("The mutation that wrote it, e.g. recordLesson.")
            .Resolve(context => context.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeReferenceType>>>>("created").Description("The nodes it created.")
            .Resolve(context => context.Source.Created);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeReferenceType>>>>("updated").Description("The nodes whose properties it changed.")
            .Resolve(context => context.Source.Updated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipChangeType>>>>("added").Description("The relationships it added (or whose role, mode or since it changed).")
            .Resolve(context => context.Source.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipChangeType>>>>("removed").Description("The relationships it removed.")
            .Resolve(context => context.Source.Removed);
    }
}

/// <summary>A node named in the change log.</summary>
public sealed class NodeReferenceType : ObjectGraphType<NodeRef>
{
    public NodeReferenceType()
    {
        Name = "NodeReference";
        Description = "A node named in the change log, by kind and key, and the node as it now is.";
        Field<NonNullGraphType<NodeKindType>>("kind").Description("The node's kind.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("key").Description("The node's key.").Resolve(context => context.Source.Key);
        Field<NodeInterface>("node").Description("The node as it now is; null when it is deleted.")
            .Resolve(context => context.Reader().Node<GraphNode>(context.Source));
    }
}

/// <summary>A relationship named in the change log.</summary>
public sealed class RelationshipChangeType : ObjectGraphType<Relationship>
{
    public RelationshipChangeType()
    {
        Name = "RelationshipChange";
        Description = "A relationship a change added or removed.";
        Field<NonNullGraphType<RelationshipTypeEnumType>>("type").Description("Its type.").Resolve(context => context.Source.Type);
        Field<NonNullGraphType<NodeReferenceType>>("from").Description("Where it starts.").Resolve(context => context.Source.From);
        Field<NonNullGraphType<NodeReferenceType>>("to").Description("Where it ends.").Resolve(context => context.Source.To);
        Field<StringGraphType>("role").Description("INVOLVES: the role.").Resolve(context => context.Source.Role);
        Field<ParticipationModeType>("mode").Description("PARTICIPATES_IN: Arena or Tribune.").Resolve(context => context.Source.Mode);
        Field<DateType>("since").Description("PARTICIPATES_IN: since when.").Resolve(context => context.Source.Since);
    }
}
