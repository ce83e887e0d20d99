namespace GuideGen.Search;

/// <summary>
/// Martin Porter's English stemmer (1980), with Porter2's -ly rule, so that "errors", "falls" and "supervising" find "error",
/// "falling" and "supervision". The browser stems queries with the same algorithm
/// (templates/assets/stemmer.js), written step for step alike; a test runs both on every word of the
/// bundled guide and requires the same stems. Only words of three or more plain letters a-z are stemmed.
/// </summary>
public static class PorterStemmer
{
    private static readonly string[] Step2 =
    [
        "ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "bli", "ble",
        "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize", "ation", "ate", "ator", "ate",
        "alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al", "iviti", "ive", "biliti", "ble", "logi", "log",
    ];

    private static readonly string[] Step3 = ["icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", ""];

    private static readonly string[] Step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    public static string Stem(string word)
    {
        if (word.Length < 3 || !IsPlainLetters(word)) return word;
        var w = word;

        // Step 1a: plurals.
        if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^2];
        else if (!w.EndsWith("ss", StringComparison.Ordinal) && w.EndsWith('s')) w = w[..^1];

        // Step 1b: -eed, -ed, -ing.
        var tidy = false;
        if (w.EndsWith("eed", StringComparison.Ordinal)) { if (Measure(w, w.Length - 3) > 0) w = w[..^1]; }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w, w.Length - 2)) { w = w[..^2]; tidy = true; }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3)) { w = w[..^3]; tidy = true; }
        if (tidy)
        {
            if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal)) w += "e";
            else if (DoubleConsonant(w, w.Length) && w[^1] is not ('l' or 's' or 'z')) w = w[..^1];
            else if (Measure(w, w.Length) == 1 && Cvc(w, w.Length)) w += "e";
        }

        // Step 1c: y to i after a vowel in the stem.
        if (w.EndsWith('y') && HasVowel(w, w.Length - 1)) w = w[..^1] + "i";

        if (!Step2Suffix(w) && AdverbLi(word, w)) w = w[..^2];
        w = ReplaceFirst(w, Step2, 0);
        w = ReplaceFirst(w, Step3, 0);

        // Step 4: remove a suffix where the stem has measure above 1 (-ion only after s or t).
        foreach (var suffix in Step4)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var at = w.Length - suffix.Length;
            if (Measure(w, at) > 1 && (suffix != "ion" || (at > 0 && w[at - 1] is 's' or 't'))) w = w[..at];
            break;
        }

        // Step 5: a final -e, and -ll.
        if (w.EndsWith('e'))
        {
            var m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !Cvc(w, w.Length - 1))) w = w[..^1];
        }
        else if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w, w.Length) > 1) w = w[..^1];
        return w;
    }

    // Porter's later English stemmer (Porter2) also drops an adverb's -ly after these letters, so that
    // "covertly" finds "covert" and "regularly" "regular"; its exceptions keep "only" and "early" apart.
    private static readonly string[] LiExceptions = ["early", "only", "idly", "gently", "ugly", "singly"];

    private static bool AdverbLi(string word, string w) =>
        w.EndsWith("li", StringComparison.Ordinal) && w.Length > 2 && "cdeghkmnrt".Contains(w[^3])
        && Measure(w, w.Length - 2) > 0 && Array.IndexOf(LiExceptions, word) < 0;

    private static bool Step2Suffix(string w)
    {
        for (var i = 0; i < Step2.Length; i += 2) if (w.EndsWith(Step2[i], StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsPlainLetters(string word)
    {
        foreach (var c in word) if (c is < 'a' or > 'z') return false;
        return true;
    }

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m: the number of vowel-consonant sequences in w[0..end).</summary>
    private static int Measure(string w, int end)
    {
        int n = 0, i = 0;
        while (i < end && IsConsonant(w, i)) i++;
        while (i < end)
        {
            while (i < end && !IsConsonant(w, i)) i++;
            if (i >= end) break;
            n++;
            while (i < end && IsConsonant(w, i)) i++;
        }
        return n;
    }

    private static bool HasVowel(string w, int end)
    {
        for (var i = 0; i < end; i++) if (!IsConsonant(w, i)) return true;
        return false;
    }

    private static bool DoubleConsonant(string w, int end) => end >= 2 && w[end - 1] == w[end - 2] && IsConsonant(w, end - 1);

    /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool Cvc(string w, int end) =>
        end >= 3 && IsConsonant(w, end - 1) && !IsConsonant(w, end - 2) && IsConsonant(w, end - 3) && w[end - 1] is not ('w' or 'x' or 'y');

    /// <summary>Replaces the first listed suffix the word ends with, when the stem before it has measure above min.</summary>
    private static string ReplaceFirst(string w, string[] rules, int min)
    {
        for (var i = 0; i < rules.Length; i += 2)
        {
            if (!w.EndsWith(rules[i], StringComparison.Ordinal)) continue;
            var stem = w.Length - rules[i].Length;
            return Measure(w, stem) > min ? w[..stem] + rules[i + 1] : w;
        }
        return w;
    }
}
