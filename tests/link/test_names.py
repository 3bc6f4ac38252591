"""Transliteration-aware name keys and comparison (link/names.py)."""
import pytest

from onrecord.link.names import (AliasTable, given_name_conflict, name_keys, norm_key, normalize, same_entity,
                                 skeleton, skeleton_token, skeleton_variants, tokens)

SAME = 0.8     # the linker's threshold


def test_tokens_drop_articles_titles_and_marks():
    assert tokens("Sheikh Qais al-Khazali") == ["qais", "khazali"]
    assert tokens("Prime Minister Mustafa Al-Kadhemi") == ["mustafa", "kadhemi"]
    assert tokens("Martyr General Qassem Soleimani") == ["qassem", "soleimani"]
    assert tokens("Asa’ib Ahl al-Haq") == tokens("Asa'ib Ahl Al-Haq") == ["asaib", "ahl", "haq"]
    assert tokens("U.S.") == ["us"]
    assert tokens("Ayn Al Asad") == ["ayn", "asad"]
    assert tokens("General") == ["general"]          # a title alone stays a name
    assert normalize("Dr. Hana Khoury") == "hana khoury"


def test_norm_key_collapses_doubled_letters():
    assert norm_key("Khazaali") == norm_key("Khazali")
    assert norm_key("Ain al-Assad") == norm_key("Ain al-Asad") == "ain asad"


@pytest.mark.parametrize("a,b", [
    ("Khazali", "Khazaali"), ("Khazali", "al-Khazali"), ("Kadhemi", "Kadhimi"), ("Kadhimi", "Kazimi"),
    ("Jaraf al-Nasr", "Jarf al-Nasr"), ("Jurf al-Nasr", "Jarf al-Nasr"),
    ("Ain al-Asad", "Ayn Al-Asad"), ("Ain al-Assad", "Ayn Al Asad"),
    ("Asa'ib", "Asai'b"), ("Asaib", "Asa’ib"), ("Qais", "Qays"), ("Soleimani", "Suleimani"),
    ("Mohammed", "Muhammad"), ("Hezbollah", "Hizbullah"), ("Ansarullah", "Ansar Allah"),
])
def test_skeletons_of_variants_agree(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a,b,typ", [
    ("Khazali", "Khazaali", "PER"),
    ("Qais al-Khazali", "Khazali", "PER"),
    ("Qais Khazali", "Qais al-Khazali", "PER"),
    ("Sheikh Khazaali", "Qais Al-Khazali", "PER"),
    ("Mustafa al-Kadhemi", "Mustafa al-Kadhimi", "PER"),
    ("Kadhimi", "Mustafa al-Kadhemi", "PER"),
    ("Qassem Soleimani", "Qasem Suleimani", "PER"),
    ("Mohammed bin Salman", "Mohammed bin Salman Al Saud", "PER"),
    ("Jaraf al-Nasr", "Jarf al-Nasr", "LOC"),
    ("Ain al-Asad", "Ayn Al-Asad", "LOC"),
    ("Ain al-Assad", "Ayn Al Asad", "LOC"),
    ("Ain al-Asad Air Base", "Ain al-Assad airbase", "LOC"),
    ("Asa'ib Ahl al-Haq", "Asai'b Ahl Al-Haq", "ORG"),
    ("Asaib Ahl al-Haq", "Asa’ib Ahl al-Haq Movement", "ORG"),
    ("Hezbollah", "Hizbullah", "ORG"),
])
def test_variant_pairs_are_the_same_entity_and_share_a_key(a, b, typ):
    assert same_entity([a], typ, [b], typ) >= SAME
    assert name_keys(a, typ) & name_keys(b, typ)


@pytest.mark.parametrize("a,b,typ", [
    ("Qais al-Khazali", "Laith al-Khazali", "PER"),
    ("Muhammad bin Salman", "Muhammad Shia al-Sudani", "PER"),
    ("Mohammed bin Salman", "Mohammed bin Zayed", "PER"),
    ("Iraq", "Iran", "LOC"),
    ("Washington", "Washington Post", "ORG"),
    ("Press TV", "Islam Times", "ORG"),
    ("Austria", "Australia", "LOC"),
])
def test_different_entities(a, b, typ):
    assert same_entity([a], typ, [b], typ) < SAME


