from datetime import date

import pytest

from onrecord.extract.events import find_events
from onrecord.extract.lexicon_events import EVENT_TRIGGERS, Trigger
from onrecord.extract.occasions import find_occasions
from onrecord.extract.timex import find_times
from onrecord.models import DateRange

WEDNESDAY = date(2022, 3, 16)


def events(text, published=WEDNESDAY, speaker=None):
    times = find_times(text, published)
    occasions = find_occasions(text, published, times)
    for o in occasions:
        o.speaker_name = speaker          # attach.py's job in the pipeline
    found = find_events(text, published, times, occasions)
    for e in found:
        assert text[e.start:e.end] == e.evidence
    return found


def only(text, published=WEDNESDAY, **kw):
    found = events(text, published, **kw)
    assert len(found) == 1, [(e.type, e.evidence) for e in found]
    return found[0]


def day(y, m, d):
    return DateRange.day(date(y, m, d))


# ---------------------------------------------------------------- one event per type

@pytest.mark.parametrize("text, event_type", [
    ("Velmoran jets bombed a depot in Kessan on Monday.", "ASSAULT"),
    ("Two rangers were killed in a drone attack near Arvel.", "ASSAULT"),
    ("The Lantern Brigades threatened to close the Ostra strait.", "THREATEN"),
    ("Not a single foreign soldier will be safe in Velmora.", "THREATEN"),
    ("Any foreign base is a target for the brigades.", "THREATEN"),
    ("The brigades vowed to avenge the raid.", "THREATEN"),
    ("Thousands of people gathered in Tarn Square to protest the new tax.", "PROTEST"),
    ("Hundreds of students rallied outside the ministry in Velmora.", "PROTEST"),
    ("Governor Tessaly condemned the shelling of the port.", "ACCUSE"),
    ("The opposition accused the governor of fraud.", "ACCUSE"),
    ("The council rejected the proposal.", "REJECT"),
    ("The brigades could not negotiate with the occupying forces.", "REJECT"),
    ("Velmora and Ostra signed an agreement on water sharing.", "AGREE"),
    ("The ceasefire that started on Sunday in Dessa held.", "RETREAT"),
    ("Ostran troops withdrew from Arvel.", "RETREAT"),
    ("The Narvian treasury imposed sanctions on three brigade commanders.", "SANCTION"),
    ("The army deployed two battalions along the river.", "MOBILIZE"),
    ("Foreign Minister Pell Varga met with his Narvian counterpart.", "CONSULT"),
])
def test_each_type_has_triggers(text, event_type):
    assert only(text).type == event_type


def test_lexicon_is_plain_data_that_can_be_extended():
    assert all(isinstance(t, Trigger) for triggers in EVENT_TRIGGERS.values() for t in triggers)
    assert {"ASSAULT", "THREATEN", "PROTEST", "ACCUSE", "REJECT", "AGREE", "RETREAT", "SANCTION", "MOBILIZE",
            "CONSULT"} <= set(EVENT_TRIGGERS)


# ---------------------------------------------------------------- attributes

def test_assault_with_weekday_place_toll_and_parties():
    e = only("At least five Lantern Brigades members were killed in Narvian airstrikes on the Ostran-Velmoran "
             "border on Monday, drawing condemnation from the government.", date(2022, 3, 16))
    assert e.type == "ASSAULT"
    assert e.date == day(2022, 3, 14)
    assert e.location == "Ostran-Velmoran border"
    assert (e.fatalities, e.fatalities_text) == (5, "At least five")
    assert e.actor == "Narvian" and e.target == "Lantern Brigades"
    assert "drawing condemnation" not in e.evidence


def test_toll_after_the_verb_and_a_dropped_place_class():
    e = only("He recalled the raid that the garrison carried out against the depot in Kessan region, which "
             "killed 8 Ostran fighters.", None)
    assert (e.fatalities, e.fatalities_text, e.location, e.date) == (8, "8", "Kessan", None)


