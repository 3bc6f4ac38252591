"""Build the devset gold (gold/*.json, entities.json, speech_events.json) from the annotations below.

Run: python3 benchmarks/devset/make_gold.py   (checks that every quote, evidence and body snippet is
found in its text with the scorer's own normalisation, and writes sha256 of the corpus file bytes)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldbuilder import *  # noqa: E402,F401,F403  (ENT, SPEECH, DOCS, ent, day, Q, V, doc, main)


# ------------------------------------------------------------------ shared entities
ent("united_states", "United States", "LOC", "U.S.", "US", "America", "USA", "the United States")
ent("washington_dc", "Washington, D.C.", "LOC", "Washington", "DC", "D.C.", "Washington D.C.")
ent("new_york_city", "New York City", "LOC", "New York", "NYC")
ent("new_york_state", "New York", "LOC", "New York State", "New York state")
ent("pennsylvania", "Pennsylvania", "LOC")
ent("massachusetts", "Massachusetts", "LOC")
ent("texas", "Texas", "LOC")
ent("oklahoma", "Oklahoma", "LOC")
ent("philadelphia", "Philadelphia", "LOC")
ent("china", "China", "LOC", "People's Republic of China", "PRC")
ent("iran", "Iran", "LOC", "Islamic Republic of Iran")
ent("syria", "Syria", "LOC")
ent("russia", "Russia", "LOC")
ent("europe", "Europe", "LOC")
ent("united_nations", "United Nations", "ORG", "UN", "U.N.")
ent("npr", "NPR", "ORG", "National Public Radio", "NPR News")
ent("fc_goa", "FC Goa", "ORG", "Goa", "Gaurs")
ent("mumbai_city_fc", "Mumbai City FC", "ORG", "Mumbai City")
ent("isl", "Indian Super League", "ORG", "ISL", "Hero Indian Super League")

# ------------------------------------------------------------------ 001 CNN
ent("cnn", "CNN", "ORG")
ent("steve_cowan", "Steve Cowan", "PER", "Cowan")
ent("penndot", "Pennsylvania Department of Transportation", "ORG", "PennDOT")
ent("todd_borek", "Todd Borek", "PER", "Borek")
ent("great_lakes", "Great Lakes", "LOC")
ent("midwest", "Midwest", "LOC")
ent("northeast_us", "Northeast", "LOC")
ent("latasha_abney", "Latasha Abney", "PER", "Abney")
ent("aaa", "AAA", "ORG", "American Automobile Association")
ent("reagan_national_airport", "Reagan National Airport", "LOC", "Ronald Reagan Washington National Airport")
ent("jfk_airport", "John F. Kennedy International Airport", "LOC", "JFK", "John F. Kennedy")
ent("delta", "Delta Air Lines", "ORG", "Delta")
ent("tsa", "Transportation Security Administration", "ORG", "TSA")
ent("brian_m_good", "Brian M. Good", "PER", "Good", "Brian Good")
ent("newark", "Newark", "LOC")
ent("newark_liberty", "Newark Liberty International Airport", "LOC", "Newark-Liberty")
ent("san_diego", "San Diego", "LOC")
ent("james_hall", "James Hall", "PER", "Hall", "Patrol Chief James Hall")
ent("nypd", "New York Police Department", "ORG", "NYPD")
ent("puerto_rico", "Puerto Rico", "LOC")
ent("jose_ramirez", "Jose Ramirez", "PER", "Ramirez")
ent("laguardia", "LaGuardia Airport", "LOC", "LaGuardia")
ent("faa", "Federal Aviation Administration", "ORG", "FAA")
ent("philadelphia_airport", "Philadelphia International Airport", "LOC")
ent("american_airlines", "American Airlines", "ORG")
ent("kent_powell", "Kent Powell", "PER", "Powell")
ent("us_airways", "US Airways", "ORG")
ent("us_airways_express", "US Airways Express", "ORG")
ent("todd_lehmacher", "Todd Lehmacher", "PER", "Lehmacher")
ent("amtrak", "Amtrak", "ORG")
ent("canada", "Canada", "LOC")
ent("appalachians", "Appalachians", "LOC", "Appalachian Mountains")
ent("chad_myers", "Chad Myers", "PER", "Myers")
ent("sarah_martini", "Sarah Martini", "PER", "Martini")
ent("pittsburgh", "Pittsburgh", "LOC")
ent("north_carolina", "North Carolina", "LOC", "NC")
ent("nhtsa", "National Highway Traffic Safety Administration", "ORG", "NHTSA")
ent("rockies", "Rockies", "LOC", "Rocky Mountains")
ent("seqret_watson", "Seqret Watson", "PER", "Watson")
ent("northwest_arkansas", "Northwest Arkansas", "LOC")
ent("kfsm", "KFSM", "ORG")
ent("northern_virginia", "Northern Virginia", "LOC")
ent("jennifer_peterson", "Jennifer Peterson", "PER")
ent("wusa", "WUSA", "ORG")
ent("bahamas", "Bahamas", "LOC", "the Bahamas")
ent("parade_organizers", "organizers", "ORG", "organizers", "parade organizers")
ent("officials_cnn", "officials", "ORG", "officials", "Officials")

doc("001_cnn_thanksgiving_storm.txt",
    "After storm, forecasters see smooth sailing for Thanksgiving", "2013-11-27", None, None,
    ["The Pennsylvania official was just talking about one area", "We could've gone to the Bahamas for what we paid!"],
    ["Please share your videos, pictures and stories at iReport", "#ATL24: A day in the life of the world's busiest airport"],
    [("cnn", ["CNN"]), ("united_states", ["United States"]), ("pennsylvania", ["Pennsylvania"]),
     ("steve_cowan", ["Steve Cowan"]), ("penndot", ["Pennsylvania Department of Transportation"]),
     ("todd_borek", ["Todd Borek"]), ("great_lakes", ["Great Lakes"]), ("midwest", ["Midwest"]),
     ("northeast_us", ["Northeast"]), ("latasha_abney", ["Latasha Abney", "Abney"]), ("aaa", ["AAA"]),
     ("washington_dc", ["Washington", "DC"]), ("reagan_national_airport", ["Reagan National Airport"]),
     ("new_york_city", ["New York"]), ("jfk_airport", ["JFK", "John F. Kennedy"]), ("delta", ["Delta"]),
     ("tsa", ["TSA"]), ("brian_m_good", ["Brian M. Good"]), ("newark", ["Newark"]), ("san_diego", ["San Diego"]),
     ("james_hall", ["James Hall"]), ("nypd", ["New York Police Department"]), ("puerto_rico", ["Puerto Rico"]),
     ("jose_ramirez", ["Jose Ramirez"]), ("laguardia", ["LaGuardia"]), ("newark_liberty", ["Newark-Liberty"]),
     ("faa", ["Federal Aviation Administration"]), ("philadelphia_airport", ["Philadelphia International Airport"]),
     ("american_airlines", ["American Airlines"]), ("kent_powell", ["Kent Powell"]), ("us_airways", ["US Airways"]),
     ("us_airways_express", ["US Airways Express"]), ("todd_lehmacher", ["Todd Lehmacher"]), ("amtrak", ["Amtrak"]),
     ("canada", ["Canada"]), ("appalachians", ["Appalachians"]), ("chad_myers", ["Chad Myers"]),
     ("sarah_martini", ["Sarah Martini"]), ("pittsburgh", ["Pittsburgh"]), ("north_carolina", ["NC"]),
     ("nhtsa", ["National Highway Traffic Safety Administration"]), ("rockies", ["Rockies"]), ("texas", ["Texas"]),
     ("oklahoma", ["Oklahoma"]), ("seqret_watson", ["Seqret Watson", "Watson"]),
     ("northwest_arkansas", ["Northwest Arkansas"]), ("kfsm", ["KFSM"]), ("northern_virginia", ["Northern Virginia"]),
     ("massachusetts", ["Massachusetts"]), ("jennifer_peterson", ["Jennifer Peterson"]), ("wusa", ["WUSA"]),
     ("bahamas", ["Bahamas"])],
    ["iReport", "Thanksgiving", "Americans", "Upper Midwest", "upstate New York", "Macy's",
     "Macy's Thanksgiving Day Parade", "Thanksgiving Day Parade", "Cat in the Hat", "M&Ms", "Arkansas", "Virginia",
     "Peterson", "Peterson family", "The Peterson family", "Jason Carroll", "Ben Brumfield", "Dave Hennen",
     "Aaron Cooper", "Alexandra Field", "Shannon Travis", "Greg Botelho", "ATL24", "Washington's Reagan National Airport"],
    [Q("We dodged a bullet,", "steve_cowan"),
     Q("some lake-effect snowfall over the Great Lakes and fresh snow from a weak disturbance for the Upper Midwest", "todd_borek", "indirect", True),
     Q("The worst in terms of widespread snow and rain is over. Tomorrow will be a quieter day, although wind gusts will continue to be a problem overnight and Thursday for the Northeast.", "todd_borek"),
     Q("she arrived more than two hours early at Washington's Reagan National Airport to catch a flight to New York's JFK", "latasha_abney", "indirect"),
     Q("I thought the lines were going to be ridiculous,", "latasha_abney"),
     Q("I was second in line checking my bag with Delta (checked into my flight last night) and security was a breeze. I walked right up, the TSA agent checked my info and I immediately started the security process. And now the wait begins. It's pretty quiet by the gates. Not too many people roaming around. So far, so good! Happy Thanksgiving!!!!", "latasha_abney"),
     Q("he, too, was expecting a horrible trip when he departed New York for Newark to get a flight to San Diego", "brian_m_good", "indirect"),
     Q("Instead the roads were dead,", "brian_m_good"),
     Q("It's warm outside and it stopped raining. No lines at the airport and flight is on time. Wish the forecasters were wrong all the time :)", "brian_m_good"),
     Q("Tomorrow before the event, we'll make a determination -- the police department, the incident commander -- whether the balloons will fly or not,", "james_hall"),
     Q("It looks good. It looks very good,", "james_hall"),
     Q("improved weather monitoring devices en route and a police sergeant assigned to each balloon will minimize any danger", "officials_cnn", "indirect", True),
     Q("We came all the way from Puerto Rico to see the parade, so it will be a disappointment if we don't see the balloons,", "jose_ramirez"),
     Q("Either way, the parade -- with or without the balloons -- will go on", "parade_organizers", "indirect", True),
     Q("Heavy winds at all three New York-area airports -- LaGuardia, John F. Kennedy and Newark-Liberty -- resulted in delays of 30 minutes to an hour", "faa", "indirect"),
     Q("three cancellations, none of them related to the weather", "kent_powell", "indirect", True),
     Q("the impact of the weather \"pretty minimal, at this point,\"", "todd_lehmacher", "mixed"),
     Q("The impact was more pronounced at US Airways Express, which tallied 56 cancellations because of the weather", "todd_lehmacher", "indirect"),
     Q("The real story is people are getting to their destinations, albeit a little delayed in some but not all cases,", "todd_lehmacher"),
     Q("no major delays systemwide", "amtrak", "indirect", True),
     Q("Rail travel remains one of the most reliable and comfortable transportation options, especially in weather conditions that negatively impact other modes,", "amtrak"),
     Q("It's sleet; it's rain; it's 31 degrees. It's ugly out there,", "chad_myers"),
     Q("Well, since the forecast said we would be hitting an ice storm on our way, we ended up leaving the night before we had planned and took an alternate route,", "sarah_martini"),
     Q("This morning we took smaller roads to avoid DC traffic and have made great progress! We managed to avoid bad weather and traffic and are getting close to getting to Pittsburgh from NC!", "sarah_martini"),
     Q("416 motorists died during Thanksgiving weekend last year, that 60% of the dead had not been wearing seat belts and that 42% of the accidents involved a drunken driver", "nhtsa", "indirect"),
     Q("I get on the highway, and the next thing I know I'm spinning,", "seqret_watson"),
     Q("I try to grab my wheel and then I just hit the wall. Just jumped out to make sure my kids were OK,", "seqret_watson"),
     Q("It was a small fortune,", "jennifer_peterson"),
     Q("We could've gone to the Bahamas for what we paid!", "jennifer_peterson")],
    [], None)

# ------------------------------------------------------------------ 002 Bloomberg
for eid, nm, tp, *al in [
        ("kevin_yearout", "Kevin Yearout", "PER", "Yearout"), ("albuquerque", "Albuquerque", "LOC"),
        ("new_mexico", "New Mexico", "LOC"), ("yearout_mechanical", "Yearout Mechanical Inc.", "ORG", "Yearout Mechanical"),
        ("labor_department", "Labor Department", "ORG", "Department of Labor", "U.S. Labor Department"),
        ("bloomberg", "Bloomberg", "ORG", "Bloomberg News"), ("john_herrmann", "John Herrmann", "PER", "Herrmann"),
        ("mitsubishi_ufj", "Mitsubishi UFJ Securities USA Inc.", "ORG", "Mitsubishi UFJ Securities USA", "Mitsubishi UFJ Securities"),
        ("nevada", "Nevada", "LOC"), ("arizona", "Arizona", "LOC"), ("florida", "Florida", "LOC"),
        ("alabama", "Alabama", "LOC"), ("illinois", "Illinois", "LOC"), ("michigan", "Michigan", "LOC"),
        ("new_jersey", "New Jersey", "LOC"), ("ohio", "Ohio", "LOC"), ("north_dakota", "North Dakota", "LOC"),
        ("louisiana", "Louisiana", "LOC"), ("oregon", "Oregon", "LOC"), ("georgia_us", "Georgia", "LOC"),
        ("connecticut", "Connecticut", "LOC"),
        ("dallas_fed", "Federal Reserve Bank of Dallas", "ORG", "Dallas Fed"), ("richard_fisher", "Richard Fisher", "PER", "Fisher"),
        ("fomc", "Federal Open Market Committee", "ORG", "FOMC"), ("mark_zandi", "Mark Zandi", "PER", "Zandi"),
        ("moodys_analytics", "Moody's Analytics Inc.", "ORG", "Moody's Analytics", "Moody’s Analytics Inc.", "Moody’s Analytics", "Moody’s", "Moody's"),
        ("west_chester", "West Chester", "LOC"), ("ihs_global_insight", "IHS Global Insight", "ORG"),
        ("lexington_ma", "Lexington", "LOC"), ("james_diffley", "James Diffley", "PER", "Diffley"),
        ("center_for_automotive_research", "Center for Automotive Research", "ORG"),
        ("gary_burtless", "Gary Burtless", "PER", "Burtless"), ("brookings", "Brookings Institution", "ORG", "Brookings"),
        ("jim_mason", "Jim Mason", "PER", "Mason"), ("taylor_international", "Taylor International Corp.", "ORG", "Taylor International", "Taylor"),
        ("las_vegas", "Las Vegas", "LOC"), ("trump_entertainment", "Trump Entertainment Resorts Inc.", "ORG", "Trump Entertainment Resorts"),
        ("atlantic_city", "Atlantic City", "LOC"), ("joseph_seneca", "Joseph Seneca", "PER", "Seneca"),
        ("rutgers", "Rutgers University", "ORG", "Rutgers"), ("new_brunswick", "New Brunswick", "LOC"),
        ("ahmad_ijaz", "Ahmad Ijaz", "PER", "Ijaz"), ("university_of_alabama", "University of Alabama", "ORG"),
        ("tuscaloosa", "Tuscaloosa", "LOC"), ("eddie_foreman", "Eddie Foreman", "PER", "Foreman"), ("opelika", "Opelika", "LOC"),
        ("los_alamos", "Los Alamos National Laboratory", "ORG", "Los Alamos"),
        ("michael_odonnell", "Michael O'Donnell", "PER", "Michael O’Donnell", "O'Donnell", "O’Donnell"),
        ("bber", "Bureau of Business and Economic Research", "ORG"), ("unm", "University of New Mexico", "ORG")]:
    ent(eid, nm, tp, *al)

doc("002_bloomberg_job_woes.txt",
    "Job Woes Linger in 29 States as U.S. Recovers Unevenly", "2014-09-30", None, None,
    ["Kevin Yearout has added about 80 jobs to his Albuquerque", "Everyone is a little bit afraid."],
    ["To contact the reporter on this story", "To contact the editors responsible for this story"],
    [("kevin_yearout", ["Kevin Yearout", "Yearout"]), ("albuquerque", ["Albuquerque"]), ("new_mexico", ["New Mexico"]),
     ("yearout_mechanical", ["Yearout Mechanical Inc."]), ("united_states", ["U.S."]),
     ("labor_department", ["Labor Department"]), ("bloomberg", ["Bloomberg"]), ("john_herrmann", ["John Herrmann", "Herrmann"]),
     ("mitsubishi_ufj", ["Mitsubishi UFJ Securities USA Inc."]), ("nevada", ["Nevada"]), ("arizona", ["Arizona"]),
     ("florida", ["Florida"]), ("alabama", ["Alabama"]), ("illinois", ["Illinois"]), ("michigan", ["Michigan"]),
     ("new_jersey", ["New Jersey"]), ("ohio", ["Ohio"]), ("texas", ["Texas"]), ("north_dakota", ["North Dakota"]),
     ("oklahoma", ["Oklahoma"]), ("louisiana", ["Louisiana"]), ("oregon", ["Oregon"]),
     ("dallas_fed", ["Federal Reserve Bank of Dallas"]), ("richard_fisher", ["Richard Fisher"]),
     ("fomc", ["Federal Open Market Committee"]), ("mark_zandi", ["Mark Zandi"]),
     ("moodys_analytics", ["Moody’s Analytics Inc.", "Moody’s Analytics", "Moody’s"]), ("west_chester", ["West Chester"]),
     ("pennsylvania", ["Pennsylvania"]), ("ihs_global_insight", ["IHS Global Insight"]), ("lexington_ma", ["Lexington"]),
     ("massachusetts", ["Massachusetts"]), ("james_diffley", ["James Diffley"]), ("philadelphia", ["Philadelphia"]),
     ("center_for_automotive_research", ["Center for Automotive Research"]), ("gary_burtless", ["Gary Burtless", "Burtless"]),
     ("brookings", ["Brookings Institution", "Brookings"]), ("washington_dc", ["Washington"]), ("georgia_us", ["Georgia"]),
     ("jim_mason", ["Jim Mason"]), ("taylor_international", ["Taylor International Corp.", "Taylor"]),
     ("las_vegas", ["Las Vegas"]), ("trump_entertainment", ["Trump Entertainment Resorts Inc."]),
     ("atlantic_city", ["Atlantic City"]), ("connecticut", ["Connecticut"]), ("new_york_state", ["New York"]),
     ("joseph_seneca", ["Joseph Seneca"]), ("rutgers", ["Rutgers University"]), ("new_brunswick", ["New Brunswick"]),
     ("ahmad_ijaz", ["Ahmad Ijaz"]), ("university_of_alabama", ["University of Alabama"]), ("tuscaloosa", ["Tuscaloosa"]),
     ("eddie_foreman", ["Eddie Foreman", "Foreman"]), ("opelika", ["Opelika"]),
     ("los_alamos", ["Los Alamos National Laboratory"]), ("michael_odonnell", ["Michael O’Donnell"]),
     ("bber", ["Bureau of Business and Economic Research"]), ("unm", ["University of New Mexico"])],
    ["Great Depression", "Ann Arbor", "Ann Arbor-based", "Regional Woes", "Spotty Recovery", "Moving Out",
     "Hourly Earnings", "Nevada Sluggish", "Construction Weakness", "No Jobs", "Steve Matthews", "Atlanta",
     "Chris Wellisz", "Gail DeGeorge", "Carlos Torres", "Moody’s Analytics’", "Moody's Analytics'", "Federal Reserve",
     "Mitsubishi UFJ Securities USA", "Taylor International", "Trump Entertainment Resorts", "Yearout Mechanical"],
    [Q("It has been a very slow climb back,", "kevin_yearout"),
     Q("The economy went very south, very quickly.", "kevin_yearout"),
     Q("I never see the local economy getting back", "kevin_yearout"),
     Q("This is not like any other recovery,", "john_herrmann"),
     Q("There is a tremendous disparity, not a uniform recovery at all, with the performance of the economy much more skewed on a regional basis.", "john_herrmann"),
     Q("The energy industry is driving the economic expansion in 12 of the 13 states leading growth since the recession ended", "john_herrmann", "indirect"),
     Q("Excluding the 1.1 million jobs created in Texas, which has led the expansion, the nation would be 350,000 below the prerecession peak", "dallas_fed", "indirect", True),
     Q("there is “significant underutilization of labor resources,”", "fomc", "mixed"),
     Q("There is no pressure to raise interest rates this year and into next given that many parts of the country have a surfeit of unemployed and underemployed workers,", "mark_zandi"),
     Q("every state won’t have returned to its peak employment until Michigan achieves that level in 2019", "ihs_global_insight", "indirect"),
     Q("The auto industry has been moving out of Michigan,", "james_diffley"),
     Q("Job totals have been declining.", "james_diffley"),
     Q("“education, tourism, green technologies” and information technology “will become increasingly important,”", "moodys_analytics", "mixed"),
     Q("Weak wage growth outside a few areas, such as energy jobs in North Dakota and Texas, supports the view that most of the country remains far from fully recovered", "gary_burtless", "indirect"),
     Q("That mobility remains low suggests “that local job markets have been basically lousy almost everywhere” except a few areas benefiting from the energy boom", "gary_burtless", "mixed"),
     Q("Wages are behaving as though there’s still a lot of labor-market slack.", "gary_burtless"),
     Q("Wages gains have been basically flat for the past several years", "gary_burtless", "indirect"),
     Q("The economy is still sluggish in Nevada,", "jim_mason"),
     Q("We still have a lot of excess capacity in the employment market.", "jim_mason"),
     Q("Casinos there have faced new competition from Pennsylvania, Connecticut and New York, and there has been “very little private sector investment” in new manufacturing and commercial construction", "joseph_seneca", "mixed"),
     Q("We have a lot of white elephants -- large empty casinos,", "joseph_seneca"),
     Q("This is a significant problem for the state going forward.", "joseph_seneca"),
     Q("Job creation has been hurt by weakness in construction, manufacturing and government spending", "ahmad_ijaz", "indirect"),
     Q("Commercial construction is still relatively weak due to sluggish consumer and business spending,", "ahmad_ijaz"),
     Q("Nondurables, particularly the textile and apparel industry, will not be adding any jobs anyway because of off-shoring and automation. Government spending is weak because of cutbacks in federal spending which in turn also impacts state and local government spending.", "ahmad_ijaz"),
     Q("better-paying and permanent industrial positions aren’t coming back", "eddie_foreman", "indirect"),
     Q("No Jobs", "eddie_foreman", "direct", True),
     Q("The economy is tough and there are no jobs for us here,", "eddie_foreman"),
     Q("Eventually I think it has to get better. It can’t get any worse.", "eddie_foreman"),
     Q("New Mexico’s economy was slowed as reverberations from last year’s federal government shutdown rippled through the state", "moodys_analytics", "indirect", True),
     Q("Government has been a drag,", "michael_odonnell"),
     Q("Many of the private sector jobs rely on government funds and grants.", "michael_odonnell"),
     Q("there’s no backlog of work that ensures rising employment a year from now", "kevin_yearout", "indirect"),
     Q("At about 280 now, he doesn’t see returning to the 750 workers the company employed in 2009 anytime soon", "kevin_yearout", "indirect", True),
     Q("There is a cautious optimism that things are turning around,", "kevin_yearout"),
     Q("private businesses sometimes back out even after seeking bids", "kevin_yearout", "indirect", True),
     Q("The owner is afraid to pull the trigger. There is no long-term visibility or momentum. Everyone is a little bit afraid.", "kevin_yearout")],
    [], None)

# ------------------------------------------------------------------ 003 Chinese MFA press conference (Q:/A:)
ent("hua_chunying", "Hua Chunying", "PER", "Hua", "Spokesperson Hua Chunying")
ent("journalist_mfa_2013_06_13", "Journalist", "PER", "Q", "Journalist", "journalist", "Reporter", "reporter", "Questioner")
ent("chinese_mfa", "Ministry of Foreign Affairs of China", "ORG", "Foreign Ministry", "Chinese Foreign Ministry", "MFA")
ent("xi_jinping", "Xi Jinping", "PER", "President Xi Jinping", "Xi")
ent("truong_tan_sang", "Truong Tan Sang", "PER")
ent("ban_ki_moon", "Ban Ki-moon", "PER", "Ban")
SPEECH["hua_chunying_2013_06_13_presser"] = {"speaker": "hua_chunying", "date": day("2013-06-13"),
                                             "medium": "regular press conference of the Chinese Foreign Ministry spokesperson"}
doc("003_mfa_hua_chunying_presser.txt",
    "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on June 13, 2013", "2013-06-13", None, None,
    ["At the invitation of President Xi Jinping, Vietnamese President Truong Tan Sang will pay a state visit",
     "Taking a double standard on cyber security does not help solve the issue"],
    ["Home Meetings & Statements Events & Activities China & UN Documents About China"],
    [("hua_chunying", ["Hua Chunying"]), ("chinese_mfa", ["Foreign Ministry"]), ("xi_jinping", ["Xi Jinping"]),
     ("truong_tan_sang", ["Truong Tan Sang"]), ("china", ["China"]), ("united_nations", ["UN"]),
     ("ban_ki_moon", ["Ban Ki-moon"]), ("united_states", ["US"])],
    ["Vietnamese", "Chinese", "Chinese government", "China-US Strategic Security Dialogue", "China & UN", "UN Documents",
     "Foreign Ministry Spokesperson's Remarks", "Meetings & Statements", "Events & Activities"],
    [Q("At the invitation of President Xi Jinping, Vietnamese President Truong Tan Sang will pay a state visit to China from June 19 to 21.", "hua_chunying"),
     Q("At the invitation of the Chinese government, UN Secretary General Ban Ki-moon will pay an official visit to China from June 18 to 21.", "hua_chunying"),
     Q("According to media revelations, the US has engaged in cyber surveillance on China for many years. What is China's comment?", "journalist_mfa_2013_06_13"),
     Q("China has repeatedly reiterated that China has been one of the major victims of hacker attacks and confronted with the grave threat of cyber attack. China is a firm advocate of cyber security. The Chinese government always takes cyber security seriously and opposes any hacker or cyber attack. We believe that cyber security is a global issue and the international community should conduct constructive dialogue and cooperation on the issue based on mutual respect and trust.", "hua_chunying"),
     Q("China and the US agreed to set up a cyber working group within the framework of China-US Strategic Security Dialogue. We hope that both sides could take an even-tempered, level-headed and objective approach to the issue, build up understanding and trust and enhance cooperation through dialogue and communication so as to jointly build a peaceful, secure, open and cooperative cyberspace. Taking a double standard on cyber security does not help solve the issue", "hua_chunying")],
    [V("CONSULT", "Vietnamese President Truong Tan Sang will pay a state visit to China from June 19 to 21",
       day("2013-06-19", "2013-06-21"), "truong_tan_sang", "china", "china"),
     V("CONSULT", "UN Secretary General Ban Ki-moon will pay an official visit to China from June 18 to 21",
       day("2013-06-18", "2013-06-21"), "ban_ki_moon", "china", "china"),
     V("AGREE", "China and the US agreed to set up a cyber working group", None, "china", "united_states")],
    "hua_chunying_2013_06_13_presser")

# ------------------------------------------------------------------ 004 NPR Embedded transcript (uppercase labels)
ent("kelly_mcevers", "Kelly McEvers", "PER", "McEvers", "MCEVERS", "KELLY MCEVERS")
ent("eric_mennel", "Eric Mennel", "PER", "Mennel", "MENNEL", "ERIC MENNEL")
ent("mitch_mcconnell", "Mitch McConnell", "PER", "McConnell", "MCCONNELL", "MITCH MCCONNELL", "Mitch", "Senate Majority Leader Mitch McConnell")
ent("donald_trump", "Donald Trump", "PER", "Trump")
ent("megyn_kelly", "Megyn Kelly", "PER")
ent("john_mccain", "John McCain", "PER", "McCain")
ent("kkk", "Ku Klux Klan", "ORG", "KKK")
ent("mexico", "Mexico", "LOC")
ent("trump_university", "Trump University", "ORG")
ent("judy_woodruff", "Judy Woodruff", "PER", "Woodruff", "JUDY WOODRUFF")
ent("pbs", "PBS", "ORG", "Public Broadcasting Service")
SPEECH["npr_embedded_mitch_part4"] = {"speaker": "kelly_mcevers", "date": None,
                                      "medium": "NPR Embedded podcast episode 'Mitch Part 4: Not A Happy Choice' (date not stated)"}
doc("004_npr_embedded_mcconnell.txt",
    "Mitch Part 4: 'Not A Happy Choice'", None, ["NPR", "National Public Radio", "NPR News"], None,
    ["In the summer of 2016, it was pretty clear that Donald Trump was going to be the Republican nominee",
     "What he said was outrageous and inappropriate"],
    ["<iframe", "NPR embedded audio player"],
    [("npr", ["NPR"]), ("kelly_mcevers", ["Kelly McEvers", "MCEVERS"]), ("eric_mennel", ["Eric Mennel", "MENNEL"]),
     ("mitch_mcconnell", ["Mitch McConnell", "McConnell", "MITCH MCCONNELL", "MCCONNELL"]),
     ("donald_trump", ["Donald Trump", "Trump"]), ("megyn_kelly", ["Megyn Kelly"]), ("john_mccain", ["John McCain"]),
     ("kkk", ["KKK"]), ("mexico", ["Mexico"]), ("united_states", ["U.S."]), ("trump_university", ["Trump University"]),
     ("judy_woodruff", ["Judy Woodruff", "JUDY WOODRUFF"]), ("pbs", ["PBS"])],
    ["Embedded", "EMBEDDED", "Mitch", "Mitch Part 4", "Republican", "Mexicans", "Muslims", "the Pope", "Pope",
     "Senate", "The Long Game", "Senate Majority Leader"],
    [Q("he never expected Donald Trump to become president", "mitch_mcconnell", "indirect", True),
     Q("Hey, I'm Kelly McEvers.", "kelly_mcevers", "direct", True),
     Q("And I'm Eric Mennel.", "eric_mennel", "direct", True),
     Q("And this is EMBEDDED from NPR.", "kelly_mcevers"),
     Q("In the summer of 2016, it was pretty clear that Donald Trump was going to be the Republican nominee for president. By June, he had upset or insulted so many different people, though, there was a lot of doubt that he could actually win a general election.", "kelly_mcevers"),
     Q("He'd insulted Mexicans, Megyn Kelly, the Pope. He said John McCain wasn't a war hero, mocked a reporter with a disability, failed to denounce a former KKK grand wizard, proposed banning all Muslims from entering the U.S. and said a federal judge whose parents came from Mexico could not be impartial in a lawsuit against Trump University because Trump was promising to build a wall to keep immigrants out.", "eric_mennel"),
     Q("John McCain wasn't a war hero", "donald_trump", "indirect", True),
     Q("a federal judge whose parents came from Mexico could not be impartial in a lawsuit against Trump University because Trump was promising to build a wall to keep immigrants out", "donald_trump", "indirect", True),
     Q("At the same time, Senate Majority Leader Mitch McConnell happened to be on tour for his memoir, \"The Long Game.\" You've heard us quote from the book in this series. To promote the book, McConnell was doing a lot of interviews, and interviewers wanted to know what Mitch McConnell thought of Donald Trump. And it was clear McConnell was not happy with Trump's behavior.", "kelly_mcevers"),
     Q("What he said was outrageous and inappropriate, and I couldn't more strongly condemn that.", "mitch_mcconnell"),
     Q("This is Mitch McConnell with Judy Woodruff on PBS after Trump insulted the judge whose parents immigrated from Mexico.", "kelly_mcevers"),
     Q("If he doesn't back off, what are the implications for...?", "judy_woodruff"),
     Q("Well, he needs to back off.", "mitch_mcconnell")],
    [V("ACCUSE", "What he said was outrageous and inappropriate, and I couldn't more strongly condemn that.", None,
       "mitch_mcconnell", "donald_trump")],
    "npr_embedded_mitch_part4")

# ------------------------------------------------------------------ 005 NPR press release, Susan Rice
ent("susan_rice", "Susan Rice", "PER", "Rice", "SUSAN RICE", "Ambassador Rice", "Ambassador Susan Rice")
ent("michele_norris", "Michele Norris", "PER", "Norris")
ent("barack_obama", "Barack Obama", "PER", "Obama", "President Obama")
SPEECH["rice_2009_02_20_npr_atc"] = {"speaker": "susan_rice", "date": day("2009-02-20"),
                                     "medium": "interview with Michele Norris on NPR's All Things Considered, aired February 20, 2009"}
doc("005_npr_susan_rice_release.txt",
    "AMBASSADOR SUSAN RICE TELLS NPR THERE IS “NO AMBIGUITY” ABOUT IRAN’S PURSUIT OF NUCLEAR WEAPONS PROGRAM",
    "2009-02-20", ["NPR", "NPR News", "National Public Radio", "All Things Considered"], None,
    ["In her first one-on-one broadcast interview as United States Ambassador to the United Nations, Susan Rice discusses",
     "America is back and that we want to lead in a way that can be trusted and respected"],
    ["Anna Christopher, NPR", "AUDIO AVAILABLE AT 7:00PM"],
    [("susan_rice", ["Susan Rice", "SUSAN RICE", "Rice"]), ("npr", ["NPR"]), ("iran", ["Iran", "IRAN"]),
     ("united_states", ["United States", "U.S.", "America"]), ("united_nations", ["United Nations", "U.N."]),
     ("michele_norris", ["Michele Norris"]), ("washington_dc", ["Washington, D.C."]), ("barack_obama", ["Obama"])],
    ["All Things Considered", "ALL THINGS CONSIDERED", "NPR News", "NPR News’ All Things Considered", "Anna Christopher",
     "NPR.org", "www.NPR.org", "American"],
    [Q("THERE IS “NO AMBIGUITY” ABOUT IRAN’S PURSUIT OF NUCLEAR WEAPONS PROGRAM", "susan_rice", "mixed", True),
     Q("The news today confirms what we all have feared and anticipated, which is that Iran has – remains in pursuit of its nuclear program. There’s no ambiguity about that, and our aim is to combine enhanced pressures, and indeed the potential for direct engagement to try to prevent Iran from taking its program to fruition.", "susan_rice"),
     Q("…American interests can best be advanced by working with others and seeking to build bridges and cooperative relationships. It’s not often, nor should it often be us against them. So we will extend our hand, we will look to others to do the same. But we won’t pick unnecessary battles, we won’t seek confrontation for confrontation’s sake. We want to set a very different tone and to signal to the world that America is back and that we want to lead in a way that can be trusted and respected.", "susan_rice")],
    [], "rice_2009_02_20_npr_atc")

# ------------------------------------------------------------------ 006 WION, Wang Yi
ent("wang_yi", "Wang Yi", "PER", "Wang", "Foreign Minister Wang Yi")
ent("xinjiang", "Xinjiang", "LOC", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region")
ent("beijing", "Beijing", "LOC")
ent("ncuscr", "National Committee on US-China Relations", "ORG", "National Committee on U.S.-China Relations")
ent("uscbc", "US-China Business Council", "ORG", "U.S.-China Business Council")
ent("us_chamber", "US Chamber of Commerce", "ORG", "U.S. Chamber of Commerce")
ent("cfr", "Council on Foreign Relations", "ORG", "CFR")
SPEECH["wang_yi_2019_09_24_new_york_dinner"] = {"speaker": "wang_yi", "date": day("2019-09-24"),
                                                "medium": "address at a dinner co-hosted by NCUSCR, USCBC, US Chamber of Commerce and CFR in New York"}
doc("006_wion_wang_yi_xinjiang.txt",
    "What happens in Xinjiang is purely Beijing's internal matter: Chinese foreign minister Wang Yi", "2019-09-25", None, None,
    ["Chinese State Councilor and Foreign Minister Wang Yi revealed the truth about northwest China's Xinjiang",
     "So we are open and aboveboard about this"],
    ["main img", "Photograph:(AFP)"],
    [("wang_yi", ["Wang Yi", "Wang"]), ("xinjiang", ["Xinjiang", "Xinjiang Uyghur Autonomous Region"]), ("china", ["China"]),
     ("ncuscr", ["National Committee on US-China Relations"]), ("uscbc", ["US-China Business Council"]),
     ("us_chamber", ["US Chamber of Commerce"]), ("cfr", ["Council on Foreign Relations"]),
     ("new_york_city", ["New York City"])],
    ["Beijing", "AFP", "Chinese", "anti-China", "Muslims", "Islamic", "Western", "Western media", "Chinese government",
     "Story highlights", "State Councilor"],
    [Q("What happens in Xinjiang is purely Beijing's internal matter", "wang_yi", "direct", True),
     Q("the Chinese government values the protection of religious freedom in Xinjiang", "wang_yi", "indirect", True),
     Q("what happens in Xinjiang is purely China's internal affair, which, however, has been deliberately discredited and attacked by some anti-China forces in the world", "wang_yi", "indirect"),
     Q("the Chinese government values the protection of religious freedom in Xinjiang", "wang_yi", "indirect"),
     Q("the number of religious sites has grown tenfold in the last five decades", "wang_yi", "indirect"),
     Q("Now, an average of 530 Muslims in Xinjiang have a mosque, which is higher than that in many Islamic countries", "wang_yi", "indirect"),
     Q("the major tasks of fighting terrorism and violence have been largely successful", "wang_yi", "indirect"),
     Q("Xinjiang has not seen any terrorist attack in three years", "wang_yi", "indirect"),
     Q("Rumors find no market among the fair-minded and are pale in face of facts. What the Xinjiang Uyghur Autonomous Region has done is for the sake of the happiness of the 25 million people of all ethnic groups in Xinjiang. It also makes a greater contribution to the international counter-terrorism cause. So we are open and aboveboard about this,", "wang_yi"),
     Q("over 1,000 foreign diplomats, scholars and media representatives have visited the region and that they agree some reports from Western media are misleading", "wang_yi", "indirect")],
    [V("REJECT", "refuting rumours made by anti-China forces about the situation in the remote Chinese region",
       day("2019-09-24"), "wang_yi", None, "new_york_city")],
    "wang_yi_2019_09_24_new_york_dinner")

# ------------------------------------------------------------------ 007 Mehr News, Ghasemi weekly presser (undated, no headline)
ent("bahram_ghasemi", "Bahram Ghasemi", "PER", "Ghasemi", "Bahram Qasemi", "Qasemi")
ent("iranian_mfa", "Ministry of Foreign Affairs of Iran", "ORG", "Iranian Foreign Ministry", "Foreign Ministry")
ent("switzerland", "Switzerland", "LOC")
ent("japan", "Japan", "LOC")
ent("tehran", "Tehran", "LOC")
ent("mike_pompeo", "Mike Pompeo", "PER", "Pompeo")
SPEECH["ghasemi_weekly_presser_monday"] = {"speaker": "bahram_ghasemi", "date": None,
                                           "medium": "weekly press conference of the Iranian Foreign Ministry spokesman (a Monday; date not stated)"}
doc("007_mehrnews_ghasemi_presser.txt", None, None, None, None,
    ["Bahram Ghasemi made the remarks in his weekly press conference on Monday",
     "it is 'ridiculous' that the United States withdrew from an international agreement"],
    [],
    [("bahram_ghasemi", ["Bahram Ghasemi", "Ghasemi"]), ("iran", ["Iran"]), ("syria", ["Syria"]), ("europe", ["Europe"]),
     ("iranian_mfa", ["Iranian Foreign Ministry"]), ("switzerland", ["Switzerland"]), ("japan", ["Japan"]),
     ("tehran", ["Tehran"]), ("china", ["China"]), ("russia", ["Russia"]), ("mike_pompeo", ["Pompeo"]),
     ("united_states", ["United States"])],
    ["JCPOA", "JCPOA Commission", "joint JCPOA Commission", "Russian", "Syrian", "Syrian government", "Iranian",
     "European", "European leaders", "German", "German newspaper"],
    [Q("the Russian media reports on Iran’s withdrawal from Syria", "bahram_ghasemi", "indirect", True),
     Q("nobody can force Iran to do something against its will,", "bahram_ghasemi"),
     Q("Iran is an independent country that pursues its policies according to its own interests.", "bahram_ghasemi"),
     Q("all those should leave Syria who entered the territory of the country without the approval of the Syrian government.", "bahram_ghasemi"),
     Q("Europe must act and talk will not do", "bahram_ghasemi", "indirect"),
     Q("each of the previous ambassadors had returned to Tehran their mission had ended", "bahram_ghasemi", "indirect"),
     Q("I think that think tanks and a psychological warfare in the region and the world are trying to influence the relations between Iran and Europe by publishing false news. Pompeo's remarks do not deserve a serious answer. What's published in the German newspaper is false.", "bahram_ghasemi"),
     Q("We will have no other talks with Europe other than the JCPOA,", "bahram_ghasemi"),
     Q("European leaders are wise enough to decide on what issues they should discuss in negotiations with Iran.", "bahram_ghasemi"),
     Q("On Friday, we will have a joint JCPOA Commission meeting without the United States and the meeting will be held at the initiative of Iran to discuss the related issues,", "bahram_ghasemi"),
     Q("it is 'ridiculous' that the United States withdrew from an international agreement and now wants to have renegotiations under other circumstances", "bahram_ghasemi", "mixed")],
    [V("REJECT", "he also rejected the Russian media reports on Iran’s withdrawal from Syria", None, "bahram_ghasemi", "russia"),
     V("CONSULT", "On Friday, we will have a joint JCPOA Commission meeting without the United States", None, "iran", "europe")],
    "ghasemi_weekly_presser_monday")

# ------------------------------------------------------------------ 008 Khel Now, Jorge Costa
ent("jorge_costa", "Jorge Costa", "PER", "Costa")
ent("sergio_lobera", "Sergio Lobera", "PER", "Lobera")
ent("arnold_issoko", "Arnold Issoko", "PER", "Arnold")
SPEECH["costa_2018_10_24_postmatch"] = {"speaker": "jorge_costa", "date": day("2018-10-24"),
                                        "medium": "post-match press conference after FC Goa 5-0 Mumbai City FC"}
doc("008_khelnow_costa_lobera.txt",
    "Jorge Costa rues missed chances, Sergio Lobera happy with the performance", "2018-10-24", None, None,
    ["FC Goa registered a massive 5-0 win against Mumbai City FC on Wednesday night", "we cannot give up like that"],
    ["View this post on Instagram", "A post shared by Indian Super League", "Watch: FC Goa 5-0 Mumbai City FC highlights",
     "Modified at :December 13, 2023", "HomeSportsIPL 2024Live Score"],
    [("jorge_costa", ["Jorge Costa", "Costa"]), ("sergio_lobera", ["Sergio Lobera"]), ("fc_goa", ["FC Goa", "Goa"]),
     ("mumbai_city_fc", ["Mumbai City FC", "Mumbai City"]), ("isl", ["Indian Super League", "ISL"]),
     ("arnold_issoko", ["Arnold"])],
    ["Khel Now", "Nutra Supplements", "Instagram", "IPL", "Gaurs", "Islanders", "Goans", "indiansuperleague", "@indiansuperleague"],
    [Q("Yes, Of course. When you lose 5-0, it is very difficult to explain things,", "jorge_costa"),
     Q("Before the goal, we had two clear opportunities to score. Even the corner, that gave the goal to Goa, we could have scored with Arnold. We tried to press against one team that we knew from before have quality and we did it well,", "jorge_costa"),
     Q("I think in the first half we had five to six clear opportunities,", "jorge_costa"),
     Q("I am very disappointed with the result, especially the last thirty minutes, because we gave up. And we cannot give up like that. I know it’s not easy, but we cannot give up.", "jorge_costa"),
     Q("he wants the players to pull themselves back into the right mentality after the defeat", "jorge_costa", "indirect")],
    [], "costa_2018_10_24_postmatch")

# ------------------------------------------------------------------ 009 Devdiscourse, Clifford Miranda
ent("clifford_miranda", "Clifford Miranda", "PER", "Miranda")
SPEECH["miranda_2022_02_26_postmatch"] = {"speaker": "clifford_miranda", "date": day("2022-02-26"),
                                          "medium": "post-match press conference after Mumbai City FC 2-0 FC Goa (ISL)"}
doc("009_devdiscourse_fc_goa_miranda.txt",
    "This match reflects story of our season: FC Goa's assistant coach Clifford Miranda", "2022-02-27", None, None,
    ["Like most matches this season, FC Goa missed many chances to score", "felt disappointed with the result"],
    ["Left Menu", "Image Credit: ANI"],
    [("fc_goa", ["FC Goa"]), ("clifford_miranda", ["Clifford Miranda"]), ("mumbai_city_fc", ["Mumbai City FC"]),
     ("isl", ["Indian Super League", "ISL"])],
    ["ANI", "India", "ISL-Twitter", "Photo/ISL-Twitter", "Twitter"],
    [Q("This match reflects story of our season", "clifford_miranda", "direct", True),
     Q("We have a squad and that's why we have a squad. When someone is not there, there is someone who steps up. And I think whoever came in today, it was a fantastic performance by the team, both individually as well as collectively. We created more chances, we defended well, we were good in positional play in attack, we were first to second balls, but this is just the story of our season. We get punished for mistakes that we make,", "clifford_miranda"),
     Q("It's always nice to take the lead whether it's a penalty or from open play. I never blame the players. We tried and the goalkeeper made a save. If we take an early lead, it helps the team but then the penalty can go either way. I felt we created enough chances apart from the penalty to take the lead and win this game,", "clifford_miranda"),
     Q("he is impressed with how his team has performed but felt disappointed with the result", "clifford_miranda", "indirect")],
    [], "miranda_2022_02_26_postmatch")

# ------------------------------------------------------------------ 010 today.az, Iranian ambassador (speaker named late)
ent("suleymani", "Suleymani", "PER", "Mr. Suleymani")
ent("apa", "APA", "ORG", "APA news agency")
SPEECH["suleymani_apa_remarks"] = {"speaker": "suleymani", "date": None,
                                   "medium": "remarks of the Iranian ambassador to the APA news agency (date not stated)"}
doc("010_todayaz_iran_ambassador.txt", None, None, None, None,
    ["the Ambassador said some forces take interest in spreading reports on the tense situation in Iran",
     "No one was shot, no one was killed."],
    [],
    [("apa", ["APA"]), ("iran", ["Iran"]), ("united_states", ["United States", "America"]),
     ("suleymani", ["Mr. Suleymani", "Suleymani"])],
    ["Zionist", "Iranian", "anti-Iran", "Iranian Culture Minister", "Culture Minister", "Iranian Ambassador"],
    [Q("some forces take interest in spreading reports on the tense situation in Iran", "suleymani", "indirect"),
     Q("the United States and other Zionist regimes stand behind the strong anti-Iran propaganda", "suleymani", "indirect"),
     Q("They often utter their interests in happening of disorder in Iran. What is the matter? The Iranian authorities supported the people with regard to the caricature and this problem is being solved now. Some forces tried to seek benefits from these demonstrations but they failed. Those hoping that these rallies will be continued are mistaken. They will not succeed,", "suleymani"),
     Q("the issue on sending Iranian Culture Minister into resignation will be considered", "suleymani", "indirect"),
     Q("Some parliamentarians demanded the Minister's resignation. According to Iranian legislation, if 15 parliamentarians demand impeachment of a minister, the issue is put for vote. He is dismissed if they vote for his resignation. The parliament will also consider this issue,", "suleymani"),
     Q("America intends to enter Iran from the \"gaps\" of the country", "suleymani", "mixed"),
     Q("However, the people are behind the authorities. One of the people's rights is to stage protest actions. America has been aiming to cause disorder inside Iran for many years. The United States has realized that Iran is right in the nuclear issue. Therefore, it tries to make the country busy with such issues in order Iran to fail to defend its right in international level,", "suleymani"),
     Q("no one has been killed in the latest events in Iran", "suleymani", "indirect"),
     Q("No one was shot, no one was killed.", "suleymani")],
    [V("ACCUSE", "the United States and other Zionist regimes stand behind the strong anti-Iran propaganda", None,
       "suleymani", "united_states"),
     V("PROTEST", ["Some forces tried to seek benefits from these demonstrations", "Those hoping that these rallies will be continued are mistaken"],
       None, None, None, "iran")],
    "suleymani_apa_remarks")

# ------------------------------------------------------------------ 011 opemsuo, Chris Hughton (undated)
ent("chris_hughton", "Chris Hughton", "PER", "Hughton")
ent("black_stars", "Black Stars", "ORG", "Ghana national football team", "Ghana")
ent("cape_verde", "Cape Verde", "LOC", "Cabo Verde")
ent("richard_ofori", "Richard Ofori", "PER", "Ofori")
ent("jovane_cabral", "Jovane Cabral", "PER", "Cabral")
ent("jamiro_monteiro", "Jamiro Monteiro", "PER", "Monteiro")
ent("majeed_ashimeru", "Majeed Ashimeru", "PER", "Ashimeru")
ent("alexander_djiku", "Alexander Djiku", "PER", "Djiku")
ent("garry_rodrigues", "Garry Rodrigues", "PER", "Rodrigues")
SPEECH["hughton_cape_verde_postmatch"] = {"speaker": "chris_hughton", "date": None,
                                          "medium": "post-match press conference after Ghana's AFCON opener against Cape Verde (date not stated)"}
doc("011_opemsuo_hughton_cape_verde.txt",
    "We Conceded A Poor Goal – Hughton on Cape Verde Win", None, None, None,
    ["The head coach of the Black Stars, Chris Hughton, has characterized the second goal",
     "We came into the game with a game plan."],
    [],
    [("chris_hughton", ["Chris Hughton", "Hughton"]), ("black_stars", ["Black Stars"]), ("cape_verde", ["Cape Verde"]),
     ("richard_ofori", ["Richard Ofori"]), ("jovane_cabral", ["Jovane Cabral"]), ("jamiro_monteiro", ["Jamiro Monteiro"]),
     ("majeed_ashimeru", ["Majeed Ashimeru"]), ("alexander_djiku", ["Alexander Djiku"]),
     ("garry_rodrigues", ["Garry Rodrigues"])],
    ["AFCON", "VAR", "Blue Sharks"],
    [Q("We Conceded A Poor Goal", "chris_hughton", "direct", True),
     Q("the second goal his side conceded in the last minutes of their AFCON opener against Cape Verde as a poor goal", "chris_hughton", "indirect", True),
     Q("You can’t concede the kind of goal that we did in the last moments of the game particularly this because at that stage you are pushing to get the winner but what you can’t do is you can’t afford to lose the game and we conceded a very poor goal and hence hugely disappointed in my folks… We are incredibly hugely disappointed with the result. We came into the game with a game plan. We changed.", "chris_hughton"),
     Q("We grew into a good game. We didn’t allow ourselves to become too disappointed after the goal that was ruled out from the VAR and I think we grew from that once we scored the goal in the second half, I thought we were very much on the front foot and looking at perhaps a second goal but I think it is the nature of the game.", "chris_hughton"),
     Q("they are premised on the fitness levels of the players and other vital information unknown to the public", "chris_hughton", "indirect")],
    [], "hughton_cape_verde_postmatch")


# ------------------------------------------------------------------ 012 MarketScreener (MFA release), same occasion as 006
doc("012_marketscreener_wang_yi_decoupling.txt", None, "2019-09-24", None, None,
    ["State Councilor and Foreign Minister Wang Yi attended and delivered a keynote speech",
     "Decoupling from the Chinese economy would be decoupling from opportunities, and from the future."],
    [],
    [("wang_yi", ["Wang Yi", "Wang"]), ("ncuscr", ["National Committee on US-China Relations"]),
     ("uscbc", ["US-China Business Council"]), ("us_chamber", ["US Chamber of Commerce"]),
     ("cfr", ["Council on Foreign Relations"]), ("new_york_city", ["New York"])],
    ["Chinese", "State Councilor"],
    [Q("the two countries are now among the most important trade partners and investment destinations for each other", "wang_yi", "indirect"),
     Q("Our industrial, supply and value chains are deeply interconnected. We are interdependent with interests closely entwined. Given the size of our economies and the level of interdependence, the so-called decoupling or shutting the door to each other is just like an attempt to build castles in the air. It is neither sensible nor realistic. Decoupling from the Chinese economy would be decoupling from opportunities, and from the future.", "wang_yi", "direct", True)],
    [], "wang_yi_2019_09_24_new_york_dinner")


if __name__ == "__main__":
    sys.exit(main(HERE))
