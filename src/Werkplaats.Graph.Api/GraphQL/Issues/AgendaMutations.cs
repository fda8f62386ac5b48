using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Agenda;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>The root mutation fields of the programme committee: the agenda and the Arenas and Tribunes.</summary>
public static class AgendaMutations
{
    public static void AddAgendaMutations(this ObjectGraphType mutation)
    {
        mutation.WriteField<StartIssueInputType, StartIssuePayloadType, StartIssueInput, AgendaWrites>(
            "startIssue", "Puts a new issue, with its atelier, on the agenda: the programme committee's right.",
            (writes, editor, input, ct) => writes.StartAsync(editor, input, ct));
        mutation.WriteField<MergeIssuesInputType, MergeIssuesPayloadType, MergeIssuesInput, AgendaWrites>(
            "mergeIssues",
            "Merges one active issue into another (MERGED_INTO): the merged issue's practices become part of the surviving one too, so they and their lessons stay reachable from it. The programme committee's right.",
            (writes, editor, input, ct) => writes.MergeAsync(editor, input, ct));
        mutation.WriteField<EndIssueInputType, EndIssuePayloadType, EndIssueInput, AgendaWrites>(
            "endIssue", "Ends an active issue (RETIRED); its practices and lessons stay. The programme committee's right.",
            (writes, editor, input, ct) => writes.EndAsync(editor, input, ct));
        mutation.WriteField<AddMembershipInputType, AddMembershipPayloadType, AddMembershipInput, AgendaWrites>(
            "addMembership",
            "Puts a partner in an atelier's Arena or on its Tribune (a member in the other mode moves); its rights follow on its next request. The programme committee's right.",
            (writes, editor, input, ct) => writes.AddMembershipAsync(editor, input, ct));
        mutation.WriteField<RemoveMembershipInputType, RemoveMembershipPayloadType, RemoveMembershipInput, AgendaWrites>(
            "removeMembership",
            "Takes a partner out of an atelier's Arena or Tribune; its rights follow on its next request. The programme committee's right.",
            (writes, editor, input, ct) => writes.RemoveMembershipAsync(editor, input, ct));
    }
}
