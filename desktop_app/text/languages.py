"""Languages and scripts, without Qt: text direction of a deck and names of scripts.

The renderer, the export and `agora check` all ask the same questions (is a
deck written right to left? in which script is this character?), and the
loader side must answer without Qt, so the answers live here.
"""

from __future__ import annotations

import unicodedata

#: Languages written right to left (ISO 639-1, and 639-3 where there is no 639-1 code).
RIGHT_TO_LEFT = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})


def base_language(code: str) -> str:
    """The language part of a tag: "ar_EG.UTF-8" and "ar-EG" are both "ar"."""
    return code.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()


def is_right_to_left(code: str) -> bool:
    """Whether text in language `code` (a tag like "ar", "he-IL", "fa_IR") runs right to left."""
    return base_language(code) in RIGHT_TO_LEFT


#: Words that follow the script's name in Unicode character names ("OL CHIKI LETTER LA").
_NAME_ENDS = frozenset(
    {
        "LETTER",
        "CAPITAL",
        "SMALL",
        "DIGIT",
        "NUMBER",
        "SIGN",
        "VOWEL",
        "CONSONANT",
        "SYLLABLE",
        "SYLLABICS",
        "MARK",
        "PUNCTUATION",
        "LIGATURE",
        "IDEOGRAPH",
        "CHARACTER",
        "VIRAMA",
        "FRACTION",
        "SYMBOL",
        "COMMA",
        "FULL",
        "QUESTION",
        "TONE",
        "ABBREVIATION",
    }
)


def isolate(text: str) -> str:
    """Deck text placed inside a sentence of the interface, keeping its own direction.

    An English argument title inside an Arabic sentence (or the reverse) would
    otherwise have its quotes and commas reordered by the surrounding direction;
    Unicode's first-strong isolate sets it apart, as Qt's text layout honours.
    """
    return f"\u2068{text}\u2069"


def script_name(char: str) -> str:
    """A readable name of the script `char` belongs to, for messages ("Ol Chiki", "CJK").

    Python has no Unicode script property, but character names begin with the
    script ("DEVANAGARI LETTER NA", "HEBREW POINT QAMATS"), which is what a
    deck author needs to know which font to install. Symbols and emoji, whose
    names are their meaning, are reported as one group.
    """
    if unicodedata.category(char).startswith("S"):
        return "symbols and emoji"
    name = unicodedata.name(char, "")
    if not name:
        return f"U+{ord(char):04X}"
    if name.startswith("CJK") or name.startswith(("HIRAGANA", "KATAKANA")):
        return "CJK (Chinese, Japanese, Korean)"
    if name.startswith("HANGUL"):
        return "Hangul (Korean)"
    words: list[str] = []
    for word in name.split():
        if word in _NAME_ENDS:
            break
        words.append(word)
    return " ".join(words).title() if words else name.title()
