"""International organisations and armed groups that news names by acronym, name or several
spellings alike.

"NATO" in one article and "North Atlantic Treaty Organization" in another are one entity only if
something tells so without the other article: this table, of intergovernmental organisations
and UN bodies, by their official English names (as each organisation writes it on its own site
and in its founding texts) and the acronym news uses. An acronym that stands for several
well-known bodies (ICC: the International Criminal Court and the International Cricket Council)
is left out, and so resolved per article. British and American spellings ("Organisation",
"Co-operation") match alike.
"""

from __future__ import annotations

import functools
import re

from graph.entities.names import fold

#: acronym → official name (each also the organisation's IRI key, as a slug of the name).
KNOWN_ORGANISATIONS: dict[str, str] = {
    "UN": "United Nations",
    "EU": "European Union",
    "NATO": "North Atlantic Treaty Organization",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "IAEA": "International Atomic Energy Agency",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "ASEAN": "Association of Southeast Asian Nations",
    "AU": "African Union",
    "WTO": "World Trade Organization",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "UNDP": "United Nations Development Programme",
    "UNRWA": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
    "WFP": "World Food Programme",
    "FAO": "Food and Agriculture Organization",
    "ICJ": "International Court of Justice",
    "OECD": "Organisation for Economic Co-operation and Development",
    "ECB": "European Central Bank",
    "ECOWAS": "Economic Community of West African States",
    "SCO": "Shanghai Cooperation Organisation",
    "CSTO": "Collective Security Treaty Organization",
    "GCC": "Gulf Cooperation Council",
    "OAS": "Organization of American States",
    "OIC": "Organisation of Islamic Cooperation",
    "CIS": "Commonwealth of Independent States",
    "EAEU": "Eurasian Economic Union",
    "IOM": "International Organization for Migration",
    "ILO": "International Labour Organization",
    "ICRC": "International Committee of the Red Cross",
    "APEC": "Asia-Pacific Economic Cooperation",
    "SADC": "Southern African Development Community",
    "IGAD": "Intergovernmental Authority on Development",
    "UNSC": "United Nations Security Council",
    "UNGA": "United Nations General Assembly",
    "UNIFIL": "United Nations Interim Force in Lebanon",
    "MONUSCO": "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
    "IEA": "International Energy Agency",
    "WMO": "World Meteorological Organization",
    "ITU": "International Telecommunication Union",
    "WIPO": "World Intellectual Property Organization",
    "UNCTAD": "United Nations Conference on Trade and Development",
    "UNEP": "United Nations Environment Programme",
    "UNFPA": "United Nations Population Fund",
    "OHCHR": "Office of the United Nations High Commissioner for Human Rights",
    "EBRD": "European Bank for Reconstruction and Development",
    "AfDB": "African Development Bank",
    "AIIB": "Asian Infrastructure Investment Bank",
    "OPCW": "Organisation for the Prohibition of Chemical Weapons",
    "CTBTO": "Comprehensive Nuclear-Test-Ban Treaty Organization",
    "IOC": "International Olympic Committee",
    "FIFA": "Fédération Internationale de Football Association",
    "Interpol": "International Criminal Police Organization",
    "Europol": "European Union Agency for Law Enforcement Cooperation",
    "Frontex": "European Border and Coast Guard Agency",
}


#: Armed and militant groups that news names in several transliterations: the name used as the
#: entity's label → the other spellings and aliases of wire copy (as the UN Security Council's
#: Consolidated List and the US State Department's list of Foreign Terrorist Organizations give
#: them, plus the spellings of AP, Reuters and AFP style). Acronyms shared with other bodies
#: (IS, RSF) are left out.
KNOWN_GROUPS: dict[str, tuple[str, ...]] = {
    "al-Qaeda": ("al Qaeda", "al-Qaida", "al Qaida", "al-Qa'ida", "al Qa'ida", "Qaeda"),
    "Islamic State": ("ISIS", "ISIL", "Daesh", "Da'esh", "Islamic State group",
                      "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"),
    "Taliban": ("Taleban",),
    "Hezbollah": ("Hizballah", "Hizbollah", "Hizbullah", "Hezbolla"),
    "Hamas": ("Islamic Resistance Movement",),
    "Houthis": ("Houthi", "Huthis", "Huthi", "Ansar Allah", "Ansarullah", "Houthi rebels", "Houthi movement"),
    "al-Shabaab": ("al Shabaab", "al-Shabab", "al Shabab", "Shabaab"),
    "Hayat Tahrir al-Sham": ("HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham"),
    "Kurdistan Workers' Party": ("PKK", "Kurdistan Workers Party"),
    "Palestinian Islamic Jihad": ("Islamic Jihad", "PIJ"),
    "Boko Haram": (),
    "Revolutionary Armed Forces of Colombia": ("FARC",),
    "Lord's Resistance Army": ("LRA",),
}


def _norm(name: str) -> str:
    """A folded name with British and American spellings made alike."""
    key = fold(name).replace("organisation", "organization").replace("co-operation", "cooperation")
    key = key.replace("programme", "program").replace("labour", "labor").replace("-", " ")
    key = re.sub(r"^un ", "united nations ", key)  # "U.N. Security Council"
    return re.sub(r"\s+", " ", key)


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for acronym, name in KNOWN_ORGANISATIONS.items():
        out[_norm(name)] = (acronym, name)
        out["=" + acronym.upper()] = (acronym, name)
    for name, aliases in KNOWN_GROUPS.items():
        short = next((a for a in aliases if a.isupper()), name)
        for form in (name, *aliases):
            out[_norm(form)] = (short, name)
            if form.isupper():
                out["=" + form] = (short, name)
    return out


def known_organisation(name: str) -> tuple[str, str] | None:
    """``(acronym, official name)`` of the organisation ``name`` is (its acronym as written in
    capitals, e.g. ``NATO``, or its name in either spelling), or None."""
    bare = name.replace(".", "").strip()
    index = _index()
    if bare and (bare.isupper() or bare in KNOWN_ORGANISATIONS):
        found = index.get("=" + bare.upper())
        if found is not None:
            return found
    return index.get(_norm(name)) or index.get(re.sub(r"^the ", "", _norm(name)))


#: A trailing legal form of a company: Inc, Corp, Ltd, plc, LLC, Co, AG, SA, NV, GmbH, BV, SpA,
#: Pty, Ltda, AB, ASA, Oyj, SE, KGaA (dotted or not, after a comma or not; source: the legal
#: forms wire copy writes after companies' names, Reuters style).
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:(?:&|and)\s+Co|Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Co|AG|SA|NV|S\.A|N\.V|GmbH|BV|B\.V"
    r"|SpA|S\.p\.A|Pty|Ltda|AB|ASA|Oyj|SE|KGaA)\.?)+$")


def strip_legal_form(name: str) -> str:
    """``name`` (an organisation's) without a trailing legal form: "Tata Steel Ltd" → "Tata
    Steel", "Charles Schwab Corp." → "Charles Schwab", "Siemens AG" → "Siemens"; a name that is
    only a legal form is returned unchanged."""
    return _LEGAL_FORM.sub("", name) or name
