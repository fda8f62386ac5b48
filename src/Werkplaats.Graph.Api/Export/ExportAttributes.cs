using System.Globalization;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Export;

/// <summary>The value types an exported attribute can have; GraphML declares them, JSON writes them natively.</summary>
internal enum ExportValueType
{
    Text,
    Flag,
    Number,
}

/// <summary>An attribute of exported nodes or edges, with its camelCase name.</summary>
internal sealed record ExportAttribute(string Name, ExportValueType Type);

/// <summary>One attribute's value: a string, a bool or an int, as <see cref="ExportAttribute.Type"/> says.</summary>
internal readonly record struct ExportValue(ExportAttribute Attribute, object Value);

/// <summary>
/// The one catalogue of what an export says about nodes and relationships, shared by every format so they never
/// drift apart. Enum values are written as the schema's constants (<c>PUBLISHED</c>), dates as ISO days.
/// </summary>
internal static class ExportAttributes
{
    public static readonly ExportAttribute Kind = new("kind", ExportValueType.Text);
    public static readonly ExportAttribute Key = new("key", ExportValueType.Text);
    public static readonly ExportAttribute Label = new("label", ExportValueType.Text);
    public static readonly ExportAttribute Status = new("status", ExportValueType.Text);
    public static readonly ExportAttribute Scope = new("scope", ExportValueType.Text);
    public static readonly ExportAttribute Evidence = new("evidence", ExportValueType.Text);
    public static readonly ExportAttribute LearnedOn = new("learnedOn", ExportValueType.Text);
    public static readonly ExportAttribute StartedOn = new("startedOn", ExportValueType.Text);
    public static readonly ExportAttribute EndedOn = new("endedOn", ExportValueType.Text);
    public static readonly ExportAttribute Category = new("category", ExportValueType.Text);
    public static readonly ExportAttribute Formal = new("formal", ExportValueType.Flag);
    public static readonly ExportAttribute Place = new("place", ExportValueType.Text);
    public static readonly ExportAttribute Municipality = new("municipality", ExportValueType.Text);
    public static readonly ExportAttribute Ordinal = new("ordinal", ExportValueType.Number);

    public static readonly ExportAttribute Type = new("type", ExportValueType.Text);
    public static readonly ExportAttribute Role = new("role", ExportValueType.Text);
    public static readonly ExportAttribute Mode = new("mode", ExportValueType.Text);
    public static readonly ExportAttribute Since = new("since", ExportValueType.Text);

    public static IReadOnlyList<ExportAttribute> NodeAttributes { get; } =
        [Kind, Key, Label, Status, Scope, Evidence, LearnedOn, StartedOn, EndedOn, Category, Formal, Place, Municipality, Ordinal];

    public static IReadOnlyList<ExportAttribute> EdgeAttributes { get; } = [Type, Role, Mode, Since];

    /// <summary>The node's kind, key and label, then the main properties of its kind; absent values are left out.</summary>
    public static IReadOnlyList<ExportValue> Of(GraphNode node) =>
        [new(Kind, node.Kind.ToString()), new(Key, node.Key), new(Label, node.DisplayName), .. Present(PropertiesOf(node))];

    /// <summary>The relationship's type (PART_OF, ...) and whichever of role, mode and since it has.</summary>
    public static IReadOnlyList<ExportValue> Of(Relationship relationship) =>
    [
        new(Type, RelationshipSchema.GraphName(relationship.Type)),
        .. Present([Text(Role, relationship.Role), Constant(Mode, relationship.Mode), Day(Since, relationship.Since)]),
    ];

    private static IEnumerable<ExportValue?> PropertiesOf(GraphNode node) => node switch
    {
        Issue issue => [Constant(Status, issue.Status), Day(StartedOn, issue.StartedOn), Day(EndedOn, issue.EndedOn)],
        Level level => [new ExportValue(Ordinal, level.Ordinal)],
        Actor actor => [Constant(Category, actor.Category), new ExportValue(Formal, actor.Formal)],
        Practice practice =>
        [
            Text(Place, practice.Place), Text(Municipality, practice.Municipality), Constant(Status, practice.Status),
            Day(StartedOn, practice.StartedOn), Day(EndedOn, practice.EndedOn),
        ],
        Lesson lesson =>
        [
            Constant(Scope, lesson.Scope), Constant(Evidence, lesson.Evidence), Constant(Status, lesson.Status),
            Day(LearnedOn, lesson.LearnedOn),
        ],
        _ => [],
    };

    private static IEnumerable<ExportValue> Present(IEnumerable<ExportValue?> values) => values.OfType<ExportValue>();

    private static ExportValue? Text(ExportAttribute attribute, string? value) => value is null ? null : new(attribute, value);

    private static ExportValue? Constant(ExportAttribute attribute, Enum? value) =>
        value is null ? null : new(attribute, EnumNames.ToConstant(value));

    private static ExportValue? Day(ExportAttribute attribute, DateOnly? value) =>
        value is { } day ? new(attribute, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
}
