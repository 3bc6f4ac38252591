"""Cross-document entity resolution (link/entities.py)."""
from onrecord.extract.entities import recognise
from onrecord.link.entities import resolve_entities
from onrecord.models import LocalEntity


def ent(name, typ="PER", aliases=(), roles=()):
    from onrecord.link.names import normalize
    return LocalEntity(f"{typ}:{normalize(name)}", name, typ, list(aliases), list(roles))


def cluster_of(entities, doc, key):
    hits = [e for e in entities if any(m.document_id == doc and m.key == key for m in e.members)]
    assert len(hits) == 1
    return hits[0]


def test_variants_across_documents_merge():
    items = [
        ("d1", ent("Qais Khazali", aliases=["Khazali"], roles=["Secretary-General of Asa'ib Ahl Al-Haq"])),
        ("d2", ent("Khazaali")),
        ("d3", ent("Qais al-Khazali", aliases=["Khazali"])),
        ("d4", ent("Qais Al-Khazali", aliases=["Al-Khazali", "al-Khazali"])),
        ("d1", ent("Asa'ib Ahl Al-Haq", "ORG")),
        ("d2", ent("Asaib Ahl Al-Haq", "ORG", aliases=["Asaib"])),
        ("d4", ent("Asa’ib Ahl al-Haq Movement", "ORG")),
        ("d3", ent("Mustafa al-Kadhemi", aliases=["Kadhimi"], roles=["Prime Minister"])),
        ("d5", ent("Mustafa al-Kadhimi")),
    ]
    out = resolve_entities(items)
    khazali = cluster_of(out, "d1", "PER:qais khazali")
    assert {(m.document_id, m.key) for m in khazali.members} == {
        ("d1", "PER:qais khazali"), ("d2", "PER:khazaali"), ("d3", "PER:qais khazali"), ("d4", "PER:qais khazali")}
    assert khazali.type == "PER"
    assert khazali.name in ("Qais al-Khazali", "Qais Al-Khazali", "Qais Khazali")
    assert "Khazaali" in khazali.aliases
    assert "Secretary-General of Asa'ib Ahl Al-Haq" in khazali.roles
    aah = cluster_of(out, "d1", "ORG:asaib ahl haq")
    assert len(aah.members) == 3
    kadhimi = cluster_of(out, "d3", "PER:mustafa kadhemi")
    assert len(kadhimi.members) == 2 and kadhimi.roles == ["Prime Minister"]


def test_known_aliases_link_across_documents():
    items = [
        ("d1", ent("Popular Mobilization Units", "ORG", aliases=["PMU"])),
        ("d2", ent("Hashd al-Shaabi", "ORG")),
        ("d3", ent("Daesh", "ORG")),
        ("d4", ent("ISIS", "ORG")),
        ("d1", ent("U.S.", "LOC", aliases=["America", "Washington"])),
        ("d2", ent("United States", "LOC", aliases=["US"])),
        ("d3", ent("Washington Post", "ORG")),
    ]
    out = resolve_entities(items)
    assert cluster_of(out, "d1", "ORG:popular mobilization units") is cluster_of(out, "d2", "ORG:hashd shaabi")
    assert cluster_of(out, "d3", "ORG:daesh") is cluster_of(out, "d4", "ORG:isis")
    us = cluster_of(out, "d1", "LOC:us")
    assert us is cluster_of(out, "d2", "LOC:united states")
    assert us is not cluster_of(out, "d3", "ORG:washington post")


def test_surname_does_not_chain_two_people():
    items = [
        ("d1", ent("Qais al-Khazali")),
        ("d2", ent("Laith al-Khazali")),
        ("d3", ent("Khazali")),
        ("d4", ent("Qais Khazaali")),
    ]
    out = resolve_entities(items)
    qais = cluster_of(out, "d1", "PER:qais khazali")
    laith = cluster_of(out, "d2", "PER:laith khazali")
    assert qais is not laith
    assert cluster_of(out, "d4", "PER:qais khazaali") is qais
    # the bare surname could be either brother: it stays on its own
    bare = cluster_of(out, "d3", "PER:khazali")
    assert bare is not qais and bare is not laith


def test_bare_surname_joins_the_only_candidate():
    items = [("d1", ent("Elias Varga")), ("d2", ent("Varga")), ("d3", ent("Nora Lind"))]
    out = resolve_entities(items)
    assert cluster_of(out, "d1", "PER:elias varga") is cluster_of(out, "d2", "PER:varga")
    assert len(out) == 2


def test_different_people_with_a_shared_given_name_stay_apart():
    items = [("d1", ent("Muhammad bin Salman")), ("d2", ent("Muhammad Shia al-Sudani")),
             ("d3", ent("Mohammed al-Sudani"))]
    out = resolve_entities(items)
    mbs = cluster_of(out, "d1", "PER:muhammad bin salman")
    sudani = cluster_of(out, "d2", "PER:muhammad shia sudani")
    assert mbs is not sudani
    assert cluster_of(out, "d3", "PER:mohammed sudani") is sudani


