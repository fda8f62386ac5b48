namespace Werkplaats.Graph.Core.Writing;

/// <summary>Why a write was refused; each code is a typed error of a mutation's payload.</summary>
public enum WriteErrorCode
{
    /// <summary>An input field breaks a rule; the error names the field and the rule.</summary>
    Validation,

    /// <summary>A referenced node does not exist, or the caller may not see it.</summary>
    NotFound,

    /// <summary>The write clashes with what is stored (e.g. a key that is taken).</summary>
    Conflict,

    /// <summary>The caller is signed in but has no right to this write.</summary>
    Forbidden,

    /// <summary>The caller is not signed in.</summary>
    Unauthenticated,
}

/// <summary>One reason a write was refused: the code, the input field it concerns (if any) and a message for people.</summary>
public sealed record WriteError(WriteErrorCode Code, string? Field, string Message)
{
    public static readonly WriteError Unauthenticated =
        new(WriteErrorCode.Unauthenticated, null, "Sign in to write: send a bearer token.");

    /// <summary>A field that breaks a rule; the message starts with the field and the rule, e.g. "title: required".</summary>
    public static WriteError Invalid(string field, string rule, string explanation) =>
        new(WriteErrorCode.Validation, field, $"{field}: {rule}: {explanation}");

    /// <summary>A reference in <paramref name="field"/> to nothing the caller may see.</summary>
    public static WriteError NotFound(string field, string key) =>
        new(WriteErrorCode.NotFound, field, $"{field}: nothing with key '{key}' exists that you may see.");

    /// <summary>A write the caller has no right to; <paramref name="right"/> completes "You may not ...".</summary>
    public static WriteError Forbidden(string field, string right) =>
        new(WriteErrorCode.Forbidden, field, $"You may not {right}.");
}

/// <summary>The outcome of a write: the key of the node written, or why nothing was written.</summary>
public sealed record WriteResult(string? Key, IReadOnlyList<WriteError> Errors)
{
    public static WriteResult Written(string key) => new(key, []);

    public static WriteResult Refused(params IReadOnlyList<WriteError> errors) => new(null, errors);
}

/// <summary>What every write's input has: the caller's idempotency key, if it sent one.</summary>
public interface IWriteInput
{
    string? IdempotencyKey { get; }
}
