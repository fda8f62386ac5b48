using GraphQL.Types;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Common;

/// <summary>The languages of names and descriptions.</summary>
public sealed class LanguageType : EnumerationGraphType<Language>
{
    public LanguageType()
    {
        Name = "Language";
        Description = "The language of a name or description: the data is Dutch first, with English labels.";
        Values["NL"]!.Description = "Dutch (Nederlands), the language of the source.";
        Values["EN"]!.Description = "English.";
    }
}
