using System.Text.Json;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Turns domain nodes into Neo4j node properties and back; the one place that knows which property holds what. Every
/// kind has the same property names (those that do not apply are null, so Neo4j stores nothing), enum values are
/// their constants (<c>DRAFT</c>) and dates ISO text, so they sort as they compare.
/// </summary>
internal static class NodeProperties
{
    public const string Key = "key";
    public const string NameSort = "nameSort";
    public const string Status = "status";
    public const string SortDate = "sortDate";
    public const string Ordinal = "ordinal";
    public const string SearchNames = "searchNames";
    public const string SearchBody = "searchBody";

    /// <summary>Every property a node of the graph has, null where it does not apply (an import removes those).</summary>
    public static Dictionary<string, object?> From(GraphNode node)
    {
        string? nameEn = null, description = null, descriptionEn = null, summary = null, status = null, scope = null,
            evidence = null, category = null, place = null, municipality = null, endedOn = null;
        bool? formal = null, onCommittee = null;
        switch (node)
        {
            case Issue issue:
                (nameEn, description, descriptionEn) = (issue.Name.En, issue.Description.Nl, issue.Description.En);
                (status, endedOn) = (EnumNames.ToConstant(issue.Status), StoredText.Of(issue.EndedOn));
                break;
            case Condition condition:
                (nameEn, description, descriptionEn) = (condition.Name.En, condition.Description.Nl, condition.Description.En);
                break;
            case Level level:
                nameEn = level.Name.En;
                break;
            case Domain domain:
                nameEn = domain.Name.En;
                break;
            case Actor actor:
                (category, formal, description, onCommittee) =
                    (EnumNames.ToConstant(actor.Category), actor.Formal, actor.Description, actor.OnProgrammeCommittee);
                break;
            case Practice practice:
                (description, place, municipality) = (practice.Description, practice.Place, practice.Municipality);
                (status, endedOn) = (EnumNames.ToConstant(practice.Status), StoredText.Of(practice.EndedOn));
                break;
            case Lesson lesson:
                (summary, scope, evidence) = (lesson.Summary, EnumNames.ToConstant(lesson.Scope), EnumNames.ToConstant(lesson.Evidence));
                status = EnumNames.ToConstant(lesson.Status);
                break;
            default:
                throw new ArgumentException($"Node kind {node.Kind} is not known to the Neo4j store.", nameof(node));
        }

        return new()
        {
            [Key] = node.Key,
            ["name"] = node.DisplayName,
            [NameSort] = SortValues.Name(node),
            ["nameEn"] = nameEn,
            ["description"] = description,
            ["descriptionEn"] = descriptionEn,
            ["summary"] = summary,
            [Status] = status,
            ["scope"] = scope,
            ["evidence"] = evidence,
            ["category"] = category,
            ["formal"] = formal,
            ["onProgrammeCommittee"] = onCommittee,
            ["place"] = place,
            ["municipality"] = municipality,
            [SortDate] = SortValues.Date(node),
            ["endedOn"] = endedOn,
            [Ordinal] = SortValues.Ordinal(node),
            [SearchNames] = SearchText.Join(node.DisplayName, nameEn),
            [SearchBody] = SearchText.Join(summary, description, descriptionEn, place, municipality),
        };
    }

    /// <summary>The node of <paramref name="kind"/> whose properties Neo4j returned as a JSON map.</summary>
    public static GraphNode ToNode(NodeKind kind, JsonElement properties)
    {
        string? Text(string name) => properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        bool Flag(string name) => properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
        var key = Text(Key) ?? throw new InvalidOperationException("A stored node misses its key.");
        var name = Text("name") ?? "";
        return kind switch
        {
            NodeKind.Issue => new Issue(
                key,
                new LocalizedText(name, Text("nameEn")),
                new LocalizedText(Text("description") ?? "", Text("descriptionEn")),
                Parse<IssueStatus>(Text(Status)),
                StoredText.Date(Text(SortDate)),
                StoredText.DateOrNull(Text("endedOn"))),
            NodeKind.Condition => new Condition(
                Parse<ConditionKey>(key),
                new LocalizedText(name, Text("nameEn")),
                new LocalizedText(Text("description") ?? "", Text("descriptionEn"))),
            NodeKind.Level => new Level(
                Parse<LevelKey>(key),
                new LocalizedText(name, Text("nameEn")),
                properties.TryGetProperty(Ordinal, out var ordinal) && ordinal.ValueKind == JsonValueKind.Number ? ordinal.GetInt32() : 0),
            NodeKind.Domain => new Domain(key, new LocalizedText(name, Text("nameEn"))),
            NodeKind.Actor => new Actor(
                key, name, Parse<ActorCategory>(Text("category")), Flag("formal"), Text("description"), Flag("onProgrammeCommittee")),
            NodeKind.Practice => new Practice(
                key,
                name,
                Text("description") ?? "",
                Text("place") ?? "",
                Text("municipality") ?? "",
                Parse<PracticeStatus>(Text(Status)),
                StoredText.Date(Text(SortDate)),
                StoredText.DateOrNull(Text("endedOn"))),
            NodeKind.Lesson => new Lesson(
                key,
                name,
                Text("summary") ?? "",
                Parse<LessonScope>(Text("scope")),
                Parse<EvidenceKind>(Text("evidence")),
                StoredText.Date(Text(SortDate)),
                Parse<PublicationStatus>(Text(Status))),
            _ => throw new InvalidOperationException($"Stored node kind {kind} is not known."),
        };
    }

    /// <summary>A relationship's properties: role, mode, since (null where they do not apply, so an import removes them).</summary>
    public static Dictionary<string, object?> From(Relationship relationship) => new()
    {
        ["role"] = relationship.Role,
        ["mode"] = relationship.Mode is { } mode ? EnumNames.ToConstant(mode) : null,
        ["since"] = StoredText.Of(relationship.Since),
    };

    public static Relationship ToRelationship(RelationshipType type, NodeRef from, NodeRef to, string? role, string? mode, string? since) =>
        new(
            type,
            from,
            to,
            role,
            mode is not null && EnumNames.TryParse<ParticipationMode>(mode, out var parsed) ? parsed : null,
            StoredText.DateOrNull(since));

    /// <summary>The kind of a node label (the labels are the kinds' names).</summary>
    public static NodeKind KindOf(string label) => Enum.Parse<NodeKind>(label);

    /// <summary>The relationship type of a Neo4j relationship type name (PART_OF).</summary>
    public static RelationshipType TypeOf(string name) =>
        EnumNames.TryParse<RelationshipType>(name, out var type) ? type : throw new InvalidOperationException($"'{name}' is not a relationship type of the graph.");

    private static T Parse<T>(string? constant)
        where T : struct, Enum =>
        constant is not null && EnumNames.TryParse<T>(constant, out var value)
            ? value
            : throw new InvalidOperationException($"'{constant}' is not a stored {typeof(T).Name}.");
}
