using GuideGen.Core.Yaml;

namespace GuideGen.Tests.Yaml;

/// <summary>Short texts read again share one string; a text is never given another's string, whatever collides in the table.</summary>
public class ShortStringsTests
{
    [Fact]
    public void Every_text_gets_its_own_characters_back_even_when_slots_collide()
    {
        var random = new Random(1205);
        // Far more distinct texts than slots, from a small alphabet, so that slots are shared and overwritten all the time.
        for (var run = 0; run < 200_000; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, ShortStrings.MaxLength + 4)).Select(_ => "ab-1é"[random.Next(5)]).ToArray());

            ShortStrings.Of(text.AsSpan()).ShouldBe(text);
        }
    }

    [Fact]
    public void A_short_text_read_again_is_the_same_string_and_a_long_one_is_made_afresh()
    {
        var first = ShortStrings.Of("rec-0".AsSpan());
        ShortStrings.Of("rec-0".ToCharArray()).ShouldBeSameAs(first);

        var longText = new string('x', ShortStrings.MaxLength + 1);
        ShortStrings.Of(longText.AsSpan()).ShouldNotBeSameAs(ShortStrings.Of(longText.AsSpan()));
        ShortStrings.Of(longText.AsSpan()).ShouldBe(longText);
    }
}