def test_compass_words_are_not_spelling_variants():
    assert same_entity(["Northeast"], "LOC", ["Northwest Arkansas"], "LOC") < SAME
    assert same_entity(["Northeast"], "LOC", ["Northwest"], "LOC") < SAME
    assert same_entity(["Northern Virginia"], "LOC", ["Northern Virginia"], "LOC") >= SAME


def test_types_must_be_compatible():
    assert same_entity(["Jordan"], "PER", ["Jordan"], "LOC") == 0.0
    assert same_entity(["Gaza"], "ORG", ["Gaza"], "LOC") >= SAME


def test_given_name_conflict_vetoes_shared_aliases():
    qais = ["Qais al-Khazali", "Khazali"]
    laith = ["Laith al-Khazali", "Khazali"]
    assert given_name_conflict(qais, laith)
    assert same_entity(qais, "PER", laith, "PER") == 0.0
    assert not given_name_conflict(qais, ["Khazaali"])


def test_known_aliases_from_the_shipped_table():
    assert same_entity(["Hashd al-Shaabi"], "ORG", ["Popular Mobilization Units"], "ORG") == 1.0
    assert same_entity(["PMU"], "ORG", ["PMF"], "ORG") == 1.0
    assert same_entity(["Daesh"], "ORG", ["ISIS"], "ORG") == 1.0
    assert same_entity(["ISIL"], "ORG", ["Islamic State"], "ORG") == 1.0
    assert same_entity(["U.S."], "LOC", ["United States"], "LOC") == 1.0
    assert same_entity(["America"], "LOC", ["USA"], "LOC") == 1.0
    assert same_entity(["Washington"], "LOC", ["US"], "LOC") == 1.0
    assert name_keys("Daesh", "ORG") & name_keys("ISIS", "ORG")


def test_acronyms_are_case_sensitive_in_the_alias_table():
    assert same_entity(["Is"], "ORG", ["Islamic State"], "ORG") < SAME
    assert same_entity(["Us"], "LOC", ["United States"], "LOC") < SAME


def test_user_declared_aliases():
    table = AliasTable()
    table.add(["Abu Fadak", "Abdul Aziz al-Mohammadawi"], "PER")
    assert same_entity(["Abu Fadak"], "PER", ["Abdul Aziz al-Mohammadawi"], "PER", aliases=table) == 1.0
    assert same_entity(["Abu Fadak"], "PER", ["Abdul Aziz al-Mohammadawi"], "PER") < SAME


def test_acronym_against_its_expansion():
    # an acronym alone is not bound to an expansion ("PDT" in a time stamp is no department) ...
    assert same_entity(["PDT"], "ORG", ["Pennsylvania Department of Transportation"], "ORG") < SAME
    assert same_entity(["NDU"], "ORG", ["Northern Defence Units"], "ORG") < SAME
    # ... unless a document binds them
    assert same_entity(["NDU"], "ORG", ["Northern Defence Units", "NDU"], "ORG") >= SAME
    assert name_keys("NDU", "ORG") & name_keys("Northern Defence Units", "ORG")


def test_religious_titles_are_not_name_tokens():
    assert tokens("Hujjat al-Islam Sayyid Hasan Khairallah") == ["hasan", "khairallah"]
    assert tokens("Hojatoleslam Seyed Hassan Khairallah") == ["hassan", "khairallah"]
    assert tokens("His Eminence Sayyed Khairallah") == ["khairallah"]
    assert same_entity(["Hujjat al-Islam Sayyid Hasan Khairallah"], "PER", ["Seyed Hassan Khairallah"], "PER") >= SAME


def test_look_alike_given_names_are_different_names():
    assert same_entity(["Hasan Darwish"], "PER", ["Hassan Darwish"], "PER") >= SAME
    assert same_entity(["Hussein"], "PER", ["Hassan Darwish"], "PER") < SAME
    assert same_entity(["Hussein Darwish"], "PER", ["Hassan Darwish"], "PER") < SAME
    assert given_name_conflict(["Hashem Darwish"], ["Hisham Darwish"])
    assert given_name_conflict(["Ahmed Darwish"], ["Hamid Darwish"])
    assert same_entity(["Hossein Darwish"], "PER", ["Hussein Darwish"], "PER") >= SAME