def test_vague_toll_and_injuries():
    e = only("Dozens of people were killed when a car bomb exploded in Dessa on Tuesday.")
    assert (e.fatalities, e.fatalities_text) == (None, "Dozens")
    e = only("Rockets struck the Kessan air base on Tuesday, killing two soldiers and wounding at least 12 others.")
    assert (e.fatalities, e.fatalities_text, e.injuries, e.injuries_text) == (2, "two", 12, "at least 12")
    assert e.location == "Kessan air base"


def test_place_in_a_neighbourhood_keeps_only_the_name():
    e = only("On Tuesday, thousands of people gathered in Al-Merin neighborhood of Velmora to attend a funeral.")
    assert (e.type, e.location, e.date) == ("PROTEST", "Al-Merin", day(2022, 3, 15))


def test_fronted_weekday_dates_the_clause():
    e = only("On Monday, Governor Arin Tessaly strongly condemned the airstrikes, calling them a crime.")
    assert (e.type, e.date, e.actor) == ("ACCUSE", day(2022, 3, 14), "Arin Tessaly")


def test_ceasefire_place_and_relative_day():
    e = only("He pointed to the ceasefire that started yesterday in Dessa.")
    assert (e.type, e.location, e.date) == ("RETREAT", "Dessa", day(2022, 3, 15))


# ---------------------------------------------------------------- dates are never invented

def test_no_time_expression_means_no_date():
    e = only("Velmoran jets bombed a depot in Kessan.")
    assert e.date is None                       # not the publication date


def test_unknown_publication_date_leaves_relative_dates_unknown():
    found = events("On Monday, Velmoran jets bombed a depot in Kessan. Yesterday the governor condemned "
                   "the strikes on Ostra. The ceasefire that started two days ago in Dessa held.", None)
    assert [e.type for e in found] == ["ASSAULT", "ACCUSE", "RETREAT"]
    assert all(e.date is None for e in found)


def test_a_threat_in_a_statement_takes_the_occasion_date():
    text = ("Governor Tessaly's remarks were aired on Ostra TV on March 4, 2022.\n"
            "Tessaly: \"Not a single foreign soldier will be safe in Velmora.\"")
    e = only(text, speaker="Tessaly")
    assert (e.type, e.date) == ("THREATEN", day(2022, 3, 4))
    assert e.evidence.startswith("Not a single foreign soldier")


def test_a_threat_reported_on_a_weekday_takes_the_reporting_date():
    e = only("On Monday, Tessaly warned that any foreign base is a target for the brigades.")
    assert (e.type, e.date) == ("THREATEN", day(2022, 3, 14))


def test_a_statement_by_someone_else_does_not_take_the_interview_date():
    text = ("\u201cIf they attack our positions, we will respond with force,\u201d spokesman Dar Olen told Radio "
            "Ostra on Monday.\nTessaly said the militia must be disarmed and warned of serious consequences.")
    found = events(text, speaker="Dar Olen")
    assert [(e.type, e.actor, e.date) for e in found] == [
        ("THREATEN", "Dar Olen", day(2022, 3, 14)), ("THREATEN", "Tessaly", None)]


# ---------------------------------------------------------------- what is not an event

@pytest.mark.parametrize("text", [
    "No one was killed in the blast.",                               # negated
    "The brigades did not attack the convoy.",
    "Nobody knows if they will attack the port.",                     # hypothetical / intended
    "The brigades plan to attack the port.",
    "The mayor called on residents to condemn violence.",
    "The governor always threatens the brigades with arrests.",       # generic
    "The brigades have strike capabilities and attack helicopters.",  # modifiers
    "Where did they strike?",                                         # question
    "Brigades Vow To Avenge Kessan Raid",                             # headline
    "Officials discussed the hunger strike of the prisoners.",
])
def test_non_events_are_skipped(text):
    assert events(text) == []


def test_back_references_do_not_add_events():
    text = ("At least five rangers were killed in Narvian airstrikes near Arvel on Monday.\n"
            "On Monday, Governor Tessaly condemned the airstrikes.\n"
            "An analyst said the attack proves the rangers were exposed.")
    found = events(text)
    assert [e.type for e in found] == ["ASSAULT", "ACCUSE"]


