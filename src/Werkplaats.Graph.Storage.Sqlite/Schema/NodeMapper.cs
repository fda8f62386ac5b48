using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>Turns domain nodes into Nodes rows and back; the one place that knows which column holds what.</summary>
internal static class NodeMapper
{
    public static NodeEntity ToEntity(GraphNode node)
    {
        var entity = new NodeEntity
        {
            Kind = node.Kind,
            Key = node.Key,
            Name = node.DisplayName,
            NameSort = SortValues.Name(node),
            SortDate = SortValues.Date(node),
            Ordinal = SortValues.Ordinal(node),
        };
        switch (node)
        {
            case Issue issue:
                entity.NameEn = issue.Name.En;
                entity.Description = issue.Description.Nl;
                entity.DescriptionEn = issue.Description.En;
                entity.Status = EnumNames.ToConstant(issue.Status);
                entity.EndedOn = StoredText.Of(issue.EndedOn);
                break;
            case Condition condition:
                entity.NameEn = condition.Name.En;
                entity.Description = condition.Description.Nl;
                entity.DescriptionEn = condition.Description.En;
                break;
            case Level level:
                entity.NameEn = level.Name.En;
                break;
            case Domain domain:
                entity.NameEn = domain.Name.En;
                break;
            case Actor actor:
                entity.Category = EnumNames.ToConstant(actor.Category);
                entity.Formal = actor.Formal;
                entity.Description = actor.Description;
                entity.OnProgrammeCommittee = actor.OnProgrammeCommittee;
                break;
            case Practice practice:
                entity.Description = practice.Description;
                entity.Place = practice.Place;
                entity.Municipality = practice.Municipality;
                entity.Status = EnumNames.ToConstant(practice.Status);
                entity.EndedOn = StoredText.Of(practice.EndedOn);
                break;
            case Lesson lesson:
                entity.Summary = lesson.Summary;
                entity.Scope = EnumNames.ToConstant(lesson.Scope);
                entity.Evidence = EnumNames.ToConstant(lesson.Evidence);
                entity.Status = EnumNames.ToConstant(lesson.Status);
                break;
            default:
                throw new ArgumentException($"Node kind {node.Kind} is not known to the SQLite store.", nameof(node));
        }

        return entity;
    }

    public static GraphNode ToNode(NodeEntity row) => row.Kind switch
    {
        NodeKind.Issue => new Issue(
            row.Key,
            new LocalizedText(row.Name, row.NameEn),
            new LocalizedText(row.Description ?? "", row.DescriptionEn),
            Parse<IssueStatus>(row.Status),
            StoredText.Date(row.SortDate),
            StoredText.DateOrNull(row.EndedOn)),
        NodeKind.Condition => new Condition(
            Parse<ConditionKey>(row.Key),
            new LocalizedText(row.Name, row.NameEn),
            new LocalizedText(row.Description ?? "", row.DescriptionEn)),
        NodeKind.Level => new Level(Parse<LevelKey>(row.Key), new LocalizedText(row.Name, row.NameEn), row.Ordinal ?? 0),
        NodeKind.Domain => new Domain(row.Key, new LocalizedText(row.Name, row.NameEn)),
        NodeKind.Actor => new Actor(
            row.Key,
            row.Name,
            Parse<ActorCategory>(row.Category),
            row.Formal ?? false,
            row.Description,
            row.OnProgrammeCommittee ?? false),
        NodeKind.Practice => new Practice(
            row.Key,
            row.Name,
            row.Description ?? "",
            row.Place ?? "",
            row.Municipality ?? "",
            Parse<PracticeStatus>(row.Status),
            StoredText.Date(row.SortDate),
            StoredText.DateOrNull(row.EndedOn)),
        NodeKind.Lesson => new Lesson(
            row.Key,
            row.Name,
            row.Summary ?? "",
            Parse<LessonScope>(row.Scope),
            Parse<EvidenceKind>(row.Evidence),
            StoredText.Date(row.SortDate),
            Parse<PublicationStatus>(row.Status)),
        _ => throw new InvalidOperationException($"Stored node kind {row.Kind} is not known."),
    };

    private static T Parse<T>(string? constant)
        where T : struct, Enum =>
        constant is not null && EnumNames.TryParse<T>(constant, out var value)
            ? value
            : throw new InvalidOperationException($"'{constant}' is not a stored {typeof(T).Name}.");
}