def test_a_facility_is_not_the_city_it_is_named_after():
    assert same_entity(["Tehran"], "LOC", ["Tehran Airport"], "LOC") < SAME
    assert same_entity(["Baghdad"], "LOC", ["Baghdad International Airport"], "LOC") < SAME
    assert same_entity(["Ain al-Asad"], "LOC", ["Ain al-Asad airbase"], "LOC") >= SAME


# ---------------------------------------------------------------- letter equivalences, short names, cores

@pytest.mark.parametrize("a,b,typ", [
    # q / g / gh / k
    ("Muammar Gaddafi", "Muammar Qaddafi", "PER"), ("Muammar Gaddafi", "Mouammar Kadhafi", "PER"),
    ("Gaddafi", "Qaddafi", "PER"), ("Qasem Soleimani", "Ghasem Soleimani", "PER"),
    ("Mohammad Bagher Ghalibaf", "Mohammad Baqer Qalibaf", "PER"), ("Mohammad Bagheri", "Mohammad Baqeri", "PER"),
    ("Abbas Araghchi", "Abbas Araqchi", "PER"), ("Mohammad Mosaddegh", "Mohammad Mosaddeq", "PER"),
    ("Esmail Qaani", "Esmail Ghaani", "PER"),
    # dh / d / th / z
    ("Muammar Gaddafi", "Moammar Gathafi", "PER"), ("Falih al-Fayyadh", "Faleh al-Fayyad", "PER"),
    ("Mu'ammar al-Qadhdhafi", "Muammar Gaddafi", "PER"), ("Kadhimi", "Kazimi", "PER"),
    # zh / j, x / ks, Ukrainian h / Russian g
    ("Mahmoud Ahmadinejad", "Mahmoud Ahmadinezhad", "PER"), ("Alexei Navalny", "Aleksei Navalny", "PER"),
    ("Luhansk", "Lugansk", "LOC"),
])
def test_letter_equivalences(a, b, typ):
    assert same_entity([a], typ, [b], typ) >= SAME
    assert name_keys(a, typ) & name_keys(b, typ)


def test_skeleton_variants_include_the_plain_skeleton():
    assert skeleton_token("kadhimi") in skeleton_variants("kadhimi")
    assert "kdf" in skeleton_variants("gaddafi") & skeleton_variants("qadhafi") & skeleton_variants("gathafi")
    assert "kzm" in skeleton_variants("kadhimi") and "kdm" in skeleton_variants("kadhimi")


@pytest.mark.parametrize("a,b,typ", [
    ("Hama", "Hamah", "LOC"), ("Qom", "Qum", "LOC"), ("Qom", "Ghom", "LOC"), ("Raqqa", "Rakka", "LOC"),
    ("Raqqa", "Al-Raqqah", "LOC"), ("Kyiv", "Kiev", "LOC"), ("Odesa", "Odessa", "LOC"), ("Sanaa", "San'a", "LOC"),
    ("al-Qaeda", "al-Qa'idah", "ORG"),
])
def test_short_skeletons_match_when_the_names_read_alike(a, b, typ):
    assert same_entity([a], typ, [b], typ) >= SAME
    assert name_keys(a, typ) & name_keys(b, typ)


@pytest.mark.parametrize("a,b", [
    ("Basra", "Busra"), ("Mosul", "Mosel"), ("Samarra", "Samara"), ("Sidon", "Sudan"), ("Kirkuk", "Karak"),
    ("Niger", "Nigeria"), ("Baghdad", "Baghdadi"), ("Homs", "Hama"),
])
def test_short_place_names_need_closer_spelling(a, b):
    assert same_entity([a], "LOC", [b], "LOC") < SAME


