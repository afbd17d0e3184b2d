#!/usr/bin/env python3
"""Deterministic synthetic corpus for benchmarking the drone-claim pipeline.

    python benchmarks/generate_corpus.py --n 10000 --out DIR [--seed 7] [--txt-share 0.05] [--shard-size 5000]

Writes into DIR:

- ``shard-00000.jsonl``, ``shard-00001.jsonl``, ...: one document a line,
  ``{"id", "url", "title", "published", "text"}`` with ``published`` an ISO date;
  each shard holds ``shard_size`` documents (the last one fewer);
- ``txt/<id>.txt``: about ``txt_share`` of the documents as plain-text files with a
  front-matter block (id, url, title, published) at the top. A document is written
  either to a shard or as a .txt file, never both, so every id occurs once;
- ``gold.jsonl``: the planted claims, one a line, with the fields
  ``doc, event_type, region_code, count, count_low, authority, date, localities, is_total``
  annotated under /work/shared/eval/ANNOTATION.md (``count_low`` is null for an exact
  count; ``is_total`` is true only for a country total given with a regional breakdown).

About a third of the documents carry claims, a third are drone news without any count
(sightings, airport restrictions, production, policy) and a third are unrelated news
(weather, sports, economy). Documents are 2-6 KB: a few claim paragraphs plus claim-free
filler. All text is generated from the templates in this file; names of officials and
outlets are invented, region and town names are real.

Everything comes from one ``random.Random(seed)`` and documents are written as they are
made, so the output is byte-identical for a given seed and arguments, and memory stays
bounded (about 25 MB) however many documents are asked for. The documents and the gold do not
depend on ``--txt-share`` or ``--shard-size`` (these only decide where a document is written),
and the first k documents of a run of n are those of a run of k. Ids are ``bench-0000123``
(seven digits, more when n needs them). Files of an earlier run in DIR (``shard-*.jsonl``,
``gold.jsonl``, ``txt/bench-*.txt``) are removed first.

Speed: filler is pre-rendered once per run (per region, a few variants of each template, raw
and JSON-escaped) and picked in pre-drawn random orders, so a document costs a handful of
random picks plus its claim sentences; JSONL records are assembled from escaped pieces. Each
document then words its filler its own way (``WORDINGS``, choices drawn at pre-parsed slots),
so that filler paragraphs seldom repeat word for word across documents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
import sys
import time
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

# (ISO 3166-2 code, name, kind, towns below the region). kind: "oblast" -> "the X region" /
# "X Oblast"; "krai" -> "the X region" / "X Krai"; "republic" -> "the Republic of X" / "X".
RU_REGIONS = [
    ("RU-KRS", "Kursk", "oblast", ("Rylsk", "Lgov", "Kurchatov", "Zheleznogorsk", "Oboyan")),
    ("RU-BRY", "Bryansk", "oblast", ("Klintsy", "Novozybkov", "Trubchevsk", "Pogar", "Sevsk")),
    ("RU-BEL", "Belgorod", "oblast", ("Shebekino", "Valuyki", "Graivoron", "Stary Oskol", "Alexeyevka")),
    ("RU-KLU", "Kaluga", "oblast", ("Lyudinovo", "Obninsk", "Kozelsk", "Kirov", "Sukhinichi")),
    ("RU-MOS", "Moscow", "oblast", ("Podolsk", "Ramenskoye", "Kolomna", "Serpukhov", "Naro-Fominsk")),
    ("RU-TUL", "Tula", "oblast", ("Novomoskovsk", "Aleksin", "Yefremov", "Shchyokino", "Uzlovaya")),
    ("RU-ORL", "Oryol", "oblast", ("Mtsensk", "Livny", "Bolkhov", "Kromy")),
    ("RU-VOR", "Voronezh", "oblast", ("Liski", "Rossosh", "Borisoglebsk", "Ostrogozhsk", "Pavlovsk")),
    ("RU-LIP", "Lipetsk", "oblast", ("Yelets", "Gryazi", "Dankov", "Usman")),
    ("RU-ROS", "Rostov", "oblast", ("Taganrog", "Novoshakhtinsk", "Kamensk-Shakhtinsky", "Millerovo")),
    ("RU-KDA", "Krasnodar", "krai", ("Tuapse", "Novorossiysk", "Slavyansk-na-Kubani", "Armavir", "Yeysk")),
    ("RU-SMO", "Smolensk", "oblast", ("Vyazma", "Roslavl", "Yartsevo", "Safonovo")),
    ("RU-TVE", "Tver", "oblast", ("Rzhev", "Toropets", "Konakovo", "Torzhok")),
    ("RU-RYA", "Ryazan", "oblast", ("Kasimov", "Skopin", "Sasovo")),
    ("RU-PSK", "Pskov", "oblast", ("Velikiye Luki", "Ostrov", "Nevel")),
    ("RU-LEN", "Leningrad", "oblast", ("Kirishi", "Ust-Luga", "Primorsk", "Vyborg")),
    ("RU-NGR", "Novgorod", "oblast", ("Borovichi", "Staraya Russa", "Valdai")),
    ("RU-YAR", "Yaroslavl", "oblast", ("Rybinsk", "Uglich", "Pereslavl-Zalessky")),
    ("RU-NIZ", "Nizhny Novgorod", "oblast", ("Kstovo", "Dzerzhinsk", "Arzamas")),
    ("RU-TAM", "Tambov", "oblast", ("Michurinsk", "Morshansk", "Kotovsk")),
    ("RU-SAR", "Saratov", "oblast", ("Engels", "Balakovo", "Balashov")),
    ("RU-VGG", "Volgograd", "oblast", ("Kamyshin", "Volzhsky", "Uryupinsk")),
    ("RU-SAM", "Samara", "oblast", ("Syzran", "Novokuibyshevsk", "Tolyatti")),
    ("RU-PNZ", "Penza", "oblast", ("Kuznetsk", "Zarechny", "Serdobsk")),
    ("RU-AST", "Astrakhan", "oblast", ("Akhtubinsk", "Znamensk", "Kharabali")),
    ("RU-TA", "Tatarstan", "republic", ("Yelabuga", "Nizhnekamsk", "Almetyevsk")),
]
UA_REGIONS = [
    ("UA-32", "Kyiv", "oblast", ("Bila Tserkva", "Brovary", "Boryspil", "Fastiv", "Obukhiv")),
    ("UA-63", "Kharkiv", "oblast", ("Chuhuiv", "Izium", "Kupiansk", "Lozova", "Bohodukhiv")),
    ("UA-51", "Odesa", "oblast", ("Izmail", "Chornomorsk", "Pivdennyi", "Bilhorod-Dnistrovskyi")),
    ("UA-59", "Sumy", "oblast", ("Konotop", "Shostka", "Okhtyrka", "Romny", "Hlukhiv")),
    ("UA-74", "Chernihiv", "oblast", ("Nizhyn", "Pryluky", "Koriukivka", "Novhorod-Siverskyi")),
    ("UA-53", "Poltava", "oblast", ("Kremenchuk", "Myrhorod", "Lubny", "Horishni Plavni")),
    ("UA-12", "Dnipropetrovsk", "oblast", ("Kryvyi Rih", "Kamianske", "Pavlohrad", "Nikopol")),
    ("UA-23", "Zaporizhzhia", "oblast", ("Vilniansk", "Orikhiv", "Huliaipole")),
    ("UA-48", "Mykolaiv", "oblast", ("Pervomaisk", "Voznesensk", "Ochakiv")),
    ("UA-05", "Vinnytsia", "oblast", ("Koziatyn", "Zhmerynka", "Khmilnyk")),
    ("UA-46", "Lviv", "oblast", ("Stryi", "Drohobych", "Chervonohrad")),
    ("UA-18", "Zhytomyr", "oblast", ("Korosten", "Berdychiv", "Novohrad-Volynskyi")),
    ("UA-71", "Cherkasy", "oblast", ("Uman", "Smila", "Zolotonosha")),
    ("UA-35", "Kirovohrad", "oblast", ("Oleksandriia", "Svitlovodsk", "Znamianka")),
    ("UA-68", "Khmelnytskyi", "oblast", ("Starokostiantyniv", "Shepetivka", "Kamianets-Podilskyi")),
    ("UA-56", "Rivne", "oblast", ("Dubno", "Varash", "Sarny")),
    ("UA-07", "Volyn", "oblast", ("Kovel", "Volodymyr", "Lyuboml")),
    ("UA-26", "Ivano-Frankivsk", "oblast", ("Burshtyn", "Kalush", "Kolomyia")),
    ("UA-65", "Kherson", "oblast", ("Beryslav", "Bilozerka", "Vysokopillia")),
]
SEAS = [
    ("SEA-BLACK", "over the waters of the Black Sea"),
    ("SEA-BLACK", "over the Black Sea"),
    ("SEA-AZOV", "over the Sea of Azov"),
]
CRIMEA = ("UA-43", "over the Republic of Crimea")

RU_FIRST = (
    "Ivan",
    "Sergei",
    "Alexei",
    "Dmitry",
    "Andrei",
    "Mikhail",
    "Nikolai",
    "Pavel",
    "Vladimir",
    "Yuri",
    "Oleg",
    "Igor",
    "Roman",
    "Viktor",
    "Gleb",
    "Anatoly",
    "Konstantin",
)
RU_LAST = (
    "Sokolov",
    "Lebedev",
    "Morozov",
    "Volkov",
    "Zaitsev",
    "Belov",
    "Kuznetsov",
    "Frolov",
    "Gusev",
    "Tarasov",
    "Sorokin",
    "Komarov",
    "Kiselev",
    "Makarov",
    "Zhukov",
    "Yershov",
    "Panin",
    "Rudakov",
    "Golubev",
    "Vinogradov",
    "Bogdanov",
    "Denisov",
    "Shubin",
    "Pakhomov",
    "Litvinov",
    "Kurochkin",
)
UA_FIRST = (
    "Oleksandr",
    "Andriy",
    "Serhiy",
    "Vitaliy",
    "Oleh",
    "Ivan",
    "Mykola",
    "Yuriy",
    "Vadym",
    "Ruslan",
    "Taras",
    "Bohdan",
    "Dmytro",
    "Volodymyr",
)
UA_LAST = (
    "Kovalenko",
    "Bondarenko",
    "Tkachenko",
    "Kravchenko",
    "Shevchuk",
    "Melnyk",
    "Savchenko",
    "Lysenko",
    "Rudenko",
    "Marchenko",
    "Hnatiuk",
    "Petrenko",
    "Kostenko",
    "Yaremchuk",
    "Danyliuk",
    "Ostapenko",
    "Boiko",
    "Zinchenko",
    "Levchenko",
)


# regional centres whose name differs from the region's
CAPITALS = {
    "RU-LEN": "St Petersburg",
    "RU-TA": "Kazan",
    "RU-SAM": "Samara",
    "UA-12": "Dnipro",
    "UA-07": "Lutsk",
    "RU-NGR": "Veliky Novgorod",
    "UA-35": "Kropyvnytskyi",
    "RU-MOS": "Moscow",
}


class Region:
    __slots__ = ("code", "name", "kind", "towns", "forms", "official", "country", "short", "title", "city")

    def __init__(self, code, name, kind, towns, official):
        self.code, self.name, self.kind, self.towns, self.official = code, name, kind, towns, official
        self.country = code[:2]
        if kind == "oblast":
            self.forms = (f"the {name} region", f"{name} Oblast", f"the {name} region")
            self.short = name  # for "the Kursk, Bryansk and Oryol regions"
        elif kind == "krai":
            self.forms = (f"the {name} region", f"{name} Krai")
            self.short = None
        else:
            self.forms = (f"the Republic of {name}", name)
            self.short = None
        # "Tula region governor", "Kharkiv regional governor" style prefix
        self.title = f"{name} region" if kind != "republic" else name
        self.city = CAPITALS.get(code, name)  # for the dateline


def _officials(first, last, n, a, b):
    return [f"{first[(i * a) % len(first)]} {last[(i * b + 3) % len(last)]}" for i in range(n)]


_ru_off = _officials(RU_FIRST, RU_LAST, len(RU_REGIONS), 5, 7)
_ua_off = _officials(UA_FIRST, UA_LAST, len(UA_REGIONS), 3, 5)
RU = [Region(c, n, k, t, o) for (c, n, k, t), o in zip(RU_REGIONS, _ru_off, strict=True)]
UA = [Region(c, n, k, t, o) for (c, n, k, t), o in zip(UA_REGIONS, _ua_off, strict=True)]
RU_OBLASTS = [r for r in RU if r.short]
UA_OBLASTS = [r for r in UA if r.short]
MOSCOW_MAYOR = "Pavel Gorshkov"
KYIV_MAYOR = "Maksym Horbenko"
UA_AF_SPOKESMAN = "Yuriy Hnatenko"

AIRPORTS = (
    "Vnukovo",
    "Sheremetyevo",
    "Domodedovo",
    "Zhukovsky",
    "Kaluga",
    "Tambov",
    "Yaroslavl",
    "Nizhny Novgorod",
    "Kazan",
    "Sochi",
    "Volgograd",
    "Saratov",
    "Penza",
    "Pulkovo",
    "Samara",
)
CITIES = (
    "Moscow",
    "St Petersburg",
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Lviv",
    "Kazan",
    "Voronezh",
    "Rostov-on-Don",
    "Dnipro",
    "Krasnodar",
    "Yekaterinburg",
    "Novosibirsk",
    "Vinnytsia",
    "Samara",
    "Poltava",
)
OUTLETS = (
    "example-wire.test",
    "frontline-digest.test",
    "regional-herald.test",
    "eastern-monitor.test",
    "newsdesk-daily.test",
)
OUTLET_NAMES = {
    "example-wire.test": "Example Wire",
    "frontline-digest.test": "Frontline Digest",
    "regional-herald.test": "Regional Herald",
    "eastern-monitor.test": "Eastern Monitor",
    "newsdesk-daily.test": "Newsdesk Daily",
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

RU_TARGETS = (
    "an oil refinery",
    "a fuel depot",
    "an electrical substation",
    "a private house",
    "an industrial enterprise",
    "a warehouse",
    "a residential building",
    "an oil pumping station",
)
UA_TARGETS = (
    "energy infrastructure",
    "a residential building",
    "a private house",
    "an industrial enterprise",
    "a grain warehouse",
    "a railway depot",
    "an electrical substation",
    "a gas distribution station",
)
RU_STRIKE_FACILITIES = (
    "oil refinery",
    "fuel depot",
    "oil pumping station",
    "ammunition depot",
    "military airfield",
    "electrical substation",
)

# --------------------------------------------------------------------------------------
# Claim-free filler. No paragraph here states a number of drones, uses the singular
# "a drone", or a vague quantity of drones ("several", "dozens"): none of it is a claim.
# --------------------------------------------------------------------------------------

BACKGROUND = (
    "Russia has deployed additional short-range air defence systems around energy facilities and "
    "industrial sites in recent months, and regional authorities have organised volunteer units armed with "
    "machine guns to protect villages near the border.",
    "Ukraine has expanded its use of long-range drones against military and energy targets deep inside "
    "Russia, a campaign Kyiv describes as a response to Russian strikes on Ukrainian cities and power "
    "plants.",
    "Moscow usually does not say how many drones Ukraine launches, reporting only those it says were "
    "destroyed, and figures released by either side cannot be independently verified.",
    "Military analysts say the attacks are designed to stretch air defences over a vast territory and to "
    "force commanders to keep expensive systems far from the front line.",
    "Ukraine's air force has repeatedly urged Western partners to supply more air defence systems, saying "
    "that mobile fire groups and interceptors alone cannot cover every city and every power station.",
    "Mobile fire groups, made up of pickup trucks carrying heavy machine guns and searchlights, have become "
    "a "
    "familiar sight in villages along the main attack routes, where they work through the night.",
    "Officials say the attacks have grown larger and more frequent over the past year as production of "
    "long-range attack drones has increased on both sides of the front.",
    "Neither side discloses its losses in full, and posts by regional officials are often the only public "
    "source of information about the attacks and the damage they cause.",
    "The regional authorities advised residents to stay away from windows during alerts, not to film the "
    "work of air defence units and not to publish the locations of strikes on social media.",
    "Officials said the attacks were aimed at energy infrastructure, which has been a frequent target since "
    "the start of the heating season and whose repair can take weeks.",
    "Electronic warfare units have become a key part of the defence against long-range drones, jamming "
    "satellite navigation signals over large areas, which has also disrupted taxi and map applications.",
    "Telegram channels run by local residents often publish videos of air defence fire before any official "
    "statement, and officials warn that such posts can help the attackers adjust their routes.",
    "Experts note that the drones used in such raids are cheap compared with the missiles used to intercept "
    "them, which is why both sides are investing in guns, jammers and interceptor drones.",
    "The attacks have become part of daily life in the border regions, where schools have moved lessons "
    "online and many residents have built shelters in their gardens.",
    "Insurance companies say claims for damage caused by falling debris have risen sharply, and regional "
    "governments have set up funds to compensate homeowners.",
    "Radar coverage at low altitude remains patchy in rural areas, according to specialists, which is why "
    "visual observation posts have been set up along the approaches to large cities.",
    "Each alert is accompanied by sirens and push notifications, and residents say that frequent alerts at "
    "night have become one of the most exhausting aspects of the war.",
    "The energy ministry said repair crews were working to restore supplies as quickly as possible and that "
    "backup generators had been delivered to hospitals and water utilities.",
    "Earlier this year the authorities introduced a ban on the sale of fuel to private buyers in containers "
    "near some refineries, citing security concerns.",
    "Observers point out that official statements rarely mention which systems were used to intercept the "
    "drones or where exactly they were brought down.",
)
AIRPORT = (
    "Temporary restrictions were imposed on arrivals and departures at {airport} airport to ensure flight "
    "safety, the Federal Air Transport Agency said on its Telegram channel. The restrictions were later "
    "lifted and the airport resumed normal operations.",
    "Passengers at {airport} airport complained of long delays and cancelled flights after the airport "
    "suspended "
    "operations during the alert. Several flights were diverted to other airports.",
    "Airlines warned that schedules could be disrupted for the rest of the day because aircraft and crews "
    "were stuck at alternate airfields after the closure of {airport} airport.",
    "The aviation authority said the measures at {airport} airport were necessary for the safety of civil "
    "aircraft "
    "and asked passengers to check the status of their flights with their airline before travelling.",
    "Queues formed at the check-in desks at {airport} airport as the departure boards filled with delays, "
    "and the "
    "airport operator said it was handing out drinking water to passengers waiting in the terminals.",
)
DEBRIS = (
    "Falling debris damaged the roof of a private house in {town}, and windows were blown out in "
    "neighbouring "
    "buildings, the local administration said. No one was injured.",
    "Debris fell on the territory of an industrial site near {town}, causing a small fire that was quickly "
    "put out by emergency crews, according to the regional administration.",
    "Emergency crews worked through the morning to clear debris from a road near {town}. Power lines were "
    "damaged and some streets were left without electricity for a time.",
    "Residents of {town} posted photographs of shattered windows and a damaged car, and local officials said "
    "specialists were assessing the damage to buildings.",
    "In {town}, fragments damaged a garage and a power line, the district head said, adding that an "
    "operational headquarters had been set up to deal with the consequences.",
)
QUOTES = (
    '"The situation is under control. All the relevant services are working at the scene," {name} said in '
    "a video address.",
    '"I ask everyone to stay calm and to trust only official information," {name} wrote on Telegram.',
    '"Our air defence worked professionally throughout the night," {name} said, thanking the military and '
    "the emergency crews.",
    '"We will repair everything that was damaged, and families will receive compensation," {name} told reporters.',
    '"The enemy is trying to frighten civilians, but it will not succeed," {name} said.',
    '"Please stay in shelters until the all-clear is given," {name} urged residents.',
)
BOILER = (
    "Subscribe to our channel to get the latest news first.",
    "Follow us on Telegram and on social networks for updates throughout the day.",
    "This story has been updated with additional details.",
    "If you have information about this event, write to our editors. Anonymity is guaranteed.",
    "Republication of this material without permission is prohibited. All rights reserved.",
    "Read also: what is known about the air defence systems protecting the capital.",
    "Reporting by our regional correspondents; editing by the news desk.",
)
SIGHTINGS = (
    "Residents of {town} in {region} reported hearing the buzzing of drones late in the evening, followed "
    "by bursts of anti-aircraft fire. The regional administration did not immediately comment.",
    "Videos circulating on social media appeared to show drones flying low over {town}, but the "
    "authorities in {region} said they could not confirm that the footage was genuine.",
    "Police in {town} asked residents not to approach or touch debris found in fields and gardens and to "
    "report such finds to the emergency number.",
    "An air raid alert was declared across {region} during the night, and residents were urged to take "
    "shelter until the all-clear.",
    "Drones struck energy facilities near {town}, causing power outages, the local administration said, "
    "without giving further details.",
    "The authorities in {region} said mobile internet would be restricted during alerts to make it harder "
    "for drones to navigate, and apologised to residents for the inconvenience.",
)
PRODUCTION = (
    "The government said domestic manufacturers had significantly increased the output of interceptor drones "
    "this year and that new production lines were opening in several regions.",
    "A defence company based in {city} presented a new interceptor designed to hunt long-range attack drones "
    "at a fraction of the cost of a surface-to-air missile.",
    "Start-ups building drones have attracted growing interest from investors, and the authorities have "
    "simplified procurement rules to speed up deliveries to the army.",
    "Engineers say the main bottlenecks are the supply of electronic components and engines, much of which "
    "still has to be imported through intermediaries.",
    "The plant in {city} is hiring engineers and assembly workers and has opened a training centre for "
    "operators, the company said in a statement.",
    "Industry officials said serial production of fibre-optic guided drones, which are immune to jamming, "
    "was being expanded.",
)
POLICY = (
    "Lawmakers debated a bill that would let regional authorities restrict mobile internet during air raid "
    "alerts, a measure critics say disrupts businesses and daily life.",
    "European Union defence ministers discussed plans for a so-called drone wall along the bloc's eastern "
    "border, combining sensors, jammers and interceptors.",
    "The government approved new rules requiring owners of civilian drones to register them and banning "
    "flights over critical infrastructure without a permit.",
    "Officials in several European countries have reported drones flying near airports and military bases, "
    "prompting calls for better detection systems.",
    "Parliament's defence committee called for a single national system to detect low-flying targets, "
    "arguing that responsibility is currently split between too many agencies.",
    "Human rights groups have criticised the use of drones near residential areas and called for an "
    "independent investigation into attacks that caused civilian casualties.",
)
DRONE_NEWS_TITLES = {
    "sightings": (
        "Residents report drones over {region}",
        "Air raid alert declared across {region}",
        "Debris damages homes in {region}",
        "What is known about the drone alert in {region}",
    ),
    "airports": (
        "Flights restricted at airports amid drone alert",
        "Airport delays pile up after drone alert",
        "Aviation authority imposes temporary flight restrictions",
    ),
    "industry": (
        "Defence firms expand interceptor drone output",
        "Drone makers struggle with component shortages",
        "Investors turn to drone start-ups",
    ),
    "policy": (
        "Lawmakers debate limits on mobile internet during drone alerts",
        "EU ministers discuss plans for a drone wall",
        "Government tightens rules for civilian drones",
    ),
}

WEATHER = (
    "Forecasters expect daytime temperatures in {city} to reach {t1} degrees Celsius, with light winds and "
    "no significant precipitation until the end of the week.",
    "Heavy rain is expected in the south, with up to {mm} millimetres falling in some areas within {h} "
    "hours, "
    "the weather service said, warning of possible flooding.",
    "Snowfall disrupted traffic on motorways around {city}, where road crews deployed {k} snow ploughs "
    "overnight and asked drivers to avoid unnecessary journeys.",
    "Night temperatures could drop to minus {t2} degrees in the north, the meteorological centre said, "
    "urging residents to check on elderly neighbours.",
    "Strong gusts of up to {w} metres per second toppled trees and damaged roofs in {city}, and {k} homes "
    "were temporarily left without power.",
    "The river level in {city} rose by {cm} centimetres in a day, and the authorities said they were "
    "monitoring the situation but saw no immediate threat of flooding.",
    "A heatwave is forecast to continue for at least {d} more days, with the thermometer expected to climb "
    "above {t1} degrees in the afternoon.",
    "Fog reduced visibility to {v} metres on some roads near {city} in the morning, and police reported "
    "several minor collisions.",
    "Meteorologists said the past month had been {d} degrees warmer than the long-term average, making it "
    "one "
    "of the warmest on record for the region, and that dry weather had raised the risk of forest fires.",
    "Farmers in the south said the lack of rain was threatening winter crops, while hydrologists warned that "
    "water levels in reservoirs were {k} percent below normal for the season.",
    "Residents of {city} were advised to limit time outdoors during the afternoon hours, drink plenty of "
    "water and keep an eye on children and elderly relatives, the health department said.",
    "The city authorities opened {k} cooling centres in libraries and community halls, and public transport "
    "operators said air conditioning on buses and trams had been checked ahead of the hot spell.",
    "Forecasters said a cold front moving in from the north-west would bring thunderstorms and hail by the "
    "weekend, followed by a sharp drop in temperatures of up to {t2} degrees.",
    "Road services said they had stockpiled {k} thousand tonnes of de-icing material for the winter and "
    "urged motorists to switch to winter tyres in good time.",
    "Pollen levels are expected to remain high for the next {d} days, the allergy centre said, advising "
    "sensitive people to keep windows closed in the morning.",
    "The long-range forecast suggests a drier than usual autumn, which agronomists say could make sowing "
    "more difficult in the central regions.",
)
SPORTS = (
    "{team1} beat {team2} {s1}-{s2} in front of {crowd} spectators, moving up to {pos} place in the table.",
    "The coach praised his team's discipline after a goalless first half, saying the players had followed "
    "the plan until the final whistle.",
    "{team2} have now gone {k} matches without a win, and supporters chanted for the coach to resign after "
    "the final whistle.",
    "The striker scored his {goal} goal of the season with a header in the {minute} minute, before {team2} "
    "equalised from the penalty spot.",
    "In the basketball league, {team1} won {b1}-{b2} away from home, with their point guard scoring {p} points.",
    "Tickets for the cup final went on sale on Monday and sold out within {h} hours, the organisers said.",
    "The club confirmed that its captain would miss the next {k} weeks with a knee injury sustained in training.",
    "The national swimming championships ended with {k} new national records, {k2} of them set by teenagers.",
    "The visitors dominated possession in the opening half hour, but their best chance came from a free kick "
    "that struck the crossbar, and the home side's goalkeeper made a string of saves after the break.",
    "The league announced that the winter break would last {k} weeks this season, with clubs expected to "
    "hold training camps abroad before the second half of the championship.",
    "Attendance at league matches rose {x} percent compared with last season, helped by cheaper tickets for "
    "students and families, the league's commercial director said.",
    "In tennis, the top seed reached the quarter-finals of the tournament in straight sets, while the "
    "defending champion was knocked out in a three-hour match that ended after midnight.",
    "The club's board said it would invest in its youth academy and build a new training ground by the end "
    "of next year, and that the coach's contract had been extended by {years} years.",
    "A spokesman for {team1} said the club was in talks with several players but that no transfer would be "
    "announced before the medical tests were completed.",
    "In the ice hockey league, {team2} came back from two goals down to win in overtime, their {goal} "
    "victory "
    "of the season.",
    "Fans welcomed the team at the airport late in the evening, and the city administration said a "
    "reception would be held at the town hall next week.",
)
ECONOMY = (
    "The central bank kept its key interest rate at {rate} percent, citing persistent inflation and a tight "
    "labour market, and said further tightening could not be ruled out.",
    "Annual inflation slowed to {inf} percent in {month}, the statistics service said, as food prices rose "
    "more slowly than in previous months.",
    "Retail sales rose {x} percent year on year, helped by higher wages and a strong holiday season, "
    "according to preliminary data.",
    "The national currency weakened to {fx} per dollar on the exchange, its lowest level in {k} weeks, as "
    "exporters reduced their sales of foreign currency.",
    "Industrial production grew {x} percent in the first {k} months of the year, driven by machinery and "
    "metallurgy, the ministry said.",
    "Mortgage lending fell {x} percent after the end of a subsidised programme, and developers warned that "
    "sales of new apartments could slow further.",
    "The government approved a budget that foresees a deficit of {x} percent of gross domestic product and "
    "higher spending on infrastructure and social programmes.",
    "Grain exporters expect the harvest to reach {grain} million tonnes this year, slightly above the "
    "previous forecast, thanks to favourable weather in the south.",
    "Analysts said the decision had been widely expected and that the regulator's signal about future policy "
    "mattered more to markets than the rate itself.",
    "Small businesses complained about rising rents and higher taxes, and a survey by the chamber of "
    "commerce "
    "found that {k} in ten owners planned to raise prices in the coming months.",
    "Car sales fell {x} percent in {month} as buyers waited for discounts, while demand for used cars "
    "remained strong, the industry association said.",
    "Unemployment stayed near a record low, and companies in manufacturing and construction reported "
    "shortages of skilled workers, according to the labour ministry.",
    "The stock index closed {x} percent higher, led by banks and energy companies, while trading volumes "
    "remained below their average for the year.",
    "Consumer prices for fruit and vegetables rose faster than other goods, and the agriculture ministry "
    "said "
    "it was discussing measures with retailers to keep prices in check.",
    "The finance ministry plans to raise funds through a new issue of government bonds, with demand from "
    "domestic banks expected to remain solid.",
    "Economists warned that a slowdown in global demand for raw materials could weigh on export revenues "
    "next year and put pressure on the budget.",
)
TEAMS = (
    "Dynamo",
    "Spartak",
    "Zenit",
    "Lokomotiv",
    "Rubin",
    "Krylia Sovetov",
    "Shakhtar",
    "Vorskla",
    "Metalist",
    "Chornomorets",
    "Akhmat",
    "Fakel",
    "Rostov",
    "Orenburg",
    "Polissya",
    "Kryvbas",
)
UNRELATED_TITLES = {
    "weather": (
        "Warm spell to continue in {city}, forecasters say",
        "Storm warning issued for {city}",
        "Weather service warns of heavy rain in the south",
        "Cold snap expected across the north",
    ),
    "sports": (
        "{team1} beat {team2} to climb the table",
        "{team2} winless run continues",
        "Cup final tickets sell out in hours",
        "Captain ruled out with knee injury",
    ),
    "economy": (
        "Central bank holds key rate at {rate}%",
        "Inflation slows to {inf}%",
        "Retail sales rise as wages grow",
        "Currency slides against the dollar",
    ),
}


# --------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)
def _slug(title: str) -> str:
    return _NON_ALNUM.sub("-", title.lower()).strip("-")[:70].rstrip("-")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


class _Gen:
    """Makes one document at a time from a single random.Random."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.r = self.rng.random
        # Pre-rendered filler, so that a document is mostly index picks: rendered[k][v][tid] is
        # variant v of template tid, raw (k = 0) or JSON-escaped (k = 1); per region code for the
        # drone-related filler and per topic for the unrelated news.
        self.fill = {reg.code: self._render(FILLER_TEMPLATES, 8, reg) for reg in RU + UA}
        self.unrel = {k: self._render(v, 24, None) for k, v in UNRELATED.items()}
        self.boiler = [(b, _esc(b)) for b in BOILER]
        self.unrel_titles = {
            k: [t.format(**{f: self.slot[f](self) for f in _fields(t)}) for t in v for _ in range(12)]
            for k, v in UNRELATED_TITLES.items()
        }
        # Paragraph orders: per pool, N_ORDERS weighted random orders of its template ids (each id
        # once) with the running length, so that filling a document takes a pick and a bisection.
        self.orders = {
            name: [self._order(pool, templates) for _ in range(N_ORDERS)] for name, (pool, templates) in POOLS.items()
        }

    def _order(self, pool: tuple, templates: list) -> tuple[tuple, tuple]:
        r = self.r
        keyed = sorted([(r(), tid) for tid in pool])
        tids = tuple(dict.fromkeys(tid for _, tid in keyed))
        cum, total = [], 0
        for tid in tids:
            total += len(templates[tid][0]) + 2
            cum.append(total)
        return tids, tuple(cum)

    def _render(self, templates: list, nvar: int, reg: Region | None) -> tuple:
        per_tid = [self._variants(t, f, nvar, reg) for t, f in templates]
        raw = tuple(tuple(vs[v][0] for vs in per_tid) for v in range(nvar))
        esc = tuple(tuple(vs[v][1] for vs in per_tid) for v in range(nvar))
        return raw, esc

    def _variants(self, template: str, fields: tuple, k: int, reg: Region | None) -> list:
        if not fields:
            return [(template, _esc(template))] * k
        out = []
        for _ in range(k):
            vals = {}
            for f in fields:
                if f == "town":
                    vals[f] = self.ch(reg.towns)
                elif f == "region":
                    vals[f] = reg.forms[0]
                elif f == "name":
                    vals[f] = reg.official
                elif f == "airport":
                    vals[f] = self.ch(AIRPORTS)
                else:
                    vals[f] = self.slot[f](self)
            p = template.format(**vals)
            out.append((p, _esc(p)))
        return tuple(out)

    def ch(self, seq):
        """Uniform pick (cheaper than Random.choice)."""
        return seq[int(self.r() * len(seq))]

    def ri(self, a: int, b: int) -> int:
        """Uniform integer in [a, b] (cheaper than Random.randint)."""
        return a + int(self.r() * (b - a + 1))

    # ---- numbers -----------------------------------------------------------------
    def num(self, n: int) -> str:
        if n <= 12 and self.r() < 0.6:
            return WORDS[n]
        return str(n)

    def drones(self, n: int, noun: str = "drones") -> tuple[str, str]:
        """('five drones', 'were') / ('a drone', 'was')."""
        if n == 1:
            return (self.ch(("a drone", "one drone")), "was")
        return (f"{self.num(n)} {noun}", "were")

    def vague(self) -> tuple[str, int]:
        """A vague quantity of drones and its lower bound (ANNOTATION.md)."""
        x = self.r()
        if x < 0.15:
            return "several drones", 2
        if x < 0.30:
            k = self.ch((5, 10, 15, 20, 30))
            return f"more than {k} drones", k + 1
        if x < 0.45:
            k = self.ri(3, 15)
            return f"at least {k} drones", k
        if x < 0.65:
            k = self.ch((10, 15, 20, 25, 30, 40))
            return f"{self.ch(('about', 'around', 'some'))} {k} drones", k
        if x < 0.75:
            return "dozens of drones", 24
        if x < 0.85:
            return "more than a dozen drones", 13
        if x < 0.93:
            return "over two dozen drones", 25
        return "over three dozen drones", 37

    # ---- dates -------------------------------------------------------------------
    def when(self, pub: dt.date, night: bool = True) -> tuple[str, str]:
        """A time expression and the day it fixes under the guide's day policy."""
        x = self.r()
        if night and x < 0.40:
            return self.ch(
                ("overnight", "overnight", "overnight", "last night", "during the past night")
            ), pub.isoformat()
        if night and x < 0.55:
            end = (
                pub if (self.r() < 0.7 or (pub - dt.timedelta(days=1)).year != pub.year) else pub - dt.timedelta(days=1)
            )
            start = end - dt.timedelta(days=1)
            if start.month == end.month:
                if self.r() < 0.5:
                    txt = f"on the night of {MONTHS[end.month - 1]} {start.day} to {end.day}"
                else:
                    txt = f"on the night of {start.day} to {end.day} {MONTHS[end.month - 1]}"
            else:
                txt = f"on the night of {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} {end.day}"
            return txt, end.isoformat()
        if x < 0.68:
            return "this morning", pub.isoformat()
        if x < 0.80:
            return "yesterday", (pub - dt.timedelta(days=1)).isoformat()
        back = self.ch((0, 0, 1, 1, 2, 2, 3, 4, 5, 6))
        d = pub - dt.timedelta(days=back)
        return f"on {WEEKDAYS[d.weekday()]}", d.isoformat()

    # ---- picking places ----------------------------------------------------------
    def pick(self, pool, used: list, k: int = 1, need_short: bool = False):
        out = []
        tries = 0
        while len(out) < k and tries < 60:
            tries += 1
            reg = self.ch(pool)
            if reg.code in used or (need_short and not reg.short):
                continue
            used.append(reg.code)
            out.append(reg)
        return out

    def form(self, reg: Region) -> str:
        return self.ch(reg.forms)

    # ---- claim blocks: each returns (paragraphs, claims, title or None) ------------
    # a claim is a tuple (event_type, region_code, count, count_low, authority, date, localities, is_total)

    def b_mod_breakdown(self, pub, used, st):
        """Defence Ministry total with a regional breakdown (and maybe a governor on one region)."""
        st["mod"] = True
        t, d = self.when(pub)
        auth = "defence_ministry:RU"
        nparts = self.ri(2, 5)
        regs = self.pick(RU, used, nparts)
        parts = []  # [text_over, count, [codes]] or [text, count, [code, code], True] for "two each"
        claims = []
        for reg in regs:
            c = self.ri(1, 40) if self.r() < 0.7 else self.ri(1, 9)
            if reg.code == "RU-MOS" and c > 2 and self.r() < 0.5:
                k = self.ri(1, c - 1)
                over = f"over {self.form(reg)}, including {self.num(k)} flying towards Moscow"
            else:
                over = f"over {self.form(reg)}"
            parts.append([over, c, [reg.code]])
        if self.r() < 0.15:
            two = self.pick(RU_OBLASTS, used, 2, need_short=True)
            if len(two) == 2:
                c = self.ri(1, 4)
                parts.append(
                    [
                        f"{WORDS[c]} each over the {two[0].short} and {two[1].short} regions",
                        c,
                        [two[0].code, two[1].code],
                        True,
                    ]
                )
        if self.r() < 0.15:
            code, over = self.ch(SEAS)
            parts.append([over, self.ri(1, 15), [code]])
        if self.r() < 0.08 and "UA-43" not in used:
            used.append("UA-43")
            parts.append([CRIMEA[1], self.ri(1, 12), [CRIMEA[0]]])
        self.rng.shuffle(parts)
        # a part with a subset clause ("including one flying towards Moscow") goes last, so that the
        # clause cannot be read as taking in the parts after it
        subset = [p for p in parts if ", including " in p[0]]
        if subset:
            parts.remove(subset[0])
            parts.append(subset[0])
        total = sum(p[1] * len(p[2]) for p in parts)
        rest = None
        if not subset and self.r() < 0.08:
            extra = self.pick(RU, used, 1)
            if extra:
                rest = f"the rest over {self.form(extra[0])}"
                total += self.ri(1, 10)
        items = []
        for p in parts:
            if len(p) == 4:  # "two each over ..."
                items.append(p[0])
            else:
                items.append(f"{self.num(p[1])} {p[0]}")
            for code in p[2]:
                claims.append(("intercept", code, p[1], None, auth, d, [], False))
        if rest:
            items.append(rest)
        plist = _join(items)
        noun = self.ch(
            (
                "Ukrainian drones",
                "drones",
                "Ukrainian fixed-wing drones",
                "unmanned aerial vehicles",
                "Ukrainian UAVs",
            )
        )
        tot = f"{total} {noun}"
        v = self.ri(0, 3)
        if v == 0:
            s = (
                f"Russian air defence systems intercepted and destroyed {tot} {t}, Russia's Defence Ministry "
                "said. "
                f"The ministry's breakdown by region: {plist}."
            )
        elif v == 1:
            s = (
                f"On-duty air defence forces destroyed {tot} {t}: {plist}, Russia's Defence Ministry said "
                f"in a statement on Telegram."
            )
        elif v == 2:
            s = f"{_cap(t)}, air defences shot down {tot}, the Russian Defence Ministry reported, listing {plist}."
        else:
            s = (
                f"A total of {tot} were intercepted {t} over Russian territory, state media quoted "
                f"Russia's Defence Ministry as saying: {plist}."
            )
        claims.insert(0, ("intercept", "RU", total, None, auth, d, [], True))
        paras = [s]
        # a second reporter on one of the regions (two claims, two authorities)
        single = [p for p in parts if len(p) == 3 and p[2][0].startswith("RU-") and p[2][0] != "RU-MOS"]
        if single and self.r() < 0.3:
            p = self.ch(single)
            reg = next(x for x in RU if x.code == p[2][0])
            g = p[1] if self.r() < 0.5 else max(1, p[1] + self.ri(-3, 5))
            dn, _ = self.drones(g)
            paras.append(
                f"{reg.title} governor {reg.official} said separately that {dn} had been destroyed "
                f"over the region {t}, and that there were no casualties."
            )
            claims.append(("intercept", reg.code, g, None, f"governor:{reg.code}", d, [], False))
        title = self.ch(
            (
                f"Russia says air defences destroyed {total} drones over its regions",
                "Air defences repel drone raid on Russian regions, ministry says",
                "Drones downed over several Russian regions",
            )
        )
        return paras, claims, title

    def b_mod_list(self, pub, used, st):
        """Defence Ministry total over a list of regions without counts: one country claim."""
        st["mod"] = True
        t, d = self.when(pub)
        regs = self.pick(RU_OBLASTS, used, self.ri(2, 4), need_short=True)
        n = self.ri(5, 120)
        where = f"over the {_join([r.short for r in regs])} regions" if len(regs) >= 2 else "over Russian regions"
        s = self.ch(
            (
                f"Air defences destroyed {n} drones {t} {where}, Russia's Defence Ministry said, without "
                "giving a "
                f"breakdown by region.",
                f"The Russian Defence Ministry said {n} Ukrainian drones had been intercepted {where} {t}.",
            )
        )
        return (
            [s],
            [("intercept", "RU", n, None, "defence_ministry:RU", d, [], False)],
            "Defence Ministry reports drone raid on Russian regions",
        )

    def b_mod_single(self, pub, used, st):
        t, d = self.when(pub)
        regs = self.pick(RU, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        n = self.ri(1, 30)
        dn, verb = self.drones(n)
        s = self.ch(
            (
                f"{_cap(dn)} {verb} intercepted over {self.form(reg)} {t}, the Russian Defence Ministry said.",
                f"Russia's Defence Ministry said air defences had destroyed {dn} over {self.form(reg)} {t}.",
            )
        )
        return [s], [("intercept", reg.code, n, None, "defence_ministry:RU", d, [], False)], None

    def b_mod_weekly(self, pub, used, st):
        n = self.ri(150, 900)
        s = self.ch(
            (
                f"Over the past week, Russian air defences destroyed {n} Ukrainian drones, the Russian "
                "Defence Ministry said in its weekly summary.",
                f"In its weekly report, Russia's Defence Ministry said {n} drones had been shot down in the "
                "past seven days.",
            )
        )
        return [s], [("intercept", "RU", n, None, "defence_ministry:RU", None, [], False)], None

    def b_governor(self, pub, used, st):
        """A Russian governor on intercepts over the region (exact, vague, split, EW)."""
        regs = self.pick(RU, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        auth = f"governor:{reg.code}"
        t, d = self.when(pub)
        name = reg.official
        x = self.r()
        loc: list[str] = []
        if x < 0.12:
            dn, low = self.vague()
            n = None
            s = self.ch(
                (
                    f"{reg.title} governor {name} said {dn} had been shot down over the region {t}.",
                    f"{_cap(t)}, air defences destroyed {dn} over {self.form(reg)}, governor {name} wrote on Telegram.",
                )
            )
        elif x < 0.25:
            a, b = self.ri(1, 9), self.ri(1, 9)
            n, low = a + b, None
            t1, t2 = self.rng.sample(reg.towns, 2)
            loc = [t1, t2]
            s = (
                f"{name}, the governor of {self.form(reg)}, said {self.num(n)} drones had been destroyed "
                "over "
                f"the region {t}: {self.num(a)} near {t1} and {self.num(b)} near {t2}."
            )
        elif x < 0.35:
            n, low = self.ri(2, 25), None
            s = f"Electronic warfare systems landed {self.num(n)} drones in {self.form(reg)} {t}, governor {name} said."
        else:
            n, low = self.ri(1, 40), None
            dn, verb = self.drones(n)
            s = self.ch(
                (
                    f"{reg.title} governor {name} said air defences had destroyed {dn} over the region {t}.",
                    f"{name}, the governor of {self.form(reg)}, wrote on Telegram that {dn} had been shot "
                    "down over "
                    f"the region {t}.",
                    f"Air defence units repelled an attack by {dn} on {self.form(reg)} {t}, governor {name} said.",
                    f"{_cap(t)}, {dn} {verb} intercepted and destroyed over {self.form(reg)}, governor {name} said.",
                )
            )
        claims = [("intercept", reg.code, n, low, auth, d, loc, False)]
        paras = [s]
        if self.r() < 0.3:
            town = self.ch(reg.towns)
            k = self.ri(1, 3)
            dn, _ = self.drones(k)
            paras.append(f"In {town}, {dn} hit {self.ch(RU_TARGETS)} {t}, the governor added. {self.ch(CONSEQUENCES)}")
            claims.append(("attack", reg.code, k, None, auth, d, [town], False))
        title = self.ch(
            (
                f"Drones shot down over {reg.forms[0]}, governor says",
                f"Governor: air defences repel drone attack on {reg.forms[0]}",
            )
        )
        return paras, claims, title

    def b_ru_attack(self, pub, used, st):
        """A drone strike on the ground in a Russian region, by the governor, Kyiv or an unnamed source."""
        regs = self.pick(RU, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        t, d = self.when(pub)
        town = self.ch(reg.towns)
        x = self.r()
        if x < 0.5:
            n = 1 if self.r() < 0.6 else self.ri(2, 4)
            dn, _ = self.drones(n)
            target = self.ch(RU_TARGETS)
            s = self.ch(
                (
                    f"{_cap(dn)} hit {target} in {town} {t}, {reg.official}, the governor of "
                    f"{self.form(reg)}, "
                    f"said. {self.ch(CONSEQUENCES)}",
                    f"{_cap(t)}, {dn} attacked {target} in {town}, {reg.title} governor {reg.official} said. "
                    f"{self.ch(CONSEQUENCES)}",
                )
            )
            auth = f"governor:{reg.code}"
        elif x < 0.8:
            n = self.ri(2, 25)
            fac = self.ch(RU_STRIKE_FACILITIES)
            s = (
                f"Ukraine's General Staff said {n} long-range drones had struck the {fac} in {town} in "
                f"{self.form(reg)} {t}, causing a fire."
            )
            auth = "general_staff:UA"
        else:
            n = 1
            s = (
                f"According to official sources, a drone struck {self.ch(RU_TARGETS)} in {town} in "
                f"{self.form(reg)} {t}. {self.ch(CONSEQUENCES)}"
            )
            auth = "unknown"
        return (
            [s],
            [("attack", reg.code, n, None, auth, d, [town], False)],
            f"Drone strike reported in {town}",
        )

    def b_moscow(self, pub, used, st):
        if "RU-MOW" in used:
            return [], [], None
        used.append("RU-MOW")
        t, d = self.when(pub)
        if self.r() < 0.7:
            n = self.ri(2, 40)
            s = self.ch(
                (
                    f"Moscow Mayor {MOSCOW_MAYOR} said air defence forces had repelled an attack by {n} "
                    "drones flying "
                    f"towards Moscow {t}.",
                    f"{_cap(t)}, air defences shot down {n} drones approaching Moscow, Mayor {MOSCOW_MAYOR} "
                    "wrote on "
                    f"Telegram. Emergency services were working at the sites where debris fell.",
                )
            )
        else:
            n = 1
            k = self.ri(2, 9)
            s = (
                f"Air defences shot down another drone flying towards Moscow {t}, the {ORDINALS[k]} since "
                f"midnight, Mayor {MOSCOW_MAYOR} said."
            )
        return (
            [s],
            [("intercept", "RU-MOW", n, None, "mayor:RU-MOW", d, [], False)],
            "Drones approaching Moscow shot down, mayor says",
        )

    def b_unknown(self, pub, used, st):
        pool = RU if self.r() < 0.6 else UA
        regs = self.pick(pool, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        t, d = self.when(pub)
        n = self.ri(1, 20)
        dn, verb = self.drones(n)
        s = self.ch(
            (
                f"According to official sources, {dn} {verb} shot down over {self.form(reg)} {t}.",
                f"Authorities reported that {dn} {verb} destroyed over {self.form(reg)} {t}.",
            )
        )
        return [s], [("intercept", reg.code, n, None, "unknown", d, [], False)], None

    def b_background(self, pub, used, st):
        """A restated earlier event with a fixed date (month and day, publication's year)."""
        back = self.ri(2, 20)
        day = pub - dt.timedelta(days=back)
        if day.year != pub.year:
            return [], [], None
        regs = self.pick(RU + UA, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        n = self.ri(1, 30)
        dn, verb = self.drones(n)
        head = (
            f"the {reg.title} governor"
            if reg.country == "RU"
            else f"the head of the {reg.name} regional military administration"
        )
        s = (
            f"Earlier, on {MONTHS[day.month - 1]} {day.day}, {head} reported that {dn} had been destroyed "
            "over "
            f"the region."
        )
        return (
            [s],
            [("intercept", reg.code, n, None, f"governor:{reg.code}", day.isoformat(), [], False)],
            None,
        )

    def b_ua_airforce(self, pub, used, st):
        """Ukraine's air force: launched M, shot down N (both at UA)."""
        if st.get("af"):
            return [], [], None
        st["af"] = True
        t, d = self.when(pub)
        m = self.ri(20, 600)
        n = max(1, int(m * (0.6 + 0.38 * self.r())))
        auth = "air_force:UA"
        claims = [
            ("intercept", "UA", n, None, auth, d, [], False),
            ("launch", "UA", m, None, auth, d, [], False),
        ]
        v = self.ri(0, 4)
        if v == 0:
            s = f"Ukraine's air force said it had shot down {n} of the {m} drones Russia launched {t}."
        elif v == 1:
            s = (
                f"Russia attacked Ukraine {t} with {m} Shahed-type attack drones and decoy drones, the air "
                "force "
                f"said. Air defence units shot down or suppressed {n} of them."
            )
        elif v == 2:
            k = self.ri(2, 12)
            j = self.ri(0, k)
            s = (
                f"Russia launched {m} drones and {k} missiles at Ukraine {t}, the air force said, adding "
                "that "
                f"{n} drones and {j} missiles had been downed."
            )
        elif v == 3:
            m = self.ri(5, 40)
            n = m
            claims = [
                ("intercept", "UA", n, None, auth, d, [], False),
                ("launch", "UA", m, None, auth, d, [], False),
            ]
            s = (
                f"All {self.num(m)} drones launched by Russia {t} were shot down, air force spokesman "
                f"{UA_AF_SPOKESMAN} said."
            )
        else:
            lost = self.ri(2, max(2, (m - n)))
            s = (
                f"Of the {m} drones Russia sent against Ukraine {t}, {n} were shot down or suppressed by "
                f"electronic warfare, the air force said, while {lost} more were lost from radar."
            )
        paras = [s]
        if self.r() < 0.4:
            regs = self.pick(UA_OBLASTS, used, 3, need_short=True)
            if len(regs) >= 2:
                paras.append(
                    f"Air defences were active over the {_join([r.short for r in regs])} regions, the statement said."
                )
        return (
            paras,
            claims,
            self.ch(
                (
                    f"Ukraine says it downed {n} Russian drones",
                    "Russia launches overnight drone attack on Ukraine",
                    "Air force reports large Russian drone attack",
                )
            ),
        )

    def b_ua_regional(self, pub, used, st):
        """A Ukrainian regional military administration head: intercepts and/or strikes."""
        regs = self.pick(UA, used, 1)
        if not regs:
            return [], [], None
        reg = regs[0]
        auth = f"governor:{reg.code}"
        t, d = self.when(pub)
        head = self.ch(
            (
                f"{reg.official}, head of the {reg.name} regional military administration,",
                f"{reg.name} regional governor {reg.official}",
            )
        )
        claims = []
        paras = []
        x = self.r()
        if x < 0.55:
            if self.r() < 0.12:
                dn, low = self.vague()
                n = None
            else:
                n, low = self.ri(1, 45), None
                dn, _ = self.drones(n)
            paras.append(f"{head} said air defence forces had destroyed {dn} over {self.form(reg)} {t}.")
            claims.append(("intercept", reg.code, n, low, auth, d, [], False))
        if x >= 0.35:
            town = self.ch(reg.towns)
            n = 1 if self.r() < 0.5 else self.ri(2, 8)
            dn, _ = self.drones(n)
            paras.append(f"{_cap(dn)} hit {self.ch(UA_TARGETS)} in {town} {t}, {head} said. {self.ch(CONSEQUENCES)}")
            claims.append(("attack", reg.code, n, None, auth, d, [town], False))
        return paras, claims, f"Drone attack on {reg.forms[0]}"

    def b_kyiv(self, pub, used, st):
        if "UA-30" in used:
            return [], [], None
        used.append("UA-30")
        t, d = self.when(pub)
        n = self.ri(2, 30)
        s = (
            f"Kyiv Mayor {KYIV_MAYOR} said {n} drones had been shot down over the capital {t}, and that "
            f"debris had fallen in residential districts."
        )
        return [s], [("intercept", "UA-30", n, None, "mayor:UA-30", d, [], False)], "Drones downed over Kyiv"

    # ---- documents ---------------------------------------------------------------
    def filler(self, rendered: tuple, pool: str, need: int, k: int, out: list, skip: int = -1) -> None:
        """Append about `need` characters of claim-free paragraphs (raw if k = 0, JSON-escaped if k = 1)
        in one of the pool's random orders; the length is estimated from the templates."""
        tids, cum = self.ch(self.orders[pool])
        sel = tids[: bisect_left(cum, need) + 1]
        if skip in sel:
            sel = [t for t in sel if t != skip]
        variant = self.ch(rendered[k])
        out.extend([self.reword(variant[t]) for t in sel])

    def reword(self, paragraph: str) -> str:
        """The paragraph with a random choice of wording (WORDINGS) at each place that has one."""
        parts = _wording_slots(paragraph)
        ch = self.ch
        return "".join([ch(p) if i % 2 else p for i, p in enumerate(parts)]) if len(parts) > 1 else paragraph

    slot = {
        "city": lambda g: g.ch(CITIES),
        "airport": lambda g: g.ch(AIRPORTS),
        "t1": lambda g: g.ri(12, 36),
        "t2": lambda g: g.ri(5, 30),
        "mm": lambda g: g.ri(20, 90),
        "h": lambda g: g.ri(2, 24),
        "k": lambda g: g.ri(2, 12),
        "k2": lambda g: g.ri(1, 2),
        "years": lambda g: g.ch(("two", "three", "four")),
        "w": lambda g: g.ri(15, 30),
        "cm": lambda g: g.ri(10, 120),
        "d": lambda g: g.ri(3, 10),
        "v": lambda g: g.ri(50, 300),
        "team1": lambda g: g.ch(TEAMS[:8]),
        "team2": lambda g: g.ch(TEAMS[8:]),
        "s1": lambda g: g.ri(1, 4),
        "s2": lambda g: g.ri(0, 1),
        "crowd": lambda g: f"{g.ri(5, 60)},{g.ri(100, 999)}",
        "pos": lambda g: g.ch(("second", "third", "fourth", "fifth", "sixth")),
        "goal": lambda g: _ordinal(g.ri(2, 25)),
        "minute": lambda g: _ordinal(g.ri(20, 89)),
        "b1": lambda g: g.ri(80, 110),
        "b2": lambda g: g.ri(70, 79),
        "p": lambda g: g.ri(15, 35),
        "rate": lambda g: f"{g.ri(6, 21)}.{g.ch(('0', '5'))}",
        "inf": lambda g: f"{g.ri(2, 9)}.{g.ri(0, 9)}",
        "month": lambda g: g.ch(MONTHS),
        "x": lambda g: f"{g.ri(1, 9)}.{g.ri(0, 9)}",
        "fx": lambda g: f"{g.ri(80, 105)}.{g.ri(10, 99)}",
        "grain": lambda g: g.ri(120, 140),
    }


# Interchangeable wordings of the claim-free filler. Each document draws its own for every
# occurrence, so that a filler paragraph rarely repeats word for word from one document to the
# next (as in a real news stream, where outlets word background paragraphs their own way).
# Phrases are plain ASCII words (raw and JSON-escaped text are varied alike) and none is a word
# the extractor reads: no amounts, speech or strike verbs, times, places, roles or drone words.
WORDINGS = (
    ("residents", "locals", "inhabitants"),
    ("quickly", "swiftly", "rapidly"),
    ("significantly", "considerably", "substantially", "markedly"),
    ("urged", "asked", "advised", "called on"),
    ("warned", "cautioned"),
    ("large", "big", "sizeable"),
    ("frequent", "regular"),
    ("familiar", "common", "usual"),
    ("cheap", "inexpensive", "low-cost"),
    ("expensive", "costly"),
    ("specialists", "experts", "technicians"),
    ("photographs", "photos", "pictures", "images"),
    ("videos", "video clips"),
    ("long delays", "lengthy delays", "long waits"),
    ("cancelled flights", "scrapped flights", "flight cancellations"),
    ("Forecasters", "Meteorologists", "Weather forecasters"),
    ("forecasters", "meteorologists", "weather experts"),
    ("Analysts", "Market analysts", "Observers"),
    ("Economists", "Some economists", "Independent economists"),
    ("supporters", "fans"),
    ("spectators", "onlookers"),
    ("praised", "commended", "hailed"),
    ("investors", "backers", "venture funds"),
    ("growing", "rising", "increasing"),
    ("buildings", "structures", "premises"),
    ("shattered", "broken", "smashed"),
    ("a small fire", "a minor fire", "a small blaze"),
    ("emergency crews", "rescue teams", "emergency workers", "firefighters"),
    ("power outages", "blackouts", "power cuts"),
    ("without electricity", "without power"),
    ("currently", "at present"),
    ("critics", "opponents", "sceptics"),
    ("businesses", "companies", "firms"),
    ("daily life", "everyday life"),
    ("Lawmakers", "Legislators", "Deputies"),
    ("bottlenecks", "constraints"),
    ("components", "parts"),
    ("heavy rain", "downpours", "torrential rain"),
    ("Strong gusts", "Powerful gusts", "Gale-force gusts"),
    ("toppled", "uprooted", "felled"),
    ("roofs", "rooftops"),
    ("motorists", "drivers"),
    ("elderly", "older"),
    ("rose", "climbed", "increased", "grew"),
    ("slowed", "eased", "moderated"),
    ("weakened", "slipped", "softened"),
    ("goalkeeper", "keeper"),
    ("striker", "forward"),
    ("coach", "manager", "head coach"),
    ("matches", "games"),
    ("the table", "the standings"),
    ("injury", "knock"),
    ("complained of", "complained about"),
    ("publish", "post", "share"),
    ("threat", "risk", "danger"),
    ("the consequences", "the aftermath"),
    ("a fraction of the cost", "a small part of the cost"),
    ("simplified", "streamlined"),
    ("hiring", "recruiting", "looking for"),
    ("additional", "extra"),
    ("energy facilities", "power facilities", "energy sites"),
    ("industrial sites", "factories", "industrial plants"),
    ("organised", "formed", "set up"),
    ("volunteer units", "volunteer squads"),
    ("expanded", "stepped up", "widened"),
    ("describes", "presents", "portrays"),
    ("usually", "generally", "typically"),
    ("independently verified", "independently confirmed", "checked independently"),
    ("designed to", "intended to", "meant to"),
    ("vast", "huge", "enormous"),
    ("repeatedly", "persistently"),
    ("Western partners", "Western allies"),
    ("pickup trucks", "pick-ups", "light trucks"),
    ("searchlights", "floodlights"),
    ("larger", "bigger"),
    ("discloses", "reveals"),
    ("often", "frequently", "in many cases"),
    ("stay away from", "keep away from"),
    ("key", "central", "crucial"),
    ("disrupted", "interfered with"),
    ("applications", "apps"),
    ("investing in", "putting money into", "spending on"),
    ("sharply", "steeply", "dramatically"),
    ("patchy", "incomplete", "uneven"),
    ("exhausting", "draining", "wearing"),
    ("backup generators", "emergency generators"),
    ("introduced", "imposed"),
    ("citing", "pointing to"),
    ("point out", "note", "observe"),
    ("rarely", "seldom"),
    ("exactly", "precisely"),
    ("relevant", "responsible", "competent"),
    ("at the scene", "on site"),
    ("video address", "video message"),
    ("stay calm", "remain calm", "keep calm"),
    ("professionally", "skilfully", "effectively"),
    ("thanking", "expressing gratitude to"),
    ("repair", "fix"),
    ("compensation", "financial help", "payments"),
    ("frighten", "intimidate", "scare"),
    ("civilians", "ordinary people"),
    ("under control", "in hand"),
    ("insurance companies", "insurers"),
    ("Insurance companies", "Insurers"),
    ("compared with", "compared to", "relative to"),
)
_WORDING = {w: group for group in WORDINGS for w in group}
_WORDING_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _WORDING), key=len, reverse=True)) + r")\b")


@cache  # a few thousand pre-rendered paragraphs, parsed once each
def _wording_slots(paragraph: str) -> tuple:
    """(text, choices, text, choices, ..., text): the paragraph cut at its WORDINGS."""
    parts, last = [], 0
    for m in _WORDING_RE.finditer(paragraph):
        parts += [paragraph[last : m.start()], _WORDING[m.group(0)]]
        last = m.end()
    parts.append(paragraph[last:])
    return tuple(parts)


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fields(template: str) -> tuple:
    return tuple(dict.fromkeys(f for _, f, _, _ in string.Formatter().parse(template) if f))


_FILLER_GROUPS = {
    "background": BACKGROUND,
    "airport": AIRPORT,
    "debris": DEBRIS,
    "quotes": QUOTES,
    "sightings": SIGHTINGS,
    "production": PRODUCTION,
    "policy": POLICY,
}
FILLER_TEMPLATES = [(t, _fields(t)) for group in _FILLER_GROUPS.values() for t in group]
_TID: dict[str, tuple] = {}
_start = 0
for _g, _ts in _FILLER_GROUPS.items():
    _TID[_g] = tuple(range(_start, _start + len(_ts)))
    _start += len(_ts)


def _pool(*weighted) -> tuple:
    """Template ids of (group, weight) pairs, flattened to pick from uniformly."""
    return tuple(tid for group, w in weighted for _ in range(w) for tid in _TID[group])


CLAIM_FILLER = _pool(("background", 1), ("debris", 2), ("quotes", 2), ("airport", 1))
NEWS_FILLER = {
    "sightings": _pool(("sightings", 3), ("airport", 2), ("debris", 2), ("background", 1), ("quotes", 1)),
    "industry": _pool(("production", 3), ("policy", 2), ("background", 1)),
    "airports": _pool(("airport", 4), ("sightings", 2), ("quotes", 2), ("background", 1)),
    "policy": _pool(("policy", 3), ("production", 1), ("background", 1), ("quotes", 1)),
}
NEWS_LEAD = {
    "sightings": _TID["sightings"],
    "industry": _TID["production"],
    "airports": _TID["airport"],
    "policy": _TID["policy"],
}
UNRELATED = {
    "weather": [(t, _fields(t)) for t in WEATHER],
    "sports": [(t, _fields(t)) for t in SPORTS],
    "economy": [(t, _fields(t)) for t in ECONOMY],
}
POOLS = {
    "claims": (CLAIM_FILLER, FILLER_TEMPLATES),
    **{k: (v, FILLER_TEMPLATES) for k, v in NEWS_FILLER.items()},
    **{k: (tuple(range(len(v))), v) for k, v in UNRELATED.items()},
}
N_ORDERS = 256
REGION_BY_CODE = {reg.code: reg for reg in RU + UA}
DATELINE = {**{reg.code: reg.city.upper() for reg in RU + UA}, "RU-MOW": "MOSCOW", "UA-30": "KYIV"}
_esc_full = json.encoder.encode_basestring_ascii
ESC_SEP = "\\n\\n"  # a paragraph break inside a JSON string


def _esc(s: str) -> str:
    """The JSON string body of s (without the quotes)."""
    return _esc_full(s)[1:-1]


CONSEQUENCES = (
    "A fire broke out and was later extinguished; no one was hurt.",
    "Windows were shattered in nearby houses, but there were no casualties.",
    "Emergency services are working at the scene.",
    "The extent of the damage is being established.",
    "Firefighters brought the blaze under control within hours.",
)

RU_BLOCKS = (
    "b_mod_breakdown",
    "b_mod_breakdown",
    "b_mod_breakdown",
    "b_mod_list",
    "b_mod_single",
    "b_governor",
    "b_governor",
    "b_governor",
    "b_ru_attack",
    "b_ru_attack",
    "b_moscow",
    "b_unknown",
    "b_background",
)
UA_BLOCKS = (
    "b_ua_airforce",
    "b_ua_airforce",
    "b_ua_regional",
    "b_ua_regional",
    "b_kyiv",
    "b_unknown",
    "b_background",
)


def _doc(g: _Gen, i: int, width: int, pub: dt.date, k: int) -> tuple[str, str, str, list, str]:
    """One document: (id, url, title, paragraphs, kind); its gold claims are left in g.claims.
    k = 0 gives raw paragraphs, k = 1 JSON-escaped ones (the text of a JSONL record)."""
    r, ch = g.r, g.ch
    x = r()
    outlet = ch(OUTLETS)
    target = g.ri(2300, 5300)
    dateline = f"{MONTHS[pub.month - 1]} {pub.day} ({OUTLET_NAMES[outlet]}) - "
    body: list[str] = []
    claims: list = []
    if x < 1 / 3:
        # ---- claim document: 1-3 blocks on one side (sometimes both)
        kind = "claims"
        used: list = []
        side = r()
        n_blocks = 1 if r() < 0.45 else (2 if r() < 0.7 else 3)
        st: dict = {}
        blocks = []
        title = None
        ua_side = False
        for _ in range(n_blocks):
            ru = side < 0.55 or (side > 0.85 and r() < 0.5)
            name = ch(RU_BLOCKS if ru else UA_BLOCKS)
            if name in ("b_mod_breakdown", "b_mod_list") and st.get("mod"):
                name = "b_governor"
            if name == "b_background" and not blocks:  # "Earlier, ..." does not open a story
                name = "b_governor" if ru else "b_ua_regional"
            if name == "b_mod_breakdown" and r() < 0.05:
                name = "b_mod_weekly"
            paras, cl, t = getattr(g, name)(pub, used, st)
            if not cl:
                continue
            ua_side = ua_side or not ru
            blocks.append(paras)
            claims.extend(cl)
            if title is None and t:
                title = t
        if not claims:  # every block declined (rare): fall back to a governor statement
            paras, claims, title = g.b_governor(pub, used, {})
            blocks.append(paras)
        title = title or "Air defences repel drone attack"
        home = next((REGION_BY_CODE[c] for c in used if c in REGION_BY_CODE), None) or ch(UA if ua_side else RU)
        city = next((DATELINE[c] for c in used if c in DATELINE), "KYIV" if ua_side else "MOSCOW")
        if k:
            blocks = [[_esc(p) for p in b] for b in blocks]
        first = blocks[0]
        body.append(f"{city}, {dateline}{first[0]}")
        body.extend(first[1:])
        size = sum(len(p) + 2 for b in blocks for p in b) + 40  # escaping adds little; a bound is enough
        fill: list[str] = []
        g.filler(g.fill[home.code], "claims", target - size, k, fill)
        # interleave the remaining blocks with the filler
        rest = blocks[1:]
        step = max(1, len(fill) // (len(rest) + 1))
        pos = 0
        for b in rest:
            body.extend(fill[pos : pos + step])
            pos += step
            body.extend(b)
        body.extend(fill[pos:])
    elif x < 2 / 3:
        # ---- drone news without counts
        kind = "drone_news"
        reg = ch(RU) if r() < 0.6 else ch(UA)
        topic = ch(("sightings", "industry", "airports", "policy"))
        title = ch(DRONE_NEWS_TITLES[topic]).format(region=reg.forms[0])
        rendered = g.fill[reg.code]
        tid = ch(NEWS_LEAD[topic])
        variant = int(r() * len(rendered[0]))
        body.append(f"{reg.city.upper()}, {dateline}{g.reword(rendered[k][variant][tid])}")
        g.filler(rendered, topic, target - len(rendered[0][variant][tid]) - 40, k, body, tid)
    else:
        # ---- unrelated news
        kind = "unrelated"
        topic = ch(("weather", "sports", "economy"))
        title = ch(g.unrel_titles[topic])
        g.filler(g.unrel[topic], topic, target - 40, k, body)
        body[0] = f"{ch(CITIES).upper()}, {dateline}{body[0]}"
    body.append(ch(g.boiler)[k])
    g.claims = claims
    doc_id = f"bench-{i:0{width}d}"
    url = f"https://{outlet}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{_slug(title)}-{i}"
    return doc_id, url, title, body, kind


def _gold_line(doc_id: str, c: tuple) -> str:
    """One gold claim as a JSON line (built directly: every value is a plain ASCII token)."""
    ev, code, count, low, auth, date, loc, total = c
    count = "null" if count is None else count
    low = "null" if low is None else low
    date = "null" if date is None else f'"{date}"'
    loc = json.dumps(loc) if loc else "[]"
    total = "true" if total else "false"
    return (
        f'{{"doc": "{doc_id}", "event_type": "{ev}", "region_code": "{code}", "count": {count}, '
        f'"count_low": {low}, "authority": "{auth}", "date": {date}, "localities": {loc}, '
        f'"is_total": {total}}}\n'
    )


def _clean(out: Path) -> None:
    """Remove files a previous run left (only this generator's own file patterns)."""
    for p in out.glob("shard-*.jsonl"):
        p.unlink()
    g = out / "gold.jsonl"
    if g.exists():
        g.unlink()
    txt = out / "txt"
    if txt.is_dir():
        for p in txt.glob("bench-*.txt"):
            p.unlink()


def generate(n: int, out_dir, seed: int = 7, txt_share: float = 0.05, shard_size: int = 5000) -> dict:
    """Write n documents and their gold claims into out_dir; return statistics."""
    if n < 0 or shard_size < 1 or not 0.0 <= txt_share <= 1.0:
        raise ValueError("need n >= 0, shard_size >= 1 and 0 <= txt_share <= 1")
    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _clean(out)
    txt_dir = out / "txt"
    if txt_share > 0:
        txt_dir.mkdir(exist_ok=True)
    g = _Gen(seed)
    width = max(7, len(str(max(n - 1, 0))))
    day0 = dt.date(2024, 1, 1).toordinal()
    ndays = dt.date(2025, 12, 31).toordinal() - day0 + 1

    stats = {
        "docs": n,
        "jsonl_docs": 0,
        "txt_docs": 0,
        "shards": 0,
        "claims": 0,
        "claims_by_type": {"intercept": 0, "launch": 0, "attack": 0},
        "docs_with_claims": 0,
        "docs_by_kind": {"claims": 0, "drone_news": 0, "unrelated": 0},
        "json_bytes": 0,
    }
    by_kind = stats["docs_by_kind"]
    by_type = stats["claims_by_type"]
    shard_f = None
    in_shard = 0
    json_bytes = 0
    with open(out / "gold.jsonl", "w", encoding="utf-8", newline="\n") as gold_f:
        try:
            for i in range(n):
                pub = dt.date.fromordinal(day0 + int(g.r() * ndays))
                as_txt = g.r() < txt_share
                doc_id, url, title, body, kind = _doc(g, i, width, pub, 0 if as_txt else 1)
                by_kind[kind] += 1
                if as_txt:
                    text = "\n\n".join(body)
                    with open(txt_dir / f"{doc_id}.txt", "w", encoding="utf-8", newline="\n") as f:
                        f.write(
                            f"---\nid: {doc_id}\nurl: {url}\ntitle: {title}\n"
                            f"published: {pub.isoformat()}\n---\n{text}\n"
                        )
                    stats["txt_docs"] += 1
                else:
                    if shard_f is None:
                        shard_f = open(  # noqa: SIM115
                            out / f"shard-{stats['shards']:05d}.jsonl",
                            "w",
                            encoding="utf-8",
                            newline="\n",
                        )
                        stats["shards"] += 1
                    text = ESC_SEP.join(body)
                    line = (
                        f'{{"id": "{doc_id}", "url": "{url}", "title": {_esc_full(title)}, '
                        f'"published": "{pub.isoformat()}", "text": "{text}"}}\n'
                    )
                    json_bytes += len(line)
                    shard_f.write(line)
                    stats["jsonl_docs"] += 1
                    in_shard += 1
                    if in_shard == shard_size:
                        shard_f.close()
                        shard_f = None
                        in_shard = 0
                claims = g.claims
                if claims:
                    stats["docs_with_claims"] += 1
                    stats["claims"] += len(claims)
                    for c in claims:
                        by_type[c[0]] += 1
                        gold_f.write(_gold_line(doc_id, c))
        finally:
            if shard_f is not None:
                shard_f.close()

    stats["json_bytes"] = json_bytes
    stats["avg_json_record_bytes"] = round(json_bytes / stats["jsonl_docs"], 1) if stats["jsonl_docs"] else 0
    elapsed = time.perf_counter() - t0
    stats["seconds"] = round(elapsed, 3)
    stats["docs_per_s"] = round(n / elapsed, 1) if elapsed > 0 else None
    stats["out_dir"] = str(out)
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of documents")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--txt-share", type=float, default=0.05, help="share of documents written as .txt files")
    ap.add_argument("--shard-size", type=int, default=5000, help="documents per JSONL shard")
    a = ap.parse_args(argv)
    stats = generate(a.n, a.out, seed=a.seed, txt_share=a.txt_share, shard_size=a.shard_size)
    json.dump(stats, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
