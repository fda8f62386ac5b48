using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>What the agenda mutations return: the issue as it now is, or the reasons nothing was written.</summary>
public abstract class IssuePayloadType(string name, string written)
    : NodePayloadType<IssueType, Issue>(name, "issue", NodeKind.Issue, written);

/// <summary>The payload of startIssue.</summary>
public sealed class StartIssuePayloadType() : IssuePayloadType("StartIssuePayload", "the issue started");

/// <summary>The payload of mergeIssues.</summary>
public sealed class MergeIssuesPayloadType() : IssuePayloadType("MergeIssuesPayload", "the surviving issue, its mergedFrom including the merged one");

/// <summary>The payload of endIssue.</summary>
public sealed class EndIssuePayloadType() : IssuePayloadType("EndIssuePayload", "the issue, ended");

/// <summary>What the membership mutations return: the actor with its participations as they now are.</summary>
public abstract class MembershipPayloadType(string name, string written)
    : NodePayloadType<ActorType, Actor>(name, "actor", NodeKind.Actor, written);

/// <summary>The payload of addMembership.</summary>
public sealed class AddMembershipPayloadType() : MembershipPayloadType("AddMembershipPayload", "the actor, with its new participation");

/// <summary>The payload of removeMembership.</summary>
public sealed class RemoveMembershipPayloadType() : MembershipPayloadType("RemoveMembershipPayload", "the actor, without the participation");
