using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Practices;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>A party taking part in a practice, with its role.</summary>
public sealed class PracticeActorInputType : InputObjectGraphType<PracticeActorInput>
{
    public PracticeActorInputType()
    {
        Name = "PracticeActorInput";
        Description = "A party taking part in a practice (INVOLVES).";
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The actor's key.");
        Field<StringGraphType>("role").Description($"Its role in the practice (Dutch), at most {InputRules.MaxNameLength} characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PracticeActorInput((string)value["actor"]!, value.Optional("role") as string);
}

/// <summary>The input of createPractice.</summary>
public sealed class CreatePracticeInputType : InputObjectGraphType<CreatePracticeInput>
{
    public CreatePracticeInputType()
    {
        Name = "CreatePracticeInput";
        Description = "A new learning practice, part of one or more ateliers.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description($"The practice's key, chosen by you and never changed: a slug, at most {InputRules.MaxKeyLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"The practice's name (Dutch), at most {InputRules.MaxNameLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description($"What happens in it (Dutch), at most {InputRules.MaxTextLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("place").Description($"The wijk or dorp, at most {PracticeRules.MaxPlaceLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("municipality").Description($"The municipality, at most {PracticeRules.MaxPlaceLength} characters.");
        Field<NonNullGraphType<PracticeStatusType>>("status").Description("Planned, running or completed.");
        Field<NonNullGraphType<DateType>>("startedOn").Description("When it started (or starts).");
        Field<DateType>("endedOn").Description("When it ended; not before startedOn.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("issues")
            .Description("Keys of the ateliers it serves (PART_OF); at least one, each one whose work you may change.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description("Keys of its domains (IN_DOMAIN).");
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("levels").Description("The levels it works at (AT_LEVEL).");
        Field<ListGraphType<NonNullGraphType<PracticeActorInputType>>>("actors").Description("The parties taking part (INVOLVES).");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreatePracticeInput(
        (string)value["key"]!,
        (string)value["name"]!,
        (string)value["description"]!,
        (string)value["place"]!,
        (string)value["municipality"]!,
        (PracticeStatus)value["status"]!,
        (DateOnly)value["startedOn"]!,
        value.Optional("endedOn") as DateOnly?,
        value.List<string>("issues") ?? [],
        value.List<string>("domains") ?? [],
        value.List<LevelKey>("levels") ?? [],
        value.List<PracticeActorInput>("actors") ?? [],
        value.IdempotencyKey());
}

/// <summary>The input of updatePractice.</summary>
public sealed class UpdatePracticeInputType : InputObjectGraphType<UpdatePracticeInput>
{
    public UpdatePracticeInputType()
    {
        Name = "UpdatePracticeInput";
        Description = "Changes to a practice's own properties: a field left out stays as it is. Its ateliers, domains, levels and actors change with attachPractice and detachPractice.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of the practice to change.");
        Field<StringGraphType>("name").Description("The new name (Dutch).");
        Field<StringGraphType>("description").Description("The new description (Dutch).");
        Field<StringGraphType>("place").Description("The new wijk or dorp.");
        Field<StringGraphType>("municipality").Description("The new municipality.");
        Field<PracticeStatusType>("status").Description("The new status.");
        Field<DateType>("startedOn").Description("The new start date.");
        Field<DateType>("endedOn").Description("The end date; not before the start.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdatePracticeInput(
        (string)value["key"]!,
        value.Optional("name") as string,
        value.Optional("description") as string,
        value.Optional("place") as string,
        value.Optional("municipality") as string,
        value.Optional("status") as PracticeStatus?,
        value.Optional("startedOn") as DateOnly?,
        value.Optional("endedOn") as DateOnly?,
        value.IdempotencyKey());
}

/// <summary>The input of attachPractice and detachPractice: what to attach to a practice or detach from it.</summary>
public abstract class PracticeLinksInputType : InputObjectGraphType<PracticeLinksInput>
{
    protected PracticeLinksInputType(string name, string verb)
    {
        Name = name;
        Description = $"What to {verb} a practice; at least one atelier, domain, level or actor in all.";
        Field<NonNullGraphType<StringGraphType>>("practice").Description("The key of the practice.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("issues").Description("Keys of ateliers (PART_OF); each one whose work you may change.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description("Keys of domains (IN_DOMAIN).");
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("levels").Description("Levels (AT_LEVEL).");
        Field<ListGraphType<NonNullGraphType<PracticeActorInputType>>>("actors").Description("Parties (INVOLVES); an attached party already involved takes the role given, a detached party's role is ignored.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PracticeLinksInput(
        (string)value["practice"]!,
        value.List<string>("issues") ?? [],
        value.List<string>("domains") ?? [],
        value.List<LevelKey>("levels") ?? [],
        value.List<PracticeActorInput>("actors") ?? [],
        value.IdempotencyKey());
}

/// <summary>The input of attachPractice.</summary>
public sealed class AttachPracticeInputType() : PracticeLinksInputType("AttachPracticeInput", "attach to");

/// <summary>The input of detachPractice.</summary>
public sealed class DetachPracticeInputType() : PracticeLinksInputType("DetachPracticeInput", "detach from");
