"""Tie quotes to the occasions they were made on, and occasions to their speakers.

An occasion phrase ("In an interview aired Tuesday evening, Khazaali said ...", "He made these
remarks in an interview that aired on Al-Ahd TV") belongs to the person speaking in the same
sentence, else to the nearest quoted speaker in the same paragraph. A quote belongs to the
occasion of its speaker that comes nearest before it (or the first one after it, for leads that
quote before naming the occasion); an interviewer's turns belong to the occasion of the turns
around them.
"""
from __future__ import annotations

import re

from onrecord.extract.text import paragraphs, sentence_at, sentences
from onrecord.models import Mention, Occasion, Quote


def attach_occasions(text: str, occasions: list[Occasion], quotes: list[Quote], mentions: list[Mention]) -> None:
    if not occasions:
        return
    sents = sentences(text)
    paras = paragraphs(text)
    spoken = [q for q in quotes if q.speaker_name]
    for occ in occasions:
        if occ.speaker_key or occ.speaker_name:
            continue
        sent = sentence_at(sents, occ.start)
        same_sentence = [q for q in spoken if sent and (sent.start <= q.start < sent.end
                                                        or (q.speaker_start or -1) >= sent.start
                                                        and (q.speaker_start or -1) < sent.end)]
        if same_sentence:
            occ.speaker_key, occ.speaker_name = same_sentence[0].speaker_key, same_sentence[0].speaker_name
            continue
        pers = [m for m in mentions if m.type == "PER" and sent and sent.start <= m.start < sent.end]
        if pers:
            occ.speaker_key, occ.speaker_name = pers[0].entity_key, pers[0].text
            continue
        para = next((p for p in paras if p.start <= occ.start < p.end), None)
        near = sorted((q for q in spoken if para and para.start <= q.start < para.end),
                      key=lambda q: abs(q.start - occ.start))
        if near:
            occ.speaker_key, occ.speaker_name = near[0].speaker_key, near[0].speaker_name
    for q in quotes:
        if not q.speaker_name:
            continue
        mine = [(i, o) for i, o in enumerate(occasions) if _same_speaker(o, q)]
        if not mine:
            continue
        before = [(i, o) for i, o in mine if o.start <= q.start]
        q.occasion = (before[-1] if before else mine[0])[0]
    # The other side of a transcript (Interviewer:, Host:) spoke on the same occasion as the turns
    # around it.
    turns = [q for q in quotes if q.cue == "transcript label"]
    for q in turns:
        if q.occasion is None:
            near = sorted((t for t in turns if t.occasion is not None), key=lambda t: abs(t.start - q.start))
            if near:
                q.occasion = near[0].occasion


# Honorifics and particles that do not tell two people apart ("Sayyed Nasrallah" ~ "Hassan Nasrallah").
_NAME_FILLERS = {"al", "el", "the", "sayyed", "sayyid", "seyed", "seyyed", "sheikh", "shaykh", "hujjat", "islam",
                 "ayatollah", "imam", "mr", "mrs", "ms", "dr", "sir", "bin", "ibn", "abu", "of"}


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in _NAME_FILLERS}


def _same_speaker(occ: Occasion, q: Quote) -> bool:
    """The same entity key; else names of which one holds every name word of the other ("Sayyed Nasrallah"
    and "Sayyed Hassan Nasrallah"), when their keys do not already tell them apart."""
    if occ.speaker_key and q.speaker_key and occ.speaker_key == q.speaker_key:
        return True
    if not occ.speaker_name or not q.speaker_name:
        return False
    if occ.speaker_name == q.speaker_name:
        return True
    if occ.speaker_key and q.speaker_key and occ.speaker_key.split(":")[0] != q.speaker_key.split(":")[0]:
        return False                     # a person and an organisation
    a, b = _name_words(occ.speaker_name), _name_words(q.speaker_name)
    return bool(a) and bool(b) and (a <= b or b <= a)
