"""Framing per outlet: weighted log-odds with an informative Dirichlet prior."""
from __future__ import annotations

from collections import Counter

from onrecord.link.framing import UNKNOWN_OUTLET, compute_framing, outlet_of, weighted_log_odds
from onrecord.models import Document, EntityRef, GlobalEntity

from .compare_samples import Builder


def test_log_odds_favour_the_words_one_side_uses_more():
    mine = Counter({"martyred": 6, "occupation": 4, "said": 5})
    rest = Counter({"killed": 7, "presence": 3, "said": 5})
    prior = mine + rest
    scores = weighted_log_odds(mine, rest, prior, prior_strength=10)
    assert scores["martyred"][1] > 1.0 and scores["killed"][1] < -1.0
    assert abs(scores["said"][1]) < abs(scores["martyred"][1])
    back = weighted_log_odds(rest, mine, prior, prior_strength=10)
    assert abs(back["killed"][1] + scores["killed"][1]) < 1e-9      # symmetric


def test_a_stronger_prior_shrinks_the_scores():
    mine, rest = Counter({"martyred": 3, "x": 3}), Counter({"killed": 3, "x": 3})
    weak = weighted_log_odds(mine, rest, mine + rest, 1)["martyred"][0]
    strong = weighted_log_odds(mine, rest, mine + rest, 1000)["martyred"][0]
    assert 0 < strong < weak


def test_outlet_label_falls_back_to_broadcaster_then_unknown():
    assert outlet_of(Document("a", "s", "t", outlet="Islam Times", broadcaster="X")) == "Islam Times"
    assert outlet_of(Document("a", "s", "t", broadcaster="Al-Ahd TV")) == "Al-Ahd TV"
    assert outlet_of(Document("a", "s", "t")) == UNKNOWN_OUTLET


def _report(name, outlet, text):
    b = Builder(name, text, published="2024-03-12", outlet=outlet)
    key = b.entity("ORG", "Northern Shield")
    return b, key


def test_distinctive_terms_come_from_context_windows_of_shared_entities():
    texts = {
        "Gazette": ["The Northern Shield militia lost five fighters, killed in the strike.",
                    "Officials said the Northern Shield militia fighters were killed near the border."],
        "Voice": ["Five heroes of the Northern Shield resistance were martyred by the occupation.",
                  "The occupation martyred fighters of the Northern Shield resistance at dawn."],
    }
    builders, entity = [], GlobalEntity("E-ns", "Northern Shield", "ORG")
    for outlet, items in texts.items():
        for i, t in enumerate(items):
            b, key = _report(f"{outlet}{i}", outlet, t)
            builders.append(b)
            entity.members.append(EntityRef(b.id, key))
    framing = {f.outlet: f for f in compute_framing([b.pair() for b in builders], [entity], top=5, min_count=2)}
    gazette = [t.term for t in framing["Gazette"].top_terms]
    voice = [t.term for t in framing["Voice"].top_terms]
    assert "militia" in gazette and "killed" in gazette
    assert "resistance" in voice and "occupation" in voice and "martyred" in voice
    assert "resistance" not in gazette and "militia" not in voice
    top = framing["Voice"].top_terms[0]
    assert top.count >= 2 and top.rest_count == 0 and top.z > 0
    # the names themselves are not terms, and the seeds are counted per outlet
    assert "northern" not in gazette + voice
    seeds = {(p["a"], p["b"]): (p["a_count"], p["b_count"]) for p in framing["Voice"].seed_pairs}
    assert seeds[("militia", "resistance")] == (0, 2) and seeds[("killed", "martyred")] == (0, 2)
    assert framing["Gazette"].names == {"Northern Shield": ["Northern Shield"]}
    assert framing["Gazette"].to_dict()["top_terms"][0]["term"] in gazette


def test_an_entity_named_by_one_outlet_only_gives_no_windows():
    b, _ = _report("solo", "Gazette", "The Northern Shield militia struck again.")
    c = Builder("other", "Nothing in common here.", outlet="Voice")
    framing = {f.outlet: f for f in compute_framing([b.pair(), c.pair()], [])}
    assert framing["Gazette"].tokens == 0 and framing["Gazette"].top_terms == []