def test_ids_are_deterministic_and_independent_of_order():
    items = [("d1", ent("Qais Khazali")), ("d2", ent("Khazaali")), ("d1", ent("Iraq", "LOC")),
             ("d2", ent("Iraq", "LOC")), ("d3", ent("Jaraf al-Nasr", "LOC")), ("d4", ent("Jarf al-Nasr", "LOC"))]
    a = resolve_entities(items)
    b = resolve_entities(list(reversed(items)))
    assert sorted((e.id, e.name) for e in a) == sorted((e.id, e.name) for e in b)
    assert all(e.id.startswith("e-") for e in a)
    assert len({e.id for e in a}) == len(a) == 3


def test_corrections_merge_split_alias():
    items = [
        ("d1", ent("Abu Fadak")),
        ("d2", ent("Abdul Aziz al-Mohammadawi")),
        ("d3", ent("Hadi Amiri")),
        ("d4", ent("Hadi al-Amiri")),
        ("d5", ent("Elias Varga")),
    ]
    before = resolve_entities(items)
    assert cluster_of(before, "d3", "PER:hadi amiri") is cluster_of(before, "d4", "PER:hadi amiri")
    amiri_id = cluster_of(before, "d3", "PER:hadi amiri").id
    corrections = [
        {"action": "merge", "payload": {"a": "Abu Fadak", "b": "Abdul Aziz al-Mohammadawi"}},
        {"action": "split", "payload": {"entity": amiri_id, "names": ["Hadi al-Amiri"]}},
        {"action": "alias", "payload": {"entity": "Elias Varga", "alias": "E. Varga"}},
    ]
    after = resolve_entities(items, corrections)
    assert cluster_of(after, "d1", "PER:abu fadak") is cluster_of(after, "d2", "PER:abdul aziz mohammadawi")
    assert cluster_of(after, "d3", "PER:hadi amiri") is not cluster_of(after, "d4", "PER:hadi amiri")
    assert "E. Varga" in cluster_of(after, "d5", "PER:elias varga").aliases
    assert len({e.id for e in after}) == len(after)


def test_corrections_refer_to_ids_that_change_on_the_way():
    items = [("d1", ent("Nora Lind")), ("d2", ent("Nora Lindqvist")), ("d3", ent("N. Lindqvist-Berg"))]
    first = resolve_entities(items)
    lind = cluster_of(first, "d1", "PER:nora lind").id
    lq = cluster_of(first, "d2", "PER:nora lindqvist").id
    corrections = [
        {"action": "merge", "payload": {"a": lind, "b": lq}},
        {"action": "alias", "payload": {"entity": lind, "alias": "Nora L."}},   # old id, after the merge
    ]
    after = resolve_entities(items, corrections)
    merged = cluster_of(after, "d1", "PER:nora lind")
    assert merged is cluster_of(after, "d2", "PER:nora lindqvist")
    assert "Nora L." in merged.aliases


def test_end_to_end_from_recognised_documents():
    docs = {
        "a": "Sheikh Tariq al-Mansouri, leader of the Dawn Brigades, said on Monday the truce in Basra would hold.",
        "b": "Tareq Mansouri told reporters in Basra that the Dawn Brigades were ready. Mansouri left.",
        "c": "Omar al-Mansouri, a businessman, was not related to the cleric.",
    }
    items = []
    for doc_id, text in docs.items():
        entities, _ = recognise(text)
        items += [(doc_id, e) for e in entities]
    out = resolve_entities(items)
    by_name = {e.name: e for e in out}
    tariq = next(e for e in out if e.type == "PER" and {"a", "b"} <= {m.document_id for m in e.members})
    assert "c" not in {m.document_id for m in tariq.members}
    basra = next(e for e in out if e.name == "Basra")
    assert {m.document_id for m in basra.members} == {"a", "b"}
    assert any("Dawn Brigades" == n for n in by_name)


def test_corrections_as_the_cli_records_them_survive_id_changes():
    items = [("d1", ent("Abu Fadak")), ("d2", ent("Abdul Aziz al-Mohammadawi")), ("d3", ent("Elias Varga"))]
    corrections = [
        {"action": "merge", "payload": {"a": "e-000000000000", "b": "e-111111111111",
                                        "a_name": "Abu Fadak", "b_name": "Abdul Aziz al-Mohammadawi"}},
        {"action": "alias", "payload": {"entity": "e-222222222222", "entity_name": "Elias Varga",
                                        "alias": "Eli Varga"}},
    ]
    items.append(("d4", ent("Eli Varga")))
    out = resolve_entities(items, corrections)
    assert cluster_of(out, "d1", "PER:abu fadak") is cluster_of(out, "d2", "PER:abdul aziz mohammadawi")
    varga = cluster_of(out, "d3", "PER:elias varga")
    assert varga is cluster_of(out, "d4", "PER:eli varga")      # the declared alias links d4 too
    assert "Eli Varga" in varga.aliases


