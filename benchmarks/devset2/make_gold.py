"""Build the devset2 gold (gold/*.json, entities.json, speech_events.json) from the annotations below.

Run: python3 benchmarks/devset2/make_gold.py   (checks that every quote, evidence and body snippet is
found in its text with the scorer's own normalisation, and writes sha256 of the corpus file bytes)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldbuilder import *  # noqa: E402,F401,F403  (ENT, SPEECH, DOCS, ent, day, Q, V, doc, main)


# ------------------------------------------------------------------ shared entities
ent("qais_khazali", "Qais al-Khazali", "PER", "Qais Khazali", "Khazali", "Qais Al-Khazali", "al-Khazali", "Khazaali", "Sheikh Qais al-Khazali")
ent("asaib_ahl_al_haq", "Asa'ib Ahl al-Haq", "ORG", "Asa’ib Ahl Al-Haq", "Asa'ib Ahl Al-Haq", "Asaib Ahl al-Haq", "Asaib Ahl al-Haqq", "AAH")
ent("hassan_nasrallah", "Hassan Nasrallah", "PER", "Nasrallah", "Sayyed Hassan Nasrallah", "Seyed Hassan Nasrallah", "Sayyid Hasan Nasrallah",
    "Hasan Nasrallah", "Sayyed Nasrallah", "Nasarallah", "Hujjat al-Islam Sayyid Hasan Nasrallah", "Sayyid Hassan Nasrallah",
    "Seyyed Hassan Nasrallah", "Hezbollah chief", "Hezbollah Secretary-General")
ent("hezbollah", "Hezbollah", "ORG", "Hizbullah", "Hizballah", "Hizbollah")
ent("kataib_hezbollah", "Kataib Hezbollah", "ORG", "Kataeb Hezbollah", "Kata'ib Hezbollah", "Kata’ib Hizbullah", "Kataib Hizbullah",
    "Iraqi Hezbollah", "Hezbollah Brigades")
ent("united_states", "United States", "LOC", "U.S.", "US", "America", "USA", "the United States", "Washington", "United States of America")
ent("iraq", "Iraq", "LOC")
ent("iran", "Iran", "LOC", "Islamic Republic of Iran", "Islamic Republic")
ent("lebanon", "Lebanon", "LOC")
ent("israel", "Israel", "LOC")
ent("syria", "Syria", "LOC")
ent("jordan", "Jordan", "LOC")
ent("palestine", "Palestine", "LOC")
ent("jerusalem", "Jerusalem", "LOC", "Al-Quds")
ent("gaza", "Gaza Strip", "LOC", "Gaza")
ent("west_bank", "West Bank", "LOC")
ent("yemen", "Yemen", "LOC")
ent("uae", "United Arab Emirates", "LOC", "UAE", "Emirates")
ent("baghdad", "Baghdad", "LOC")
ent("beirut", "Beirut", "LOC")
ent("tehran", "Tehran", "LOC")
ent("al_mayadeen", "Al Mayadeen", "ORG", "Al-Mayadeen", "Mayadeen TV", "Al-Mayadeen TV", "Mayadeen")
ent("al_manar", "Al-Manar TV", "ORG", "Al-Manar", "al-Manar", "Al Manar", "Al Manar TV", "al-Manar television network")
ent("al_nour", "Al-Nour radio", "ORG", "Al-Nour", "Al-Nour radio station", "Al Nour", "Radio Al-Nour")
ent("al_alam", "Al-Alam TV", "ORG", "Al-Alam", "Al-Alam Network", "Al Alam", "Al-Alam News Network")
ent("islamic_resistance_in_iraq", "Islamic Resistance in Iraq", "ORG")
ent("pentagon", "Pentagon", "ORG", "US Department of Defense", "Department of Defense")
BC_MAYADEEN = ["Al Mayadeen", "Al-Mayadeen", "Mayadeen TV", "Al-Mayadeen TV", "Mayadeen"]
BC_MANAR = ["Al-Manar TV", "Al-Manar", "Al Manar", "Al Manar TV", "al-Manar television network"]
BC_NOUR = ["Al-Nour radio station", "Al-Nour", "Al-Nour radio", "Al Nour"]

# ------------------------------------------------------------------ 001 MEMRI #7683, Khazali outside the US embassy
SPEECH["khazali_2019_12_31_mayadeen"] = {"speaker": "qais_khazali", "date": day("2019-12-31"),
                                         "medium": "interview with Al-Mayadeen outside the U.S. Embassy in Baghdad"}
doc("001_memri_khazali_us_embassy.txt",
    "Iraqi Shiite Militia Leader Qais Khazali outside of U.S. Embassy in Baghdad: This Embassy Spies and Schemes against Iraq",
    "2019-12-31", BC_MAYADEEN, "7683",
    ["Qais Khazali, the Secretary-General of Asa’ib Ahl Al-Haq, an Iraqi Shiite militia",
     "This is the place from which Iraq’s sovereignty is being violated."],
    ["#7683 | 00:39", "Source: Mayadeen TV (Lebanon)"],
    [("qais_khazali", ["Qais Khazali", "Khazali"]), ("asaib_ahl_al_haq", ["Asa’ib Ahl Al-Haq"]), ("united_states", ["U.S."]),
     ("baghdad", ["Baghdad"]), ("iraq", ["Iraq"]), ("al_mayadeen", ["Mayadeen TV"]), ("lebanon", ["Lebanon"])],
    ["U.S. Embassy", "U.S. Embassy in Baghdad", "Iran", "Iran-backed", "Iran-backed militias", "Iraqi", "American", "Shiite"],
    [Q("This Embassy Spies and Schemes against Iraq", "qais_khazali", "direct", True),
     Q("the U.S. Embassy is the center of spying and scheming against Iraq and of conspiracies to destroy Iraq and violate its sovereignty", "qais_khazali", "indirect"),
     Q("It has been proven that this [American] embassy schemes and spies against Iraq. This embassy is where the plans to destroy Iraq are managed. This is a place where conspiracies are hatched against Iraq. It supports the saboteurs and the American joker. This is the place where the plans to destroy this country are managed. This is the place from which Iraq’s sovereignty is being violated.", "qais_khazali")],
    [V("PROTEST", "which was stormed that day by supporters of Iran-backed militias in Iraq", day("2019-12-31"), None, "united_states", "baghdad"),
     V("ACCUSE", ["It has been proven that this [American] embassy schemes and spies against Iraq",
                  "the U.S. Embassy is the center of spying and scheming against Iraq"], day("2019-12-31"), "qais_khazali", "united_states")],
    "khazali_2019_12_31_mayadeen")

# ------------------------------------------------------------------ 002 MEMRI #3236, Nasrallah Ashura address
ent("hussein_ibn_ali", "Hussein ibn Ali", "PER", "Hussein", "Imam Hussein", "Husayn")
SPEECH["nasrallah_2011_12_06_ashura"] = {"speaker": "hassan_nasrallah", "date": day("2011-12-06"),
                                         "medium": "Ashura address aired on Al-Manar TV"}
doc("002_memri_nasrallah_ashura.txt",
    "Hizbullah Secretary-General Hassan Nasrallah: The US Administration Is Occupying Palestine and Desecrating and Threatening Jerusalem",
    "2011-12-06", BC_MANAR, "3236",
    ["Following are excerpts from an address delivered by Hizbullah Secretary-General Hassan Nasrallah",
     "an Arab regime of capitulation, that will accept everything that US and Israel want. That is the truth."],
    ["#3236 | 04:42", "Source: Al-Manar TV (Lebanon)"],
    [("hassan_nasrallah", ["Hassan Nasrallah"]), ("hezbollah", ["Hizbullah"]), ("al_manar", ["Al-Manar TV"]),
     ("united_states", ["US", "America"]), ("palestine", ["Palestine"]), ("jerusalem", ["Jerusalem"]), ("gaza", ["Gaza"]),
     ("west_bank", ["West Bank"]), ("syria", ["Syria"]), ("israel", ["Israel"]), ("hussein_ibn_ali", ["Hussein"])],
    ["Day of Ashura", "Ashura", "Arabs", "Muslims", "Palestinians", "Israeli", "Arab", "US administration", "Lebanon"],
    [Q("The US Administration Is Occupying Palestine and Desecrating and Threatening Jerusalem", "hassan_nasrallah", "direct", True),
     Q("I wanted to be with you for a few minutes on the Day of Ashura, so that together, before the entire world, we reiterate our choice, and we renew our commitment to Hussein.", "hassan_nasrallah"),
     Q("Brother and sisters, on the Day of Ashura, we renew our commitment and our pledge of allegiance. Wait a few minutes, and I will appear on the screen. Don't go away. We will renew our commitment to Hussein, may he rest in peace.", "hassan_nasrallah"),
     Q("Oh Arabs and Muslims, oh the people and the political forces, do not be misled by the US administration. It is this administration that occupies your Palestine, desecrates and threatens your Jerusalem. It is responsible – even more than the [Israeli] enemy – for the detention of thousands of Palestinians in prisons, for their displacement, for their torture, and for besieging them in Gaza and in the West Bank. That is America.", "hassan_nasrallah"),
     Q("The main issue is the attempt to target the resistance movements in the region. What they want in Syria is not reforms, not the curbing of corruption, and not pluralism. What they want in Syria is a treacherous Arab regime, an Arab regime of capitulation, that will accept everything that US and Israel want. That is the truth.", "hassan_nasrallah")],
    [V("ACCUSE", "It is this administration that occupies your Palestine, desecrates and threatens your Jerusalem", day("2011-12-06"),
       "hassan_nasrallah", "united_states")],
    "nasrallah_2011_12_06_ashura")

# ------------------------------------------------------------------ 003 Tasnim, Nasrallah al-Manar interview (look-alike of 004/005)
ent("tasnim", "Tasnim News Agency", "ORG", "Tasnim")
ent("hashem_safieddine", "Hashem Safieddine", "PER", "Sayed Hashem Safieddine", "Safieddine", "Hashem Safiuddin", "Sayyed Hashem Safieddine")
SPEECH["nasrallah_2022_almanar_interview"] = {"speaker": "hassan_nasrallah", "date": None,
                                              "medium": "interview with Al-Manar TV on a Wednesday (date not stated in the report)"}
doc("003_tasnim_nasrallah_almanar_interview.txt",
    "Resistance Has Become Stronger in All Areas, Hezbollah Chief Says", None, BC_MANAR, None,
    ["The secretary-general of the Lebanese resistance movement of Hezbollah said that the resistance has become stronger in all areas",
     "Hezbollah is strong and is capable of winning any type of warfare"],
    [],
    [("tasnim", ["Tasnim"]), ("tehran", ["TEHRAN"]), ("hezbollah", ["Hezbollah"]), ("hassan_nasrallah", ["Seyed Hassan Nasrallah", "Nasrallah"]),
     ("lebanon", ["Lebanon"]), ("al_manar", ["al-Manar"]), ("israel", ["Israel"]), ("hashem_safieddine", ["Sayed Hashem Safieddine"])],
    ["Lebanese", "Israeli", "Zionist", "Israeli-occupied territories", "Executive Council", "Hezbollah chief", "Hezbollah Chief"],
    [Q("Resistance Has Become Stronger in All Areas", "hassan_nasrallah", "indirect", True),
     Q("the resistance has become stronger in all areas, including its military power and devotion", "hassan_nasrallah", "indirect"),
     Q("There are no ceilings to this resistance,", "hassan_nasrallah"),
     Q("the resistance’s supporters have grown larger in number.", "hassan_nasrallah"),
     Q("“temporary regime” whose termination is only a matter of time", "hassan_nasrallah", "mixed"),
     Q("The Zionist regime (of Israel) is moribund,", "hassan_nasrallah"),
     Q("he endorsed a campaign across the cyberspace that has proposed that the occupying regime be called a “temporary regime.”", "hassan_nasrallah", "mixed"),
     Q("Hezbollah “was completely prepared for battle,”", "hassan_nasrallah", "mixed"),
     Q("If the Israeli enemy happens to impose a war on Lebanon, it will (then) get to witness our bravery.", "hassan_nasrallah"),
     Q("When you choose silence and surrender your weapons, it is as if you are telling the enemy that ‘I am wretched and weak.’ (This is while) the enemy is arrogant and will render you weaker,", "hassan_nasrallah"),
     Q("the Lebanese resistance movement was sure to emerge victorious from any war, citing the group’s achievements, including its recent successful flying of a drone over the Israeli-occupied territories", "hashem_safieddine", "indirect", True),
     Q("Hezbollah is strong and is capable of winning any type of warfare", "hashem_safieddine", "indirect")],
    [V("THREATEN", "If the Israeli enemy happens to impose a war on Lebanon, it will (then) get to witness our bravery", None,
       "hassan_nasrallah", "israel", "lebanon")],
    "nasrallah_2022_almanar_interview")

# ------------------------------------------------------------------ 004 Tehran Times + 005 Al-Ahed: same Al-Alam interview (2022-02-08)
ent("abdul_malik_al_houthi", "Abdul-Malik al-Houthi", "PER", "Sayyed al-Houthi", "al-Houthi", "Abdul-Malik Badreddin al-Houthi",
    "Abdul Malik al-Houthi", "AbdulMalik al-Houthi", "Sayyed Abdul-Malik al-Houthi")
ent("ansarullah", "Ansar Allah", "ORG", "Ansarullah", "Ansarallah", "Ansarallah movement", "Houthis", "Houthi movement")
SPEECH["nasrallah_2022_02_08_alalam"] = {"speaker": "hassan_nasrallah", "date": day("2022-02-08"),
                                         "medium": "interview with Al-Alam TV on the 43rd anniversary of the Islamic Revolution"}
doc("004_tehrantimes_nasrallah_iran_superpower.txt",
    "Sayyed Nasrallah: “Iran is a regional superpower”", "2022-02-09", None, None,
    ["Hezbollah Secretary-General Sayyed Hassan Nasrallah says that Iran is a regional superpower",
     "which is its withdrawal from the war."],
    [],
    [("tehran", ["TEHRAN"]), ("hezbollah", ["Hezbollah"]), ("hassan_nasrallah", ["Sayyed Hassan Nasrallah", "Nasrallah", "Sayyed Nasrallah"]),
     ("iran", ["Iran", "Islamic Republic of Iran", "Islamic Republic"]), ("united_states", ["America", "U.S.", "Washington"]),
     ("israel", ["Israel"]), ("lebanon", ["Lebanon"]), ("yemen", ["Yemen"]), ("uae", ["UAE"]),
     ("abdul_malik_al_houthi", ["Sayyed al-Houthi"]), ("ansarullah", ["Ansarallah movement"])],
    ["Islamic Revolution", "Islamic Revolution in Iran", "Saudi-led coalition", "Saudi coalition", "Saudi", "Emirati", "Yemenis",
     "Islamic world", "Western powers", "Hezbollah Chief", "Ansarallah"],
    [Q("Iran is a regional superpower", "hassan_nasrallah", "direct", True),
     Q("Iran is a regional superpower that cannot be easily ignored or fought", "hassan_nasrallah", "indirect"),
     Q("Iran is a country with real independence and complete sovereignty, and it is the people who rule in Iran", "hassan_nasrallah"),
     Q("The Islamic Republic of Iran is a model of independence and freedom in the Islamic world and the world as a whole. Many in the region who talk about independence and sovereignty are working for foreign embassies", "hassan_nasrallah"),
     Q("America has not and will not be able to stop the development of Iran's nuclear program, and the Islamic Republic is not interested in creating nuclear weapons", "hassan_nasrallah"),
     Q("the Islamic Revolution “pushed Israel and the U.S. out of Iran”", "hassan_nasrallah", "mixed"),
     Q("the resistance considers that it is interested in possessing any weapon that would enable it to defend Lebanon and its people.", "hassan_nasrallah"),
     Q("Washington's talk about war with Iran is just exaggeration,", "hassan_nasrallah"),
     Q("if Iran is bombed by Israel, the response will be violent.", "hassan_nasrallah"),
     Q("normalization with the regime benefits the latter financially.", "hassan_nasrallah"),
     Q("the UAE has resorted to Western powers and Israel to protect it in the face of Yemen.", "hassan_nasrallah"),
     Q("the solution to the UAE problem in Yemen is its withdrawal", "hassan_nasrallah", "indirect"),
     Q("the solution to the issue between the Yemenis and the UAE is easy, and the [leader of the Ansarallah movement] Sayyed al-Houthi announced it previously, which is its withdrawal from the war.", "hassan_nasrallah")],
    [V("THREATEN", "if Iran is bombed by Israel, the response will be violent", None, "hassan_nasrallah", "israel")],
    "nasrallah_2022_02_08_alalam")

ent("al_ahed_news", "Al-Ahed News", "ORG", "Al-Ahed", "Al-Ahed News website", "Al-Ahed Telegram")
ent("interviewer_alalam_2022_02_08", "Interviewer", "PER", "Q", "the interviewer", "Al-Alam TV interviewer", "host")
ent("ruhollah_khomeini", "Ruhollah Khomeini", "PER", "Imam Khomeini", "Khomeini", "Ayatollah Khomeini")
ent("paris", "Paris", "LOC")
ent("france", "France", "LOC")
ent("tehran_airport", "Tehran Airport", "LOC", "Tehran airport", "Mehrabad Airport")
ent("behesht_e_zahra", "Behesht-e Zahra Cemetery", "LOC", "Jannat al-Zahra Cemetery", "Jannat al-Zahra", "Behesht-e Zahra")
doc("005_alahed_nasrallah_alalam_transcript.txt",
    "The Full Transcript of Sayyed Nasrallah’s Interview with Al-Alam Network on February 8th, 2022", None,
    ["Al-Alam Network", "Al-Alam TV", "Al-Alam", "Al Alam"], None,
    ["Q: Let’s start with the anniversary of the victory of the Islamic Revolution in Iran.",
     "These are our feelings, as are the feelings of all those who love him."],
    ["Please Wait...", "starAdd to favorites", "access_timeone year ago"],
    [("hassan_nasrallah", ["Sayyed Nasrallah", "Sayyed Hassan Nasrallah"]), ("al_alam", ["Al-Alam Network", "Al-Alam TV"]),
     ("al_ahed_news", ["Al-Ahed News"]), ("hezbollah", ["Hezbollah"]), ("iran", ["Iran"]),
     ("ruhollah_khomeini", ["Imam Khomeini"]), ("paris", ["Paris"]), ("france", ["France"]), ("tehran", ["Tehran"]),
     ("tehran_airport", ["Tehran Airport", "Tehran airport"]), ("behesht_e_zahra", ["Jannat al-Zahra Cemetery"])],
    ["Islamic Revolution", "Islamic Revolution in Iran", "Allah", "God", "Imam", "Lebanon", "Al-Ahed Telegram", "Al-Ahed"],
    [Q("Let’s start with the anniversary of the victory of the Islamic Revolution in Iran. How does Sayyed Hassan Nasrallah celebrate the 43rd anniversary of the Islamic Revolution?", "interviewer_alalam_2022_02_08"),
     Q("In the name of Allah the Most Gracious the Merciful. Welcome. Naturally, a person relives feelings of joy, happiness, and overwhelming joy for the memory of the victory in those days. In 1979, I remember that the whole world – friend and foe – was keeping pace with Imam Khomeini’s movement in Paris.", "hassan_nasrallah"),
     Q("I think that the hearts of tens of millions were with the Imam while he was on the plane that transported him from France to Tehran. The hearts were hanging with the Imam between earth and the sky. Will the Imam reach Tehran Airport? Will the plane be shot down? What will happen next? A person always recalls these feelings, emotions, thoughts, and impressions. Thus, the joy that erupted from the Imam's arrival at Tehran airport and the great reception of the two million people were unparalleled in history. There has never been a reception like that of the Imam’s.", "hassan_nasrallah"),
     Q("The speech he delivered at the Jannat al-Zahra Cemetery, i.e., the cemetery of the martyrs, and the events that took place up to the announcement of victory, are in fact among the most wonderful and astounding proof of the days of God. This was one of the great days of God. When a person recalls that memory, he always feels joy and hope for the future. These are our feelings, as are the feelings of all those who love him.", "hassan_nasrallah")],
    [], "nasrallah_2022_02_08_alalam")

# ------------------------------------------------------------------ 006 Rasa News + 007 Al-Manar: same Al-Nour radio interview (Tue 2020-05-26)
ent("rasa_news_agency", "Rasa News Agency", "ORG", "RNA", "Rasa", "Rasa News")
ent("imad_mughniyeh", "Imad Mughniyeh", "PER", "Hajj Imad Moughnieh", "Imad Moughnieh", "Imad Mughniyah", "Hajj Imad Mughniyeh")
ent("bint_jbeil", "Bint Jbeil", "LOC")
ent("abbas_al_musawi", "Abbas al-Musawi", "PER", "Sayyed Abbas", "Al-Moussawi", "Abbas al-Moussawi", "Sayyed Abbas al-Moussawi", "Sayyed Abbas (Al-Moussawi)")
ent("ragheb_harb", "Ragheb Harb", "PER", "Sheikh Ragheb Harb")
ent("ehud_barak", "Ehud Barak", "PER", "Ehud Barack", "Barak")
SPEECH["nasrallah_2020_05_26_alnour"] = {"speaker": "hassan_nasrallah", "date": day("2020-05-26"),
                                         "medium": "interview with Al-Nour radio on the anniversary of the 2000 Liberation"}
doc("006_rasanews_nasrallah_alnour_interview.txt", None, "2020-05-28", BC_NOUR + BC_MANAR, "450207",
    ["touched upon different issues on the anniversary of the historic victory over the Israeli regime back in 2000",
     "adding that level of support by Palestinian people to the choice of Resistance is higher than before"],
    ["News ID: 450207"],
    [("hezbollah", ["Hezbollah"]), ("hassan_nasrallah", ["Hujjat al-Islam Sayyid Hasan Nasrallah", "Sayyid Hasan Nasrallah", "Nasrallah"]),
     ("rasa_news_agency", ["RNA"]), ("al_manar", ["al-Manar"]), ("al_nour", ["Al-Nour radio station"]), ("lebanon", ["Lebanon"]),
     ("israel", ["Israel"]), ("jordan", ["Jordan"]), ("palestine", ["Palestine"]), ("united_states", ["US"])],
    ["Israeli", "Israelis", "Israeli DM", "Zionist entity", "Axis of Resistance", "Resistance", "2006 July War", "July War",
     "deal of the Century", "Palestinian", "south Lebanon", "Hujjat al-Islam"],
    [Q("The spirit which triumphed in 2000 is still alive, we believe in Resistance fighters and in our people,", "hassan_nasrallah"),
     Q("Throughout years we have developed our military capabilities, we are engaged in a war of minds,", "hassan_nasrallah"),
     Q("Israeli DM had a huge record of failure in south Lebanon during the occupation of Lebanon", "hassan_nasrallah", "indirect"),
     Q("The Resistance has created a balance of deterrence with the Zionist entity, and the enemy believes in this", "hassan_nasrallah", "indirect"),
     Q("‘Israel’ has been since 1982 plotting against Jordan, and today the scheme is represented by the so-called ‘deal of the Century,", "hassan_nasrallah"),
     Q("‘Israel’ aims to occupy entire Palestine and according to this scheme, Jordan is an alternative home for the Palestinian people", "hassan_nasrallah", "indirect"),
     Q("‘Israel’ is a racist entity and not a religious state", "hassan_nasrallah", "indirect"),
     Q("I look forward to the day when Israelis will go back to the countries they had come from, it’s just a matter of time.", "hassan_nasrallah"),
     Q("The direct US military presence in the region indicates weakness of its allies, and strength of the Axis of Resistance,", "hassan_nasrallah"),
     Q("‘Israel’ knows very well that any aggression on Lebanon won’t go unanswered since it believes in rules of engagement set following 2006 July War,", "hassan_nasrallah"),
     Q("level of support by Palestinian people to the choice of Resistance is higher than before", "hassan_nasrallah", "indirect")],
    [V("THREATEN", "any aggression on Lebanon won’t go unanswered", day("2020-05-26"), "hassan_nasrallah", "israel", "lebanon"),
     V("ACCUSE", "‘Israel’ has been since 1982 plotting against Jordan", day("2020-05-26"), "hassan_nasrallah", "israel")],
    "nasrallah_2020_05_26_alnour")

doc("007_almanar_nasrallah_alnour_interview.txt", None, None, BC_NOUR, None,
    ["Hezbollah Secretary General Sayyed Nasrallah saluted the Lebanese people on the anniversary of Resistance and Liberation",
     "so that Lebanon becomes in the Israeli axis."],
    [],
    [("hezbollah", ["Hezbollah"]), ("hassan_nasrallah", ["Sayyed Nasrallah"]), ("al_nour", ["Al-Nour radio station"]),
     ("imad_mughniyeh", ["Hajj Imad Moughnieh"]), ("israel", ["Israel"]), ("bint_jbeil", ["Bint Jbeil"]), ("lebanon", ["Lebanon"]),
     ("abbas_al_musawi", ["Sayyed Abbas", "Al-Moussawi"]), ("ragheb_harb", ["Sheikh Ragheb Harb"]), ("ehud_barak", ["Ehud Barack"]),
     ("jordan", ["Jordan"])],
    ["Lebanese", "Israelis", "Israeli", "Palestinians", "Palestinian", "Jmayyel Family", "Jmayyel", "July war", "Hezbollah SG",
     "Resistance and Liberation", "Sayyed Abbas (Al-Moussawi)"],
    [Q("the spirit of the resistance fighters that led to these victories, which martyred resistance leader Hajj Imad Moughnieh spoke about saying “What fights in us is our spirit”, is still as strong and perseverant as before", "hassan_nasrallah", "indirect"),
     Q("What fights in us is our spirit", "imad_mughniyeh", "direct", True),
     Q("the resistance is developing on the military and armory levels but the essential tool in victory is the faithful, strong, authentic spirit of the resistance fighters and their families, despite all attempts to disfigure its identity", "hassan_nasrallah", "indirect"),
     Q("the Israelis still remember the quote “weaker than the spider web” not because of the significance of its words but because of the significance of the timing and location it was stated in, which was the field of Bint Jbeil", "hassan_nasrallah", "indirect"),
     Q("in July war they tried to reach this spot to make a speech and say that Israel is stronger than steel, but they failed", "hassan_nasrallah"),
     Q("the strength point of Lebanon is the power of deterrence it had attained, and this is a strength because Lebanon was never the attacker, it was always being attacked", "hassan_nasrallah", "indirect"),
     Q("the resistance saw the liberation of 2000 happening since 1983, and this was relevant in the speeches of Sayyed Abbas (Al-Moussawi) and Sheikh Ragheb Harb", "hassan_nasrallah", "indirect"),
     Q("when Ehud Barack was asked about the reason of invading Lebanon – I say this as 20 years have passed on victory because some people are still reading the developments wrong – he put two reasons. The first was to send the Palestinian resistance out of Lebanon to Jordan to topple the regime and establish an alternative state for the Palestinians there, and second was to bring the Jmayyel Family to presidency so that Lebanon becomes in the Israeli axis.", "hassan_nasrallah")],
    [], "nasrallah_2020_05_26_alnour")

# ------------------------------------------------------------------ 008 Ya Libnan, undated summary of a video address ("Nasarallah")
ent("unesco_palace", "UNESCO Palace", "LOC", "UNESCO Palace in Beirut")
SPEECH["nasrallah_resistance_forum_address"] = {"speaker": "hassan_nasrallah", "date": None,
                                                "medium": "video-link address to the Arab and International Forum for Supporting the Resistance, UNESCO Palace, Beirut (date not stated)"}
doc("008_yalibnan_nasarallah_forum.txt", "Nasarallah urges support for the resistance", None, None, None,
    ["Hezbollah chief Sayyed Hassan Nasrallah said during his address via video link",
     "blind submission to Iran and Syria."],
    [],
    [("hassan_nasrallah", ["Nasarallah", "Sayyed Hassan Nasrallah"]), ("hezbollah", ["Hezbollah"]), ("unesco_palace", ["UNESCO Palace"]),
     ("beirut", ["Beirut"]), ("lebanon", ["Lebanon"]), ("israel", ["Israel"]), ("iran", ["Iran"]), ("syria", ["Syria"])],
    ["Arab and International Forum for Supporting the Resistance", "UNESCO", "Hezbollah chief"],
    [Q("Lebanon has abandoned the myth saying “Lebanon’s strength is in its weakness” and replaced instead with “Lebanon’s strength is in the solidarity of its army, people, and resistance.”", "hassan_nasrallah"),
     Q("Israel today is undergoing a true crisis.. .The crisis of the dream and leadership, the crisis of its defeated army… the crisis of confidence in its institutions and army.", "hassan_nasrallah"),
     Q("I promise you, that in case of any confrontation with Israel, we will foil the aggressions’ objectives, defeat the enemy, and change the face of the region.", "hassan_nasrallah"),
     Q("I call you to support the resistance against this psychological warfare, but I assure you that this war will not shake us and that we will face it through patience and self confidence.", "hassan_nasrallah"),
     Q("The resistance is still facing many threats topped by defaming attempts through accusations of committing crimes, drugs trafficking, and blind submission to Iran and Syria.", "hassan_nasrallah")],
    [V("THREATEN", "in case of any confrontation with Israel, we will foil the aggressions’ objectives, defeat the enemy", None,
       "hassan_nasrallah", "israel")],
    "nasrallah_resistance_forum_address")

# ------------------------------------------------------------------ 009 Rudaw + 010 IraqiNews: same Kataib Hezbollah statement
ent("erbil", "Erbil", "LOC", "Arbil", "Hewler")
ent("kurdistan_region", "Kurdistan Region", "LOC", "Kurdistan Region of Iraq", "Iraqi Kurdistan", "Kurdistan")
ent("irgc", "Islamic Revolutionary Guard Corps", "ORG", "IRGC", "Revolutionary Guards")
ent("isis", "Islamic State", "ORG", "ISIS", "ISIL", "Daesh", "IS")
ent("joe_biden", "Joe Biden", "PER", "Biden", "President Joe Biden")
ent("sabrina_singh", "Sabrina Singh", "PER", "Singh")
ent("hamas", "Hamas", "ORG")
SPEECH["kataib_hezbollah_suspension_statement"] = {"speaker": "kataib_hezbollah", "date": None,
                                                   "medium": "statement announcing the suspension of attacks on US forces (issued on a Tuesday; date not stated)"}
doc("009_rudaw_kataib_hezbollah_suspension.txt", "Iraqi Hezbollah decides to suspend attacks on US troops", None, None, None,
    ["Iraq's Kataib Hezbollah, supported by Iran, on Tuesday announced the suspension",
     "directed its members to practise self-defence when attacked."],
    [],
    [("erbil", ["ERBIL"]), ("kurdistan_region", ["Kurdistan Region"]), ("iraq", ["Iraq"]), ("kataib_hezbollah", ["Kataib Hezbollah", "Iraqi Hezbollah"]),
     ("iran", ["Iran"]), ("united_states", ["Washington", "US"]), ("jordan", ["Jordan"]), ("syria", ["Syria"]),
     ("islamic_resistance_in_iraq", ["Islamic Resistance in Iraq"]), ("irgc", ["Islamic Revolutionary Guard Corps", "IRGC"]),
     ("pentagon", ["Pentagon"]), ("israel", ["Israel"]), ("gaza", ["Gaza"]), ("isis", ["Islamic State", "ISIS"])],
    ["Operation Inherent Resolve", "Iraqi government", "American", "Kurdish", "Syrian", "Iraqi", "Syrian border", "pro-Iran"],
    [Q("to prevent embarrassment to the Iraqi government.", "kataib_hezbollah"),
     Q("We announce the suspension of military and security operations against the occupation forces,", "kataib_hezbollah"),
     Q("it does not want to cause “embarrassment to the Iraqi government”", "kataib_hezbollah", "mixed"),
     Q("There have been at least 165 attacks on US forces in Iraq and Syria since mid-October", "pentagon", "indirect"),
     Q("its members to practise self-defence when attacked", "kataib_hezbollah", "indirect", True)],
    [V("CONCEDE", "on Tuesday announced the suspension of all military operations against American troops", None,
       "kataib_hezbollah", "united_states", "iraq"),
     V("ASSAULT", "A drone strike on Sunday killed at least three US service members and injured tens others in an American military base in northeast Jordan",
       None, None, "united_states", "jordan", 3),
     V("ACCUSE", ["Washington has blamed the group for the recent deadly drone attack on American troops in Jordan",
                  "Washington has blamed groups supported by pro-Iran Kataib Hezbollah for the attack"], None, "united_states", "kataib_hezbollah")],
    "kataib_hezbollah_suspension_statement")

doc("010_iraqinews_kataeb_hezbollah_suspension.txt", "Kataeb Hezbollah claims to suspend attacking US force in Iraq", None, None, None,
    ["A pro-Iran group in Iraq said Tuesday that it would halt its attacks on US troops",
     "as part of an international anti-jihadist coalition."],
    [],
    [("kataib_hezbollah", ["Kataeb Hezbollah"]), ("baghdad", ["Baghdad"]), ("iraq", ["Iraq"]), ("iran", ["Iran", "Islamic Republic"]),
     ("united_states", ["US", "Washington", "United States"]), ("syria", ["Syria"]), ("tehran", ["Tehran"]), ("israel", ["Israel"]),
     ("hamas", ["Hamas"]), ("joe_biden", ["Joe Biden"]), ("pentagon", ["Pentagon"]), ("sabrina_singh", ["Sabrina Singh"]),
     ("jordan", ["Jordan"]), ("islamic_resistance_in_iraq", ["Islamic Resistance in Iraq"])],
    ["pro-Iran", "Jordanian", "American", "Palestinians", "Iran-backed", "Israel-Hamas war", "Iraqi government", "Iraqi"],
    [Q("it would halt its attacks on US troops", "kataib_hezbollah", "indirect"),
     Q("“very consequential” response", "united_states", "mixed", True),
     Q("We announce the suspension of military and security operations against the occupation forces — in order to prevent embarrassment to the Iraqi government,", "kataib_hezbollah"),
     Q("radical Iran-backed militant groups operating in Syria and Iraq", "united_states", "direct", True),
     Q("it does not want war with Iran", "joe_biden", "indirect"),
     Q("our brothers in the axis (of resistance) — especially in the Islamic Republic — do not know how we wage our jihad, and they often object to the pressure and escalation against the American occupation forces in Iraq and Syria.", "kataib_hezbollah"),
     Q("the Jordan attack had “the footprints of Kataeb Hezbollah”", "sabrina_singh", "mixed"),
     Q("terrorists", "united_states", "direct", True)],
    [V("CONCEDE", "it would halt its attacks on US troops", None, "kataib_hezbollah", "united_states"),
     V("ASSAULT", ["a drone attack that killed three of its soldiers", "Sunday’s drone strike on a remote Jordanian desert border base"],
       None, None, "united_states", "jordan", 3),
     V("ACCUSE", ["The United States blamed “radical Iran-backed militant groups operating in Syria and Iraq” for Sunday’s drone strike",
                  "the Jordan attack had “the footprints of Kataeb Hezbollah”"], None, "united_states", "kataib_hezbollah"),
     V("THREATEN", "Washington pledged a “very consequential” response to a drone attack", None, "united_states", "kataib_hezbollah")],
    "kataib_hezbollah_suspension_statement")

# ------------------------------------------------------------------ 011 CNBC, Apple earnings (business)
ent("apple", "Apple", "ORG", "Apple Inc.", "Apple Inc")
ent("thomson_reuters", "Thomson Reuters", "ORG")
ent("yair_reiner", "Yair Reiner", "PER", "Reiner")
ent("oppenheimer", "Oppenheimer", "ORG", "Oppenheimer & Co.")
doc("011_cnbc_apple_earnings.txt", "Apple Earnings Blow Past Forecasts; Shares Surge", None, None, None,
    ["Apple, which was expected to report a decline in quarterly profit, surprised Wall Street",
     "Analysts had expected sales of roughly 5 million units."],
    ["Get Real-Time, After-Hour Quotes for Apple", "Apple Store 5th Ave NY"],
    [("apple", ["Apple"]), ("thomson_reuters", ["Thomson Reuters"]), ("yair_reiner", ["Yair Reiner", "Reiner"]), ("oppenheimer", ["Oppenheimer"])],
    ["Wall Street", "iPhone", "iPods", "iPod", "Mac", "Apple Store", "Apple Store 5th Ave NY", "NY", "5th Ave"],
    [Q("it earned $1.78 a share in its fiscal first quarter, excluding one-time items", "apple", "indirect"),
     Q("It was a great quarter and I think better than most people expected,", "yair_reiner"),
     Q("I would say iPod sales were well ahead of the consensus. Mac sales were strong, iPhone was a little bit softer than I hoped, but people were braced for that.", "yair_reiner"),
     Q("it expected a profit for the March quarter of 90 cents to $1.00 a share, on revenue of $7.6 billion to $8 billion", "apple", "indirect"),
     Q("This management team has always been conservative in the way it's guided. In that context, the first-quarter forecasts are quite encouraging,", "yair_reiner")],
    [], None)

# ------------------------------------------------------------------ 012 manutd.com, Solskjaer after Aston Villa 0-3 (sport)
ent("ole_gunnar_solskjaer", "Ole Gunnar Solskjaer", "PER", "Solskjaer", "Ole", "Ole Gunnar Solskjær", "Solskjær")
ent("bruno_fernandes", "Bruno Fernandes", "PER", "Bruno", "Fernandes")
ent("manchester_united", "Manchester United", "ORG", "Man Utd", "United", "Man United", "the Reds", "The Reds")
ent("aston_villa", "Aston Villa", "ORG", "Villa")
ent("villa_park", "Villa Park", "LOC")
ent("premier_league", "Premier League", "ORG")
ent("paul_pogba", "Paul Pogba", "PER", "Pogba")
ent("mason_greenwood", "Mason Greenwood", "PER", "Greenwood")
ent("diego_maradona", "Diego Maradona", "PER", "Maradona")
SPEECH["solskjaer_villa_postmatch"] = {"speaker": "ole_gunnar_solskjaer", "date": None,
                                       "medium": "post-match press conference and interviews after Aston Villa 0-3 Manchester United (match date not stated)"}
doc("012_manutd_solskjaer_villa.txt", "Solskjaer: We could have scored more", "2020-07-09", None, None,
    ["Manchester United manager Ole Gunnar Solskjaer spoke like a former striker",
     "In the second half, I thought we played some excellent stuff."],
    ["Ole: We should have scored more! Video", "Ole Gunnar Solskjaer pats Bruno Fernandes on the back"],
    [("ole_gunnar_solskjaer", ["Ole Gunnar Solskjaer", "Ole"]), ("manchester_united", ["Manchester United"]), ("villa_park", ["Villa Park"]),
     ("premier_league", ["Premier League"]), ("aston_villa", ["Aston Villa"]), ("bruno_fernandes", ["Bruno Fernandes", "Bruno"]),
     ("paul_pogba", ["Paul Pogba"]), ("mason_greenwood", ["Mason Greenwood"]), ("diego_maradona", ["Maradona"])],
    ["Reds", "The Reds", "Solskjaer"],
    [Q("We could have scored more", "ole_gunnar_solskjaer", "direct", True),
     Q("We should have scored more!", "ole_gunnar_solskjaer", "direct", True),
     Q("the margin of victory could have been even greater", "ole_gunnar_solskjaer", "indirect"),
     Q("It took us about 20-25 minutes to get going and then we seemed to pick up the tempo. I thought in the second half we played really well and of course we kept another clean sheet. I'm very happy with the way we came out in the second half. We created chances and kept them away from our goal.", "ole_gunnar_solskjaer"),
     Q("we were worthy winners at Villa Park", "ole_gunnar_solskjaer", "indirect", True),
     Q("If I try and tackle you and jump over you and I land on you, I think that’s a foul. The boy sticks out his leg, he [Bruno] does a fantastic Maradona pirouette and he lands on him and I think it’s a penalty.", "ole_gunnar_solskjaer"),
     Q("Going into half-time 2-0 up, I think we were a bit fortunate. But even at 1-0, I think our defenders would have kept a clean sheet today. They took the criticism from the last game and played really well. In the second half, I thought we played some excellent stuff.", "ole_gunnar_solskjaer")],
    [], "solskjaer_villa_postmatch")


if __name__ == "__main__":
    sys.exit(main(HERE))
