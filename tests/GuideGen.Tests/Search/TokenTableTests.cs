using GuideGen.Search;

namespace GuideGen.Tests.Search;

/// <summary>The indexer's table of raw tokens finds every token it was given, by its characters, across growth and hash collisions.</summary>
public class TokenTableTests
{
    [Fact]
    public void Finds_every_token_added_and_no_other()
    {
        var table = new TokenTable();
        var tokens = Enumerable.Range(0, 5000).Select(i => "t" + i).Append("").Append("T0").ToList();
        foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
        {
            table.TryGet(token, TokenTable.Hash(token), out _).ShouldBeFalse();
            table.Add(token, TokenTable.Hash(token), (i, -i));
        }
        table.Count.ShouldBe(tokens.Count);
        foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
        {
            table.TryGet(("x" + token + "y").AsSpan(1, token.Length), TokenTable.Hash(token), out var value).ShouldBeTrue();
            value.ShouldBe((i, -i));
        }
        table.TryGet("t5000", TokenTable.Hash("t5000"), out _).ShouldBeFalse();
    }

    [Fact]
    public void Tokens_with_the_same_hash_are_told_apart()
    {
        var table = new TokenTable();
        table.Add("a", 7, (1, 1));
        table.Add("b", 7, (2, 2));
        table.TryGet("b", 7, out var b).ShouldBeTrue();
        b.ShouldBe((2, 2));
        table.TryGet("a", 7, out var a).ShouldBeTrue();
        a.ShouldBe((1, 1));
        table.TryGet("c", 7, out _).ShouldBeFalse();
    }
}
