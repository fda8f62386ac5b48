using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Agenda;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>The input of startIssue.</summary>
public sealed class StartIssueInputType : InputObjectGraphType<StartIssueInput>
{
    public StartIssueInputType()
    {
        Name = "StartIssueInput";
        Description = "A new social issue on the agenda; it starts ACTIVE.";
        Field<NonNullGraphType<StringGraphType>>("key").Description($"The issue's key, chosen by you and never changed: a slug, at most {InputRules.MaxKeyLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"The name in Dutch, at most {InputRules.MaxNameLength} characters.");
        Field<StringGraphType>("nameEn").Description("The name in English.");
        Field<NonNullGraphType<StringGraphType>>("description").Description($"What the issue is about (Dutch), at most {InputRules.MaxTextLength} characters.");
        Field<StringGraphType>("descriptionEn").Description("The description in English.");
        Field<NonNullGraphType<DateType>>("startedOn").Description("When the atelier starts.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StartIssueInput(
        (string)value["key"]!,
        (string)value["name"]!,
        value.Optional("nameEn") as string,
        (string)value["description"]!,
        value.Optional("descriptionEn") as string,
        (DateOnly)value["startedOn"]!,
        value.IdempotencyKey());
}

/// <summary>The input of mergeIssues.</summary>
public sealed class MergeIssuesInputType : InputObjectGraphType<MergeIssuesInput>
{
    public MergeIssuesInputType()
    {
        Name = "MergeIssuesInput";
        Description = "Two active issues: the one merged, and the one it is merged into.";
        Field<NonNullGraphType<StringGraphType>>("merged").Description("The key of the issue that is merged (it becomes MERGED).");
        Field<NonNullGraphType<StringGraphType>>("into").Description("The key of the issue that survives.");
        Field<NonNullGraphType<DateType>>("on").Description("The date of the merge: the merged issue's endedOn.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MergeIssuesInput(
        (string)value["merged"]!, (string)value["into"]!, (DateOnly)value["on"]!, value.IdempotencyKey());
}

/// <summary>The input of endIssue.</summary>
public sealed class EndIssueInputType : InputObjectGraphType<EndIssueInput>
{
    public EndIssueInputType()
    {
        Name = "EndIssueInput";
        Description = "An active issue to end.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of the issue.");
        Field<NonNullGraphType<DateType>>("endedOn").Description("When it ended; not before it started.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new EndIssueInput((string)value["key"]!, (DateOnly)value["endedOn"]!, value.IdempotencyKey());
}

/// <summary>The input of addMembership.</summary>
public sealed class AddMembershipInputType : InputObjectGraphType<AddMembershipInput>
{
    public AddMembershipInputType()
    {
        Name = "AddMembershipInput";
        Description = "A partner to put in an atelier's Arena or on its Tribune (PARTICIPATES_IN).";
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The actor's key.");
        Field<NonNullGraphType<StringGraphType>>("issue").Description("The issue's (atelier's) key.");
        Field<NonNullGraphType<ParticipationModeType>>("mode").Description("ARENA or TRIBUNE.");
        Field<DateType>("since").Description("Since when; today when left out.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AddMembershipInput(
        (string)value["actor"]!, (string)value["issue"]!, (ParticipationMode)value["mode"]!, value.Optional("since") as DateOnly?, value.IdempotencyKey());
}

/// <summary>The input of removeMembership.</summary>
public sealed class RemoveMembershipInputType : InputObjectGraphType<RemoveMembershipInput>
{
    public RemoveMembershipInputType()
    {
        Name = "RemoveMembershipInput";
        Description = "A partner to take out of an atelier's Arena or Tribune.";
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The actor's key.");
        Field<NonNullGraphType<StringGraphType>>("issue").Description("The issue's (atelier's) key.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RemoveMembershipInput((string)value["actor"]!, (string)value["issue"]!, value.IdempotencyKey());
}
