/* GuideGen English stemmer: Martin Porter's algorithm (1980) with Porter2's -ly rule, so that "errors", "falls" and
   "supervising" find "error", "falling" and "supervision". The build stems the index with the same
   algorithm (src/GuideGen.Search/PorterStemmer.cs); a test runs both on every word of the bundled
   guide and requires the same stems. Only words of three or more plain letters a-z are stemmed. */
(function (global) {
  "use strict";

  function isConsonant(w, i) {
    var c = w.charAt(i);
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
    if (c === "y") return i === 0 ? true : !isConsonant(w, i - 1);
    return true;
  }

  /** m: the number of vowel-consonant sequences in w[0..end). */
  function measure(w, end) {
    var n = 0, i = 0;
    while (i < end && isConsonant(w, i)) i++;
    while (i < end) {
      while (i < end && !isConsonant(w, i)) i++;
      if (i >= end) break;
      n++;
      while (i < end && isConsonant(w, i)) i++;
    }
    return n;
  }

  function hasVowel(w, end) {
    for (var i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
    return false;
  }

  function doubleConsonant(w, end) {
    return end >= 2 && w.charAt(end - 1) === w.charAt(end - 2) && isConsonant(w, end - 1);
  }

  /** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
  function cvc(w, end) {
    if (end < 3 || !isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
    var c = w.charAt(end - 1);
    return c !== "w" && c !== "x" && c !== "y";
  }

  function ends(w, suffix) {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  }

  /** Replaces the first listed suffix the word ends with, when the stem before it has measure above min. */
  function replaceFirst(w, rules, min) {
    for (var i = 0; i < rules.length; i += 2) {
      if (ends(w, rules[i])) {
        var stem = w.length - rules[i].length;
        return measure(w, stem) > min ? w.slice(0, stem) + rules[i + 1] : w;
      }
    }
    return w;
  }

  var STEP2 = ["ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "bli", "ble",
    "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize", "ation", "ate", "ator", "ate",
    "alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al", "iviti", "ive", "biliti", "ble", "logi", "log"];
  var STEP3 = ["icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", ""];
  var STEP4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

  // Porter's later English stemmer (Porter2) also drops an adverb's -ly after these letters, so that
  // "covertly" finds "covert" and "regularly" "regular"; its exceptions keep "only" and "early" apart.
  var LI_EXCEPTIONS = ["early", "only", "idly", "gently", "ugly", "singly"];

  function adverbLi(word, w) {
    return ends(w, "li") && w.length > 2 && "cdeghkmnrt".indexOf(w.charAt(w.length - 3)) >= 0
      && measure(w, w.length - 2) > 0 && LI_EXCEPTIONS.indexOf(word) < 0;
  }

  function step2Suffix(w) {
    for (var i = 0; i < STEP2.length; i += 2) if (ends(w, STEP2[i])) return true;
    return false;
  }

  function stem(word) {
    var w = word;
    if (w.length < 3 || !/^[a-z]+$/.test(w)) return w;

    // Step 1a: plurals.
    if (ends(w, "sses")) w = w.slice(0, -2);
    else if (ends(w, "ies")) w = w.slice(0, -2);
    else if (!ends(w, "ss") && ends(w, "s")) w = w.slice(0, -1);

    // Step 1b: -eed, -ed, -ing.
    var tidy = false;
    if (ends(w, "eed")) { if (measure(w, w.length - 3) > 0) w = w.slice(0, -1); }
    else if (ends(w, "ed") && hasVowel(w, w.length - 2)) { w = w.slice(0, -2); tidy = true; }
    else if (ends(w, "ing") && hasVowel(w, w.length - 3)) { w = w.slice(0, -3); tidy = true; }
    if (tidy) {
      if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) w += "e";
      else if (doubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
      else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += "e";
    }

    // Step 1c: y to i after a vowel in the stem.
    if (ends(w, "y") && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + "i";

    if (!step2Suffix(w) && adverbLi(word, w)) w = w.slice(0, -2);
    w = replaceFirst(w, STEP2, 0);
    w = replaceFirst(w, STEP3, 0);

    // Step 4: remove a suffix where the stem has measure above 1 (-ion only after s or t).
    for (var i = 0; i < STEP4.length; i++) {
      var suffix = STEP4[i];
      if (!ends(w, suffix)) continue;
      var at = w.length - suffix.length;
      if (measure(w, at) > 1 && (suffix !== "ion" || (at > 0 && /[st]/.test(w.charAt(at - 1))))) w = w.slice(0, at);
      break;
    }

    // Step 5: a final -e, and -ll.
    if (ends(w, "e")) {
      var m = measure(w, w.length - 1);
      if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1);
    } else if (ends(w, "ll") && measure(w, w.length) > 1) w = w.slice(0, -1);
    return w;
  }

  global.GuideGenStem = stem;
})(typeof window !== "undefined" ? window : this);