@pytest.mark.parametrize("a,b", [
    ("Kirkuk", "Kerkuk"), ("Erbil", "Irbil"), ("Basra", "Al-Basrah"), ("Fallujah", "Fallouja"), ("Idlib", "Idleb"),
    ("Qusayr", "Qusair"), ("Afrin", "Efrin"), ("Ain al-Assad", "Ayn Al Asad"), ("Fordow", "Fordo"),
    ("Mashhad", "Meshed"),
])
def test_short_place_names_spelled_alike_still_match(a, b):
    assert same_entity([a], "LOC", [b], "LOC") >= SAME


def test_arabic_articles_written_with_e():
    assert tokens("Deir ez-Zor") == ["deir", "zor"]
    assert same_entity(["Deir ez-Zor"], "LOC", ["Deir al-Zour"], "LOC") >= SAME
    assert same_entity(["Deir ez-Zor"], "LOC", ["Dayr az-Zawr"], "LOC") >= SAME
    assert same_entity(["Deir ez-Zor"], "LOC", ["Deir Hafer"], "LOC") < SAME


# ---------------------------------------------------------------- people

@pytest.mark.parametrize("a,b", [
    ("Mohammad Javad Zarif", "Javad Zarif"), ("Recep Tayyip Erdogan", "Tayyip Erdogan"),
    ("Akbar Hashemi Rafsanjani", "Ali Akbar Hashemi Rafsanjani"),
])
def test_a_dropped_first_given_name(a, b):
    assert same_entity([a], "PER", [b], "PER") >= SAME
    assert not given_name_conflict([a], [b])


def test_a_dropped_name_is_not_a_father_named_in_a_patronymic():
    assert same_entity(["Tamim bin Hamad Al Thani"], "PER", ["Hamad Al Thani"], "PER") < SAME
    # the shah and his son: known as different people
    assert same_entity(["Mohammad Reza Pahlavi"], "PER", ["Reza Pahlavi"], "PER") < SAME


def test_compound_given_names_and_common_given_name_spellings():
    assert same_entity(["Abdul-Malik al-Houthi"], "PER", ["Abdulmalik al-Houthi"], "PER") >= SAME
    assert same_entity(["Abdulmalik al-Houthi"], "PER", ["Abdul Malik Badruddin al-Houthi"], "PER") >= SAME
    assert not given_name_conflict(["Abdul-Malik al-Houthi"], ["Abdulmalik al-Houthi"])
    assert same_entity(["Gamal Abdel Nasser"], "PER", ["Jamal Abd al-Nasir"], "PER") >= SAME
    assert same_entity(["Sirajuddin Haqqani"], "PER", ["Siraj Haqqani"], "PER") >= SAME
    assert same_entity(["Sirajuddin Haqqani"], "PER", ["Jalaluddin Haqqani"], "PER") < SAME
    assert same_entity(["Gamal Mubarak"], "PER", ["Kamal Mubarak"], "PER") < SAME


def test_a_title_that_goes_with_a_given_name():
    assert same_entity(["Imam Hussein"], "PER", ["Saddam Hussein"], "PER") < SAME
    assert same_entity(["King Hussein"], "PER", ["Saddam Hussein"], "PER") < SAME
    assert same_entity(["Imam Hussein"], "PER", ["Saddam Hussein al-Tikriti"], "PER") < SAME
    assert same_entity(["King Salman"], "PER", ["Salman bin Abdulaziz"], "PER") >= SAME
    assert same_entity(["Imam Hussein"], "PER", ["Husayn ibn Ali"], "PER") >= SAME
    assert same_entity(["President Assad"], "PER", ["Bashar al-Assad"], "PER") >= SAME     # a surname still


def test_short_chinese_syllables_are_not_spelling_variants():
    assert same_entity(["Li Keqiang"], "PER", ["Li Qiang"], "PER") < SAME


# ---------------------------------------------------------------- organisations and places

