"""Quote finding and speaker resolution on layouts reporters and transcribers use.

Mentions are given by hand here so that these tests exercise the quote finder and the resolver
alone; tests/extract/test_pipeline.py runs them with the entity recogniser.
"""
import re

import pytest

from onrecord.extract.quotes import find_quotes, find_marked, is_statement
from onrecord.extract.speakers import SpeakerResolver
from onrecord.extract.text import paragraphs
from onrecord.models import LocalEntity, Mention


def people(text: str, persons: dict[str, list[str]], orgs: dict[str, list[str]] | None = None,
           roles: dict[str, list[str]] | None = None):
    """Mentions for every occurrence of the given surface forms; persons[key] = forms."""
    entities, mentions = [], []
    for typ, table in (("PER", persons), ("ORG", orgs or {})):
        for key, forms in table.items():
            entities.append(LocalEntity(key, forms[0], typ, list(forms), (roles or {}).get(key, [])))
            taken = []
            for form in sorted(forms, key=len, reverse=True):
                for m in re.finditer(re.escape(form), text):
                    if any(s <= m.start() < e for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    mentions.append(Mention(m.start(), m.end(), form, typ, key))
    mentions.sort(key=lambda m: m.start)
    return entities, mentions


def run(text, persons, orgs=None, roles=None):
    entities, mentions = people(text, persons, orgs, roles)
    cands = find_quotes(text, mentions)
    speakers = SpeakerResolver(text, entities, mentions).resolve(cands)
    return [(text[c.start:c.end], c.kind, s.name, c.cue) for c, s in zip(cands, speakers)]


def texts(result):
    return [r[0] for r in result]


def test_direct_quote_cue_after_with_name():
    t = '"We will rebuild every school in the valley," Mara Velt said on Sunday.'
    r = run(t, {"velt": ["Mara Velt", "Velt"]})
    assert r == [("We will rebuild every school in the valley,", "direct", "Mara Velt", "said")]


def test_direct_quote_cue_before_and_pronoun():
    t = ('Mara Velt spoke to farmers in Olden.\n'
         'She said, "The river will be clean by next spring, I promise you that."')
    r = run(t, {"velt": ["Mara Velt", "Velt"]})
    assert r[0][0] == "The river will be clean by next spring, I promise you that."
    assert r[0][2] == "Mara Velt"


def test_inverted_cue_and_split_quote():
    t = ('"The bridge is unsafe and must close," said Ivo Brandt. "Nobody should cross it before the '
         'engineers are done."')
    r = run(t, {"brandt": ["Ivo Brandt", "Brandt"]})
    assert [x[2] for x in r] == ["Ivo Brandt", "Ivo Brandt"]
    assert r[1][0].startswith("Nobody should cross it")


def test_curly_guillemets_and_single_marks():
    t = ("Ivo Brandt said: “We have nothing to hide from the auditors.”\n"
         "Brandt added: «The accounts are open to everyone who asks.»\n"
         "‘The audit will be finished in May,’ Brandt said.")
    r = run(t, {"brandt": ["Ivo Brandt", "Brandt"]})
    assert texts(r) == ["We have nothing to hide from the auditors.", "The accounts are open to everyone who asks.",
                        "The audit will be finished in May,"]
    assert all(x[2] == "Ivo Brandt" for x in r)


def test_apostrophes_are_not_quote_marks():
    para = "Brandt’s office said the mayor's plan was ‘reckless’ and the council’s vote void."
    marks = find_marked(para, paragraphs(para)[0], 0)
    assert [para[m.content.start:m.content.end] for m in marks] == ["reckless"]


def test_multi_paragraph_quote_unclosed_paragraphs():
    t = ('Ivo Brandt told the assembly: "The first thing we will do is repair the roads in every district.\n\n'
         '"The second thing is the water network, which has been neglected for years.\n\n'
         '"And the third is the schools, which need teachers more than buildings."')
    r = run(t, {"brandt": ["Ivo Brandt", "Brandt"]})
    assert len(r) == 3
    assert all(x[2] == "Ivo Brandt" for x in r)
    assert r[1][0].startswith("The second thing")


def test_transcript_turns_labels_and_continuations():
    t = ('Rena Salo, head of the Dock Workers Union, spoke to a presenter.\n\n'
         'Rena Salo: "We will strike on Monday. Every port will close.\n\n'
         '"Nobody will load a single ship until the contracts are signed."\n\n'
         'Interviewer: "Even the food shipments?"\n\n'
         'Salo: "Food shipments will be unloaded by volunteers."\n\n'
         'Host: Thank you for joining us tonight.\n\n'
         'Sallo: It was my pleasure to be here.')
    r = run(t, {"salo": ["Rena Salo", "Salo"]})
    assert [(x[0][:20], x[2]) for x in r] == [
        ("We will strike on Mo", "Rena Salo"),
        ("Nobody will load a s", "Rena Salo"),
        ("Even the food shipme", "Interviewer"),
        ("Food shipments will ", "Rena Salo"),
        ("Thank you for joinin", "Host"),
        ("It was my pleasure t", "Rena Salo"),   # misspelled label
    ]
    assert all(x[1] == "direct" for x in r)


def test_quote_inside_turn_keeps_outer_speaker():
    t = ('Rena Salo: "The Harbor Times, for example, mentioned that the union has grown. Indeed, it has."\n\n'
         'Interviewer: "By how much?"')
    r = run(t, {"salo": ["Rena Salo", "Salo"]}, {"ht": ["The Harbor Times"]})
    assert r[0][2] == "Rena Salo" and r[0][0].startswith("The Harbor Times, for example")
    assert len(r) == 2


def test_indirect_speech_with_that_and_apposition():
    t = ("Rena Salo, the head of the Dock Workers Union, said that the strike will last until the contracts "
         "are signed. She added that the union has enough funds to pay its members for a month.")
    r = run(t, {"salo": ["Rena Salo", "Salo"]}, {"dwu": ["Dock Workers Union"]})
    assert texts(r) == ["the strike will last until the contracts are signed",
                        "the union has enough funds to pay its members for a month"]
    assert [x[1] for x in r] == ["indirect", "indirect"]
    assert [x[2] for x in r] == ["Rena Salo", "Rena Salo"]


def test_indirect_without_that_and_participle_split():
    t = ("In a radio interview aired Tuesday, Salo said any delay is a provocation against the workers, adding "
         "that the ministry could still prevent the strike, citing last year's agreement.")
    r = run(t, {"salo": ["Rena Salo", "Salo"]})
    assert texts(r) == ["any delay is a provocation against the workers",
                        "the ministry could still prevent the strike"]
    assert r[1][3] == "adding"


def test_that_cue_needs_that():
    t = "Salo stressed the importance of the vote. Salo stressed that the vote is binding on all members."
    r = run(t, {"salo": ["Rena Salo", "Salo"]})
    assert texts(r) == ["the vote is binding on all members"]


def test_mixed_quote_and_calling_fragment():
    t = ('On Monday, Governor Tomas Ek condemned the closure, calling it a “reckless gamble” with people’s jobs. '
         'He said the province will “use every legal tool” to reopen the plant.')
    r = run(t, {"ek": ["Tomas Ek", "Ek"]})
    assert r[0][0] == "“reckless gamble” with people’s jobs" and r[0][1] == "mixed"
    assert r[1][0] == "the province will “use every legal tool” to reopen the plant" and r[1][1] == "mixed"
    assert {x[2] for x in r} == {"Tomas Ek"}


def test_colon_leadin_runs_to_paragraph_end():
    t = ("Tomas Ek spoke at length about the plant.\n\n"
         "He clarified: The plant will reopen in June. Nobody will lose a job. The province keeps its word.")
    r = run(t, {"ek": ["Tomas Ek", "Ek"]})
    assert r == [("The plant will reopen in June. Nobody will lose a job. The province keeps its word.", "direct",
                  "Tomas Ek", "clarified")]


def test_description_resolved_through_role_and_organisation():
    t = ("Rena Salo, Secretary-General of the Dock Workers Union, visited the port.\n\n"
         "The Secretary General of the Dock Workers Union said: Our members will not be intimidated.\n\n"
         "Elsewhere in her remarks, the union leader stressed that the port belongs to the city.")
    r = run(t, {"salo": ["Rena Salo", "Salo"]}, {"dwu": ["Dock Workers Union"]},
            roles={"salo": ["Secretary-General of the Dock Workers Union"]})
    assert [x[2] for x in r] == ["Rena Salo", "Rena Salo"]


def test_cataphora_indefinite_description_resolved_to_following_name():
    t = ('A veteran economist said the tariffs will raise prices for every household.\n'
         '"Nobody wins a trade war, least of all the consumers," Petra Lind told the Harbor Times.\n'
         'The Oslo-based analyst said the government should reconsider.')
    r = run(t, {"lind": ["Petra Lind", "Lind"]})
    assert [x[2] for x in r] == ["Petra Lind", "Petra Lind", "Petra Lind"]


def test_unresolvable_speaker_is_none_not_a_guess():
    t = '"The figures do not add up and everyone in this building knows it."'
    r = run(t, {})
    assert all(x[2] is None for x in r)


def test_names_and_scare_quotes_in_marks_are_not_statements():
    assert not is_statement("Qais Al-Khazali")
    assert not is_statement("strongest")
    assert is_statement("We will never leave this city.")
    t = 'The so-called "peace plan" was rejected by Rena Salo, head of the "Dock Workers Union".'
    assert run(t, {"salo": ["Rena Salo"]}) == []


@pytest.mark.parametrize("cue", ["noted", "warned", "pointed out", "underscored", "emphasized", "vowed",
                                 "concluded", "elaborated", "continued", "claimed", "denied"])
def test_cue_lexicon(cue):
    t = f"Ivo Brandt {cue} that the council had ignored the warnings for three years."
    r = run(t, {"brandt": ["Ivo Brandt"]})
    assert texts(r) == ["the council had ignored the warnings for three years"]
    assert r[0][3].replace("\n", " ") == cue


def test_bare_title_role_does_not_capture_descriptions():
    t = ("Rena Salo, Secretary-General of the Dock Workers Union, met General Ivo Brandt.\n\n"
         "The Secretary General of the Dock Workers Union said: The port stays open.")
    r = run(t, {"salo": ["Rena Salo"], "brandt": ["Ivo Brandt"]}, {"dwu": ["Dock Workers Union"]},
            roles={"salo": ["Secretary-General of the Dock Workers Union"], "brandt": ["General"]})
    assert [x[2] for x in r] == ["Rena Salo"]


def test_marked_words_inside_a_reported_clause_are_one_mixed_quote():
    t = 'Ivo Brandt added that his officers "will not fire the first shot" at the strikers.'
    r = run(t, {"brandt": ["Ivo Brandt"]})
    assert r == [('his officers "will not fire the first shot" at the strikers', "mixed", "Ivo Brandt", "added")]


def test_told_with_a_long_object_before_that():
    t = "Minister Lena Okafor told a press conference in Port Azul on Friday that the talks will start soon."
    r = run(t, {"okafor": ["Lena Okafor"]})
    assert texts(r) == ["the talks will start soon"]


def test_fragment_after_a_quoted_paragraph_is_not_a_continuation():
    t = ('"We want the ships moving and the families fed," Lena Okafor said.\n'
         'The minister warned that the army "will not stand by forever" if the blockade continues.')
    r = run(t, {"okafor": ["Lena Okafor"]})
    assert [x[1] for x in r] == ["direct", "mixed"]


def test_wire_inverted_cue_with_name_and_apposition_after():
    t = ("Job creation has been hurt by weakness in construction, said Ahmad Ijaz, an economist at the "
         "University of Alabama.\n"
         "“Commercial construction is still relatively weak,” he said.")
    r = run(t, {"ijaz": ["Ahmad Ijaz"]})
    assert r == [("Job creation has been hurt by weakness in construction", "indirect", "Ahmad Ijaz", "said"),
                 ("Commercial construction is still relatively weak,", "direct", "Ahmad Ijaz", "said")]


def test_parenthetical_cue_reports_the_clause_after_it():
    t = "While companies have started to seek bids, Yearout said, there is no backlog of work for next year."
    r = run(t, {"yearout": ["Kevin Yearout", "Yearout"]})
    assert r == [("there is no backlog of work for next year", "indirect", "Kevin Yearout", "said")]


def test_according_to_data_is_not_speech():
    t = "Nevada still had 4 percent fewer workers, according to Labor Department data compiled by the Ledger."
    assert run(t, {}, {"ld": ["Labor Department"]}) == []


def test_press_conference_transcript_answers_and_announcements():
    t = ("Foreign Ministry Spokesperson Lin Wei held a press conference on June 3.\n\n"
         "Lin Wei started the press conference with the following announcements.\n\n"
         "At the invitation of the government, the President of Ostland will visit from June 9 to 11.\n\n"
         "Q: What is your comment on the report about the border?\n\n"
         "A: We have seen the report. Our position on the border has not changed.")
    r = run(t, {"lin": ["Lin Wei"]})
    assert [(x[0][:20], x[2]) for x in r] == [("At the invitation of", "Lin Wei"), ("What is your comment", "Q"),
                                              ("We have seen the rep", "Lin Wei")]


def test_called_with_words_in_marks_is_a_mixed_quote():
    t = 'Forecaster Todd Lehm called the impact of the storm "pretty minimal, at this point," on Wednesday.'
    r = run(t, {"lehm": ["Todd Lehm"]})
    # as for ", calling them a “flagrant violation” of ...": from the marks to the end of the clause
    assert r == [('"pretty minimal, at this point," on Wednesday', "mixed", "Todd Lehm", "called")]
    t = "Ana Vel also described the plan as a “temporary measure” whose end is near, and left."
    assert run(t, {"vel": ["Ana Vel"]}) == [("“temporary measure” whose end is near", "mixed", "Ana Vel", "described")]


def test_closing_mark_used_as_opening_mark():
    t = "”Yes, of course. When you lose 5-0, it is very difficult to explain,\" Costa said."
    r = run(t, {"costa": ["Jorge Costa", "Costa"]})
    assert r and r[0][0].startswith("Yes, of course.") and r[0][2] == "Jorge Costa"


def test_definite_description_named_further_down():
    t = ("According to the agency, the Ambassador said some forces take interest in spreading rumours.\n"
         "Mr. Suleymani stressed that the people stand behind the authorities.")
    r = run(t, {"sul": ["Suleymani"]})
    assert [x[2] for x in r] == ["Suleymani", "Suleymani"]


def test_participle_before_a_quotation_keeps_the_quotation_direct():
    t = ("In her first interview as ambassador, Susan Rye discusses the programme, telling Ana Norr on Radio One: "
         "“The news today confirms what we all have feared.”")
    r = run(t, {"rye": ["Susan Rye"]})
    assert r == [("The news today confirms what we all have feared.", "direct", "Susan Rye", "telling")]


def test_person_qualified_by_an_organisation_is_the_speaker():
    t = '"We will decide tomorrow," Chief Ana Ruiz with the Harbor Police Department said Wednesday.'
    r = run(t, {"ruiz": ["Ana Ruiz"]}, {"hpd": ["Harbor Police Department"]})
    assert r[0][2] == "Ana Ruiz"


def test_adverb_between_bare_role_and_cue():
    t = "Ambassador also said the issue of the minister's resignation will be considered by parliament."
    r = run(t, {})
    assert texts(r) == ["the issue of the minister's resignation will be considered by parliament"]


def test_single_speaker_transcript_page_continues_without_marks():
    t = ("Following are excerpts from an address delivered by Rami Sade, which aired on Sun TV on May 2, 2020:\n\n"
         "Rami Sade: I wanted to be with you for a few minutes today.\n\n"
         "Brothers and sisters, we renew our pledge on this day.\n\n"
         "The main issue is the attempt to target the movement in the region.")
    r = run(t, {"sade": ["Rami Sade"]})
    assert [(x[0][:12], x[2]) for x in r] == [("I wanted to ", "Rami Sade"), ("Brothers and", "Rami Sade"),
                                              ("The main iss", "Rami Sade")]


def test_description_after_quotation_and_participle_inherit_the_speaker():
    t = ("Rami Sade spoke on the radio.\n"
         "“The plan has failed for years,” said the chief of the Dawn Movement, adding that the movement "
         "will not negotiate under fire.")
    r = run(t, {"sade": ["Rami Sade"]}, {"dm": ["Dawn Movement"]})
    assert [x[2] for x in r] == ["Rami Sade", "Rami Sade"]
    assert r[1][0] == "the movement will not negotiate under fire"


def test_fronted_participle_clause():
    t = "Rami Sade spoke on the radio.\nNoting that the talks are over, he said the movement will wait."
    r = run(t, {"sade": ["Rami Sade"]})
    assert ("the talks are over", "indirect", "Rami Sade", "Noting") in r


def test_bullet_list_after_a_colon_leadin():
    t = ("Movement chief Rami Sade said during his address to the forum in Osterby :\n\n"
         "– Ostland has abandoned the old myth of weakness.\n\n"
         "– I promise you that we will defend the harbor.\n\n"
         "The forum ended in the evening.")
    r = run(t, {"sade": ["Rami Sade"]})
    assert [(x[0], x[2]) for x in r] == [("Ostland has abandoned the old myth of weakness.", "Rami Sade"),
                                         ("I promise you that we will defend the harbor.", "Rami Sade")]


def test_inverted_cue_with_apposition_and_time():
    t = ("The movement is strong and can win any war, Sayed Rami Sade, head of the movement's council, "
         "said on Saturday.")
    r = run(t, {"sade": ["Rami Sade"]})
    assert r == [("The movement is strong and can win any war", "indirect", "Rami Sade", "said")]


def test_old_wire_double_apostrophe_closing_mark():
    t = '"It was a great quarter and better than expected,\'\' said Yair Reinholt, analyst at Oppenfeld.'
    r = run(t, {"reinholt": ["Yair Reinholt"]})
    assert r == [("It was a great quarter and better than expected,", "direct", "Yair Reinholt", "said")]


def test_dateline_and_organisation_description():
    t = ("Ostburg – A pro-government group in Ostland said Tuesday that it would halt its protests. "
         "“We announce the suspension of all protests,” the Dawn Movement wrote on its website.\n"
         "The maker of the Velo, Trimo and Kart bikes said it earned $1.78 a share in the quarter.")
    r = run(t, {}, {"dm": ["Dawn Movement"], "velo": ["Velo Works"]})
    assert r[0] == ("it would halt its protests", "indirect", "Dawn Movement", "said")
    assert r[2][0] == "it earned $1.78 a share in the quarter"