def test_repeated_mentions_of_one_attack_are_one_event_reported_by_the_best_mention():
    text = ("VELMORA -- Tessaly has vowed to avenge Narvian airstrikes that killed at least five rangers near the "
            "Ostran-Velmoran border earlier this week.\n"
            "At least five rangers were killed in Narvian airstrikes on the Ostran-Velmoran border on Monday.")
    found = events(text, date(2022, 3, 16))
    assault = [e for e in found if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].date == day(2022, 3, 14) and assault[0].evidence.startswith("At least five rangers")
    threat = [e for e in found if e.type == "THREATEN"]
    assert len(threat) == 1 and threat[0].date == DateRange(date(2022, 3, 14), date(2022, 3, 16), "range")


def test_triggers_in_one_clause_make_one_event():
    e = only("Protesters chanted slogans and marched through Tarn Square on Sunday.")
    assert (e.type, e.date) == ("PROTEST", day(2022, 3, 13))


def test_a_second_type_in_a_clause_needs_news_of_its_own():
    found = events("Tessaly vowed to avenge the Narvian raid that killed seven rangers on Sunday.")
    assert sorted(e.type for e in found) == ["ASSAULT", "THREATEN"]
    assert next(e for e in found if e.type == "ASSAULT").fatalities == 7


# ---------------------------------------------------------------- harder wording

def test_a_time_dates_the_trigger_before_it():
    found = events("The government blamed the Lantern Brigades, which denied involvement in a statement on Saturday.")
    dates = {e.type: e.date for e in found}
    assert dates == {"ACCUSE": None, "REJECT": day(2022, 3, 12)}


def test_a_vow_to_avenge_is_bounded_by_the_event_it_answers():
    e = only("Governor Tessaly vowed to avenge the rangers killed in Narvian airstrikes on Monday.")
    assert e.type == "THREATEN"
    assert e.date == DateRange(date(2022, 3, 14), WEDNESDAY, "range")


def test_habits_and_tallies_are_not_events():
    assert events("The brigades have repeatedly targeted positions in Ostra over the past years.") == []
    assert events("The brigades have carried out dozens of attacks in the province since 2019.") == []


def test_claiming_responsibility_is_not_reporting_speech():
    text = "No group claimed responsibility for the blast, but Governor Tessaly blamed the Lantern Brigades."
    e = only(text)
    assert (e.type, e.actor, e.date) == ("ACCUSE", "Tessaly", None)


def test_a_reported_clause_keeps_its_speaker_across_quotation_marks():
    text = ("In a statement released on Sunday, Sadeq Rahn said the \"cowardly\" raid would not go unanswered "
            "and that Narvia \"will pay a heavy price for its crimes.\"")
    e = only(text, speaker="Sadeq Rahn")
    assert (e.type, e.date) == ("THREATEN", day(2022, 3, 13))


def test_places_after_compass_words_and_outskirts():
    assert only("Shells hit a market in western Dessa on Friday, killing four people.").location == "Dessa"
    assert only("A drone struck a convoy on the outskirts of Kessan, killing two.").location == "Kessan"
    assert only("Rockets struck the Tarn air base overnight.").location == "Tarn air base"


@pytest.mark.parametrize("text", [
    "A winter storm struck much of the coast on Wednesday.",                      # nature, not an attack
    "The storm was blamed for scores of accidents.",
    "The balloon -- tossed by heavy winds -- struck a pole.",
    "Velmora withdrew from the trade agreement last year.",                       # not a military retreat
    "The goal was ruled out for offside.",                                        # a decision, not a rejection
    "One of the people's rights is to stage protest actions.",                    # a right, not an event
    "The region has been deliberately discredited and attacked by some forces.",  # words, not weapons
])
def test_look_alikes_are_not_events(text):
    assert events(text) == []


def test_match_reports_use_violent_words_as_metaphors():
    text = ("FC Tarn coach Lio Varga said the league match was decided by a penalty after the referee "
            "consulted VAR. Tarn were good in attack, but a strike from their midfielder hit the post and "
            "the goalkeeper kept a clean sheet.")
    assert events(text) == []