@pytest.mark.parametrize("a,b", [
    ("Amal Movement", "Harakat Amal"), ("Jabhat al-Nusra", "Nusra Front"), ("Jabhat al-Nusra", "al-Nusra Front"),
    ("Quds Force", "IRGC Quds Force"), ("Quds Force", "IRGC-Quds Force"), ("Hezbollah", "Lebanese Hezbollah"),
    ("Ahrar al-Sham", "Harakat Ahrar al-Sham"), ("Mahdi Army", "Jaysh al-Mahdi"), ("Badr Organization", "Badr Corps"),
    ("Fars News Agency", "Fars"), ("Basij", "Basij Resistance Force"), ("Sadrist Movement", "Sadrist Trend"),
])
def test_generic_and_translated_heads(a, b):
    assert same_entity([a], "ORG", [b], "ORG") >= SAME
    assert name_keys(a, "ORG") & name_keys(b, "ORG")


@pytest.mark.parametrize("a,b", [
    ("Kata'ib Hezbollah", "Hezbollah"), ("Quds Force", "Saraya al-Quds"), ("Harakat al-Nujaba", "Harakat Amal"),
    ("Palestinian Islamic Jihad", "Egyptian Islamic Jihad"), ("Hamas", "Hamas Political Bureau"),
    ("Jaysh al-Mahdi", "Jaysh al-Islam"),
])
def test_heads_do_not_join_different_organisations(a, b):
    assert same_entity([a], "ORG", [b], "ORG") < SAME


def test_straits():
    assert same_entity(["Strait of Hormuz"], "LOC", ["Hormuz Strait"], "LOC") >= SAME
    assert same_entity(["Bab el-Mandeb"], "LOC", ["Bab-el-Mandeb Strait"], "LOC") >= SAME
    assert same_entity(["Hormuz"], "LOC", ["Hormozgan"], "LOC") < SAME


@pytest.mark.parametrize("a,b,typ", [
    ("Fatah", "Fatah al-Islam", "ORG"), ("al-Qaeda", "al-Qaeda in Iraq", "ORG"),
    ("al-Qaeda", "al-Qaeda in the Arabian Peninsula", "ORG"), ("al-Qaeda", "AQAP", "ORG"),
    ("Guinea", "Guinea-Bissau", "LOC"), ("Kayhan", "Kayhan London", "ORG"),
])
def test_a_known_name_is_not_a_longer_name_built_on_it(a, b, typ):
    assert same_entity([a], typ, [b], typ) < SAME


def test_one_word_for_the_whole_still_works():
    assert same_entity(["Asaib"], "ORG", ["Asa'ib Ahl al-Haq"], "ORG") >= SAME


def test_a_province_is_not_its_capital():
    assert same_entity(["Tehran"], "LOC", ["Tehran Province"], "LOC") < SAME
    assert same_entity(["Basra"], "LOC", ["Basra Governorate"], "LOC") < SAME
    assert same_entity(["Mosul"], "LOC", ["Mosul District"], "LOC") < SAME       # a city listed with its aliases
    assert same_entity(["Anbar"], "LOC", ["Anbar Province"], "LOC") >= SAME
    assert same_entity(["Basra Province"], "LOC", ["Basra Governorate"], "LOC") >= SAME


@pytest.mark.parametrize("a,b,typ", [
    ("Jurf al-Sakhar", "Jurf al-Nasr", "LOC"), ("Mosul", "al-Mawsil", "LOC"), ("Kobani", "Ayn al-Arab", "LOC"),
    ("Erbil", "Hawler", "LOC"), ("Sinjar", "Shingal", "LOC"), ("Sidon", "Saida", "LOC"), ("Aleppo", "Halab", "LOC"),
    ("Al Asad Air Base", "Ain al-Asad Air Base", "LOC"), ("Abu Mazen", "Mahmoud Abbas", "PER"),
    ("Pasdaran", "IRGC", "ORG"), ("CCP", "CPC", "ORG"), ("Chinese Communist Party", "Communist Party of China", "ORG"),
])
def test_shipped_aliases(a, b, typ):
    assert same_entity([a], typ, [b], typ) == 1.0


def test_an_empty_alias_table_is_used_as_given():
    empty = AliasTable()
    assert len(empty) == 0
    assert same_entity(["PMU"], "ORG", ["Hashd al-Shaabi"], "ORG", aliases=empty) < SAME
    assert not any(k.startswith("g:") for k in name_keys("PMU", "ORG", empty))
