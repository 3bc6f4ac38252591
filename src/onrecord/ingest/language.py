"""A cheap language guess from the script and a few function words. None when unsure."""
from __future__ import annotations

import re

SAMPLE_CHARS = 5000
MIN_LETTERS = 20
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
# Letters Persian uses and Arabic does not (Persian yeh and kaf, peh, tcheh, jeh, gaf).
PERSIAN_LETTERS = re.compile(r"[\u06CC\u06A9\u067E\u0686\u0698\u06AF]")
ENGLISH_WORDS = frozenset("the of and to in is that for on with said was as by it he at from his are be has".split())
MIN_ENGLISH_WORD_SHARE = 0.08


def guess_language(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < MIN_LETTERS:
        return None
    arabic = len(ARABIC_SCRIPT.findall(sample))
    if arabic > 0.5 * letters:
        return "fa" if len(PERSIAN_LETTERS.findall(sample)) > 0.01 * arabic else "ar"
    ascii_letters = sum(1 for c in sample if c.isascii() and c.isalpha())
    if ascii_letters > 0.8 * letters:
        words = re.findall(r"[a-z]+", sample.lower())
        if words and sum(w in ENGLISH_WORDS for w in words) >= MIN_ENGLISH_WORD_SHARE * len(words):
            return "en"
    return None
