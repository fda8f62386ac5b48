using System.Globalization;
using System.Text.RegularExpressions;
using Werkplaats.Graph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>
/// Reads the fields of one YAML mapping: an entry of a section, or a nested item such as <c>{ actor: ..., role: ... }</c>.
/// Every getter reports what is wrong (missing field, wrong node type, malformed value) and returns null or nothing
/// instead of throwing. The fields asked for are the allowed ones, so a mapper reads every field, whatever it found
/// before, and then calls <see cref="ReportUnknownFields"/>.
/// </summary>
internal sealed partial class EntryReader
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly SeedDocument _document;
    private readonly YamlMappingNode _mapping;
    private readonly ProblemLog _log;
    private readonly List<string> _allowedFields = [];

    private EntryReader(SeedDocument document, YamlMappingNode mapping, string subject, ProblemLog log)
    {
        _document = document;
        _mapping = mapping;
        _log = log;
        Subject = subject;
    }

    /// <summary>How problems name this entry, e.g. <c>lesson 'x'</c>.</summary>
    public string Subject { get; }

    public SeedLocation At => _document.At(_mapping);

    /// <summary>A reader for an entry of a section, named by its kind and (if it has a usable one) its key.</summary>
    public static EntryReader ForEntry(SeedDocument document, YamlMappingNode mapping, string kindName, ProblemLog log)
    {
        var key = FindChild(mapping, "key") is YamlScalarNode { Value.Length: > 0 } scalar ? scalar.Value : null;
        var subject = key is null ? $"{kindName} without a key" : $"{kindName} '{key}'";
        return new EntryReader(document, mapping, subject, log);
    }

    public string? Text(string field) => Scalar(field, Occurs.Required)?.Value;

    public string? OptionalText(string field) => Scalar(field, Occurs.Optional)?.Value;

    /// <summary>A key of this entry: a slug of lower-case letters, digits and single hyphens.</summary>
    public Located<string>? Slug(string field)
    {
        if (Scalar(field, Occurs.Required) is not { Value: { } value } scalar)
        {
            return null;
        }

        if (!NodeKeys.IsSlug(value))
        {
            Report(scalar, $"{Subject}: {field} '{value}' is not a valid key; use lower-case letters, digits and "
                + "single hyphens, e.g. armoede-en-schulden");
        }

        // A malformed key still identifies the entry, so references to it are not reported as dangling as well.
        return new Located<string>(value, _document.At(scalar));
    }

    /// <summary>An enum value written as its constant, e.g. <c>SOCIAL_COHESION</c>; <paramref name="valueName"/> names it in problems.</summary>
    public Located<T>? Constant<T>(string field, string valueName, Occurs occurs = Occurs.Required)
        where T : struct, Enum =>
        Scalar(field, occurs) is { } scalar ? ParseConstant<T>(scalar, valueName) : null;

    public IReadOnlyList<Located<T>> Constants<T>(string field, string valueName, Occurs occurs)
        where T : struct, Enum =>
        [.. Scalars(field, occurs).Select(scalar => ParseConstant<T>(scalar, valueName)).OfType<Located<T>>()];

    /// <summary>
    /// Taxonomy values (conditions, levels) that name nodes: as the keys of those nodes, valid values only, since the
    /// others are reported here already.
    /// </summary>
    public IReadOnlyList<Located<string>> ConstantKeys<T>(string field, string valueName, Occurs occurs)
        where T : struct, Enum =>
        [.. Constants<T>(field, valueName, occurs).Select(value => value.Select(EnumNames.ToConstant))];

    /// <summary>The key of another entry, as written; whether it exists is checked once everything is read.</summary>
    public Located<string>? Reference(string field, Occurs occurs) =>
        Scalar(field, occurs) is { Value: { } value } scalar ? new Located<string>(value, _document.At(scalar)) : null;

    /// <summary>Keys of other entries, as written; whether they exist is checked once everything is read.</summary>
    public IReadOnlyList<Located<string>> References(string field, Occurs occurs) =>
        [.. Scalars(field, occurs).Select(scalar => new Located<string>(scalar.Value ?? "", _document.At(scalar)))];

    public DateOnly? Date(string field, Occurs occurs = Occurs.Required)
    {
        if (Scalar(field, occurs) is not { Value: { } value } scalar)
        {
            return null;
        }

        if (DatePattern().IsMatch(value)
            && DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(scalar, $"{Subject}: {field} '{value}' is not a date; write it as YYYY-MM-DD");
        return null;
    }

    public int? Integer(string field)
    {
        if (Scalar(field, Occurs.Required) is not { Value: { } value } scalar)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Report(scalar, $"{Subject}: {field} '{value}' is not a whole number");
        return null;
    }

    public bool? Boolean(string field, Occurs occurs = Occurs.Required)
    {
        if (Scalar(field, occurs) is not { Value: { } value } scalar)
        {
            return null;
        }

        if (bool.TryParse(value, out var boolean))
        {
            return boolean;
        }

        Report(scalar, $"{Subject}: {field} '{value}' should be true or false");
        return null;
    }

    /// <summary>A Dutch text with an optional English one: <c>{ nl: ..., en: ... }</c>.</summary>
    public LocalizedText? Localized(string field)
    {
        if (Mapping(field) is not { } mapping)
        {
            return null;
        }

        var text = new EntryReader(_document, mapping, $"{Subject}, {field}", _log);
        var dutch = text.Text("nl");
        var english = text.OptionalText("en");
        text.ReportUnknownFields();
        return dutch is null ? null : new LocalizedText(dutch, english);
    }

    /// <summary>The items of a list of mappings, e.g. <c>arena: [{ actor: ..., since: ... }]</c>, each with its own reader.</summary>
    public IReadOnlyList<EntryReader> Items(string field, Occurs occurs)
    {
        var items = new List<EntryReader>();
        foreach (var node in Sequence(field, occurs))
        {
            if (node is YamlMappingNode mapping)
            {
                items.Add(new EntryReader(_document, mapping, $"{Subject}, {field} entry", _log));
            }
            else
            {
                Report(node, $"{Subject}: each entry of '{field}' should be a mapping, not {YamlNodes.Describe(node)}");
            }
        }

        return items;
    }

    /// <summary>Reports a rule broken by this entry at the field it concerns, or at the entry when the field is absent.</summary>
    public void Report(string field, string message) =>
        _log.Report(FindChild(_mapping, field) is { } node ? _document.At(node) : At, message);

    public void Report(SeedLocation at, string message) => _log.Report(at, message);

    /// <summary>Reports every field of the mapping that no getter asked for.</summary>
    public void ReportUnknownFields()
    {
        foreach (var name in _mapping.Children.Keys)
        {
            var field = (name as YamlScalarNode)?.Value;
            if (field is null || !_allowedFields.Contains(field, StringComparer.Ordinal))
            {
                Report(name, $"{Subject}: unknown field '{field ?? YamlNodes.Describe(name)}'; allowed fields are "
                    + string.Join(", ", _allowedFields));
            }
        }
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    private static YamlNode? FindChild(YamlMappingNode mapping, string field) =>
        mapping.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var name } && name == field).Value;

    /// <summary>The field's value, or null when it is absent or written as nothing (reported when it is needed).</summary>
    private YamlNode? Field(string field, Occurs occurs)
    {
        _allowedFields.Add(field);
        var node = FindChild(_mapping, field);
        if (node is not null && !YamlNodes.IsNull(node))
        {
            return node;
        }

        if (occurs != Occurs.Optional)
        {
            _log.Report(node is null ? At : _document.At(node), $"{Subject}: missing required field '{field}'");
        }

        return null;
    }

    private YamlScalarNode? Scalar(string field, Occurs occurs) => Expect<YamlScalarNode>(field, occurs, "a single value");

    private YamlMappingNode? Mapping(string field) => Expect<YamlMappingNode>(field, Occurs.Required, "a mapping");

    private IReadOnlyList<YamlNode> Sequence(string field, Occurs occurs)
    {
        if (Expect<YamlSequenceNode>(field, occurs, "a list") is not { } sequence)
        {
            return [];
        }

        if (sequence.Children.Count == 0 && occurs == Occurs.AtLeastOne)
        {
            Report(sequence, $"{Subject}: '{field}' needs at least one entry");
        }

        return [.. sequence.Children];
    }

    /// <summary>The field's value when it has the expected shape; a value of another shape is reported.</summary>
    private TNode? Expect<TNode>(string field, Occurs occurs, string expected)
        where TNode : YamlNode
    {
        var node = Field(field, occurs);
        if (node is null or TNode)
        {
            return (TNode?)node;
        }

        Report(node, $"{Subject}: '{field}' should be {expected}, not {YamlNodes.Describe(node)}");
        return null;
    }

    private IEnumerable<YamlScalarNode> Scalars(string field, Occurs occurs)
    {
        foreach (var node in Sequence(field, occurs))
        {
            if (node is YamlScalarNode scalar)
            {
                yield return scalar;
            }
            else
            {
                Report(node, $"{Subject}: each entry of '{field}' should be a single value, not {YamlNodes.Describe(node)}");
            }
        }
    }

    private Located<T>? ParseConstant<T>(YamlScalarNode scalar, string valueName)
        where T : struct, Enum
    {
        if (EnumNames.TryParse<T>(scalar.Value ?? "", out var value))
        {
            return new Located<T>(value, _document.At(scalar));
        }

        Report(scalar, $"{Subject}: unknown {valueName} '{scalar.Value}'; expected one of "
            + string.Join(", ", EnumNames.AllConstants<T>()));
        return null;
    }

    private void Report(YamlNode node, string message) => _log.Report(_document.At(node), message);
}
