using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Practices;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>The root mutation fields for practices.</summary>
public static class PracticeMutations
{
    public static void AddPracticeMutations(this ObjectGraphType mutation)
    {
        mutation.WriteField<CreatePracticeInputType, CreatePracticePayloadType, CreatePracticeInput, PracticeWrites>(
            "createPractice",
            "Creates a learning practice, part of ateliers whose work you may change, each of them (Arena, trekker, programme committee).",
            (writes, editor, input, ct) => writes.CreateAsync(editor, input, ct));
        mutation.WriteField<UpdatePracticeInputType, UpdatePracticePayloadType, UpdatePracticeInput, PracticeWrites>(
            "updatePractice",
            "Changes a practice of an atelier whose work you may change (Arena, trekker, programme committee).",
            (writes, editor, input, ct) => writes.UpdateAsync(editor, input, ct));
        mutation.WriteField<AttachPracticeInputType, AttachPracticePayloadType, PracticeLinksInput, PracticeWrites>(
            "attachPractice",
            "Attaches ateliers, domains, levels and actors to a practice you may change; attaching an atelier also needs a right over that atelier, since the practice's lessons become its lessons.",
            (writes, editor, input, ct) => writes.AttachAsync(editor, input, ct));
        mutation.WriteField<DetachPracticeInputType, DetachPracticePayloadType, PracticeLinksInput, PracticeWrites>(
            "detachPractice",
            "Detaches ateliers, domains, levels and actors from a practice you may change; detaching an atelier also needs a right over that atelier, and a practice keeps at least one.",
            (writes, editor, input, ct) => writes.DetachAsync(editor, input, ct));
    }
}