def test_news_places_and_clubs_across_documents():
    docs = {
        "a": ("Heavy winds hit all three New York-area airports. Gary Burtless of the Brookings Institution in "
              "Washington said so. Road conditions were poor in the Northeast. Updated 9:45 PM PDT. "
              "FC Goa beat Mumbai City FC 5-0."),
        "b": ("Casinos faced competition from Pennsylvania, Connecticut and New York. Residents of Northwest "
              "Arkansas lost power. The Pennsylvania Department of Transportation said roads were clear. "
              "Traffic in Washington, D.C. was heavy, and FC Goa moved to the top of the table."),
        "c": "Wang Yi spoke in New York City. Washington is exerting pressure on Beijing, the United States said.",
    }
    items = []
    for doc_id, text in docs.items():
        entities, _ = recognise(text)
        items += [(doc_id, e) for e in entities]
    out = resolve_entities(items)

    def find(doc, name):
        hits = [e for e in out if any(m.document_id == doc for m in e.members)
                and (e.name == name or name in e.aliases)]
        assert hits, (doc, name, [e.name for e in out])
        return hits[0]
    assert find("a", "FC Goa") is find("b", "FC Goa")
    assert find("a", "Washington, D.C.") is find("b", "Washington, D.C.")
    assert find("c", "United States") is not find("a", "Washington, D.C.")
    assert find("a", "New York") is find("c", "New York City")
    assert find("b", "New York State") is not find("a", "New York")
    assert find("a", "Northeast") is not find("b", "Northwest Arkansas")
    assert not any("PDT" in [e.name, *e.aliases] for e in out)


def test_title_variants_and_a_bare_surname_link_to_one_person():
    items = [
        ("d1", ent("Hassan Khairallah", roles=["Secretary-General"])),
        ("d2", ent("Hujjat al-Islam Sayyid Hasan Khairallah", aliases=["Khairallah"])),
        ("d3", ent("Seyed Hassan Khairallah", aliases=["Khairallah"])),
        ("d4", ent("Khairallah")),
        ("d5", ent("Hussein")),
        ("d5", ent("Hassan Khairallah")),
    ]
    out = resolve_entities(items)
    person = cluster_of(out, "d1", "PER:hassan khairallah")
    assert {m.document_id for m in person.members} == {"d1", "d2", "d3", "d4", "d5"}
    assert cluster_of(out, "d5", "PER:hussein") is not person


def test_an_empty_alias_table_is_not_replaced_by_the_shipped_one():
    from onrecord.link.names import AliasTable
    items = [("d1", ent("PMU", "ORG")), ("d2", ent("Hashd al-Shaabi", "ORG"))]
    assert len(resolve_entities(items)) == 1
    assert len(resolve_entities(items, aliases=AliasTable())) == 2


def test_transliterations_and_short_forms_link_across_documents():
    items = [
        ("d1", ent("Muammar Gaddafi", aliases=["Gaddafi"])),
        ("d2", ent("Moammar Gadhafi")),
        ("d3", ent("Muammar al-Qadhafi", aliases=["Qadhafi"])),
        ("d4", ent("Mohammad Javad Zarif")),
        ("d5", ent("Javad Zarif", aliases=["Zarif"])),
        ("d1", ent("Harakat Amal", "ORG")),
        ("d2", ent("Amal Movement", "ORG")),
        ("d3", ent("Luhansk", "LOC")),
        ("d4", ent("Lugansk", "LOC")),
    ]
    out = resolve_entities(items)
    assert len(cluster_of(out, "d1", "PER:muammar gaddafi").members) == 3
    assert cluster_of(out, "d4", "PER:mohammad javad zarif") is cluster_of(out, "d5", "PER:javad zarif")
    assert cluster_of(out, "d1", "ORG:harakat amal") is cluster_of(out, "d2", "ORG:amal movement")
    assert cluster_of(out, "d3", "LOC:luhansk") is cluster_of(out, "d4", "LOC:lugansk")


def test_look_alikes_stay_apart_across_documents():
    items = [
        ("d1", ent("Saddam Hussein")),
        ("d2", ent("Imam Hussein")),
        ("d3", ent("Tehran", "LOC")),
        ("d4", ent("Tehran Province", "LOC")),
        ("d1", ent("Basra", "LOC")),
        ("d2", ent("Busra", "LOC")),
        ("d3", ent("Fatah", "ORG")),
        ("d4", ent("Fatah al-Islam", "ORG")),
        ("d5", ent("Mohammad Reza Pahlavi")),
        ("d6", ent("Reza Pahlavi")),
    ]
    out = resolve_entities(items)
    assert len(out) == len(items)
