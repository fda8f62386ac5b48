using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Agenda;

/// <summary>A new issue on the agenda, with its atelier, active from <see cref="StartedOn"/>.</summary>
public sealed record StartIssueInput(
    string Key, string Name, string? NameEn, string Description, string? DescriptionEn, DateOnly StartedOn, string? IdempotencyKey) : IWriteInput;

/// <summary>Merges the issue <see cref="Merged"/> into <see cref="Into"/> on <see cref="On"/>.</summary>
public sealed record MergeIssuesInput(string Merged, string Into, DateOnly On, string? IdempotencyKey) : IWriteInput;

/// <summary>Ends (retires) an issue on <see cref="EndedOn"/>.</summary>
public sealed record EndIssueInput(string Key, DateOnly EndedOn, string? IdempotencyKey) : IWriteInput;

/// <summary>Puts an actor in an atelier's Arena or on its Tribune (PARTICIPATES_IN), since a date.</summary>
public sealed record AddMembershipInput(string Actor, string Issue, ParticipationMode Mode, DateOnly? Since, string? IdempotencyKey) : IWriteInput;

/// <summary>Takes an actor out of an atelier's Arena or Tribune.</summary>
public sealed record RemoveMembershipInput(string Actor, string Issue, string? IdempotencyKey) : IWriteInput;