def test_emphatic_negation_still_condemns():
    assert only("What he said was outrageous, and I couldn't more strongly condemn that.").type == "ACCUSE"
    assert events("The brigades didn't attack the convoy.") == []


def test_announced_visits_by_different_people_are_different_events():
    text = ("President Oda Mirren will pay a state visit to Ostra from March 19 to 21. "
            "Foreign Minister Pell Varga will pay an official visit to Ostra next week.")
    found = events(text)
    assert [(e.type, e.actor) for e in found] == [("CONSULT", "Oda Mirren"), ("CONSULT", "Pell Varga")]
    assert found[0].date == day(2022, 3, 19)


# ---------------------------------------------------------------- threats, accusations, concessions in speech

@pytest.mark.parametrize("text", [
    "Tessaly said that if Ostra is bombed by Velmora, the response will be violent.",
    "\u201cIf the enemy happens to impose a war on Velmora, it will (then) get to witness our bravery,\u201d "
    "Tessaly said.",
    "I promise you, that in case of any confrontation with Ostra, we will foil its objectives and defeat the enemy.",
    "\u201cOstra knows very well that any aggression on Velmora won\u2019t go unanswered,\u201d he said.",
    "The ministry pledged a \u201cvery serious\u201d response to the raid.",
])
def test_threats_including_conditional_ones(text):
    assert [e.type for e in events(text)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "If the talks fail, the economy will suffer.",
    "If it rains on Monday, we will stay at home.",
])
def test_conditions_without_force_are_not_threats(text):
    assert events(text) == []


def test_a_cleft_naming_the_culprit_is_an_accusation_not_a_threat():
    e = only("Tessaly: It is this council that occupies your land, desecrates and threatens your city.")
    assert e.type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "It has been proven that this embassy schemes and spies against Velmora.",
    "\u201cOstra has been since 1982 plotting against Velmora,\u201d he said.",
    "Tessaly said that the consulate is the center of spying and scheming against Velmora.",
])
def test_plotting_against_a_country_is_an_accusation(text):
    assert [e.type for e in events(text)] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Lantern Brigades on Tuesday announced the suspension of all military operations against Ostran troops.",
    "A Velmoran group said that it would halt its attacks on Ostran troops.",
    "The brigades suspended all military operations in the north.",
])
def test_suspending_one_s_attacks_is_a_concession(text):
    assert [e.type for e in events(text)] == ["CONCEDE"]


def test_storming_by_a_crowd_is_a_protest_at_the_antecedent_place():
    text = ("Pell Varga was interviewed on March 4, 2022 outside the Ostran Embassy in Velmora, which was stormed "
            "that day by supporters of the Lantern Party in Ostra.")
    e = only(text)
    assert (e.type, e.evidence, e.location, e.date) == (
        "PROTEST", "which was stormed that day by supporters of the Lantern Party in Ostra", "Velmora", day(2022, 3, 4))


@pytest.mark.parametrize("text", [
    "His eminence assured that the spirit which martyred resistance leader Imad Varga spoke about is strong.",
    "There have been at least 165 attacks on Ostran forces in Velmora and Tarn since mid-October.",
    "Ostran troops have been attacked at least 165 times since mid-October.",
    "The group said it would halt its attacks on Ostran troops in Velmora.",
])
def test_descriptions_tallies_and_halted_attacks_are_not_assaults(text):
    assert [e.type for e in events(text) if e.type == "ASSAULT"] == []


def test_a_martyred_person_is_still_reported_when_the_verb_says_so():
    assert [e.type for e in events("Five fighters were martyred in the shelling of Arvel.")] == ["ASSAULT"]


def test_an_inline_quotation_does_not_cut_the_clause():
    e = only("The ministry blamed \u201cradical groups operating in Tarn\u201d for Sunday\u2019s raid on the depot.")
    assert e.type == "ACCUSE"
    assert e.evidence.endswith("for Sunday\u2019s raid on the depot")


def test_a_place_before_a_modal_is_still_a_place():
    e = only("\u201cAny aggression on Velmora won\u2019t go unanswered,\u201d Tessaly said.")
    assert e.location == "Velmora"
