using Microsoft.Extensions.Time.Testing;
using Werkplaats.Graph.Api.Caching;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// The exact-request layer of the response cache: it answers only at the data version an answer was given at, never
/// lets a late request of an older version push out a newer one's answers, stays within its bytes, and forgets
/// everything after its lifetime.
/// </summary>
public sealed class ExactRequestAnswersTests
{
    private static readonly DataVersion _v1 = new("store", 1);
    private static readonly DataVersion _v2 = new("store", 2);
    private readonly FakeTimeProvider _time = new();
    private readonly CachedResponse _answer = CachedResponse.Of("{\"data\":{}}"u8.ToArray());

    [Fact]
    public void AnAnswer_IsFoundAtItsVersion_Only()
    {
        var answers = new ExactRequestAnswers(1_000, TimeSpan.FromMinutes(1), _time);

        answers.Remember(_v1, "k", _answer);

        Assert.Same(_answer, answers.Find(_v1, "k"));
        Assert.Null(answers.Find(_v2, "k"));
        Assert.Null(answers.Find(_v1, "other"));
    }

    [Fact]
    public void AnAnswerAtANewerVersion_ForgetsTheOlderOnes()
    {
        var answers = new ExactRequestAnswers(1_000, TimeSpan.FromMinutes(1), _time);
        answers.Remember(_v1, "old", _answer);

        answers.Remember(_v2, "new", _answer);

        Assert.Null(answers.Find(_v1, "old"));
        Assert.Same(_answer, answers.Find(_v2, "new"));
    }

    [Fact]
    public void ALateAnswerOfAnOlderVersion_IsNotKept_AndKeepsTheNewerOnes()
    {
        var answers = new ExactRequestAnswers(1_000, TimeSpan.FromMinutes(1), _time);
        answers.Remember(_v2, "new", _answer);

        answers.Remember(_v1, "late", _answer);

        Assert.Null(answers.Find(_v1, "late"));
        Assert.Same(_answer, answers.Find(_v2, "new"));
    }

    [Fact]
    public void AnotherStore_StartsAfresh()
    {
        var answers = new ExactRequestAnswers(1_000, TimeSpan.FromMinutes(1), _time);
        answers.Remember(_v2, "k", _answer);
        var copied = new DataVersion("copy", 1);

        answers.Remember(copied, "k", _answer);

        Assert.Same(_answer, answers.Find(copied, "k"));
        Assert.Null(answers.Find(_v2, "k"));
    }

    [Fact]
    public void BeyondItsBytes_NothingMoreIsKept()
    {
        // Each entry counts its body and its one-letter key (two bytes).
        var size = _answer.Body.Length + sizeof(char);
        var answers = new ExactRequestAnswers(2 * size, TimeSpan.FromMinutes(1), _time);

        answers.Remember(_v1, "a", _answer);
        answers.Remember(_v1, "a", _answer);
        answers.Remember(_v1, "b", _answer);
        answers.Remember(_v1, "c", _answer);

        Assert.Equal([true, true, false], new[] { "a", "b", "c" }.Select(key => answers.Find(_v1, key) is not null));
    }

    [Fact]
    public void NoBytes_TurnsTheLayerOff()
    {
        var answers = new ExactRequestAnswers(0, TimeSpan.FromMinutes(1), _time);

        answers.Remember(_v1, "k", _answer);

        Assert.Null(answers.Find(_v1, "k"));
    }

    [Fact]
    public void AfterItsLifetime_EverythingIsForgotten_AndKeptAgainAfresh()
    {
        var answers = new ExactRequestAnswers(1_000, TimeSpan.FromMinutes(1), _time);
        answers.Remember(_v1, "k", _answer);

        _time.Advance(TimeSpan.FromSeconds(61));
        var expired = answers.Find(_v1, "k");
        answers.Remember(_v1, "again", _answer);

        Assert.Null(expired);
        Assert.Null(answers.Find(_v1, "k"));
        Assert.Same(_answer, answers.Find(_v1, "again"));
    }
}
