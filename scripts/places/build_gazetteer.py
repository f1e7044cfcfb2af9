#!/usr/bin/env python3
"""Build Athar's built-in gazetteer from the shared third-party data (Python 3 standard library only).

Run from the repository root:  python3 scripts/places/build_gazetteer.py

Reads   ../shared/data/gazetteer/geonames-cities500-region/cities500_middle_east.txt   (GeoNames, CC BY 4.0)
        ../shared/data/gazetteer/open-syria-admin/*.json                           (OpenSyria, CC BY 4.0)
        ../shared/data/arabic-ner/{newsfane-gold,anercorp-camellab,wojood-sample}    (word usage counts only)
        data/places/regions.tsv                                                    (hand-written, for id and name checks)
Writes  data/places/gazetteer.tsv      one place per row (layout below), names in their original spelling
        data/places/admin1.tsv         GeoNames admin1 code -> first-level unit (for `athar gazetteer import`)
        data/places/common-words.tsv   one-word place names that news mostly uses as ordinary words
        data/places/countryside.tsv    where each Syrian governorate's countryside lies in each direction of its seat

Row layout (tab-separated, shared with regions.tsv, curated.tsv and the user's imported gazetteer):
  id kind country admin1 lat lon radius_km population feature name_en name_ar names source
kind is the precision a mention of the place gets: village|town|city|subdistrict|district|province|region|country.
"""

import collections
import json
import math
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared", "data")
GAZ = os.path.join(SHARED, "gazetteer")
NER = os.path.join(SHARED, "arabic-ner")
OUT = os.path.join(ROOT, "data", "places")

COLUMNS = "id kind country admin1 lat lon radius_km population feature name_en name_ar names source".split()

# Words that sources put before a place's own name («محافظة إدلب», «مركز حارم»): the recogniser reads them as
# cue words, so names are stored without them. Shared with `athar gazetteer import`.
with open(os.path.join(ROOT, "src", "Athar", "Places", "name-prefixes.tsv"), encoding="utf-8") as _f:
    ARABIC_CUE_PREFIXES = tuple(line.strip() + " " for line in _f if line.strip() and not line.startswith("#"))
ENGLISH_AFFIXES = re.compile(r"^(Markaz |Nahiyat |Nāḩiyat )|( Governorate| District| Subdistrict| Sub-district)$")
PERSIAN_LETTERS = set("پچژگکیەۆێڵڕ")
# the Persian/Kurdish letters Athar.Text.ArabicCharacters folds (ی→ي, ک→ك, گ→ك, ە→ه …)
PERSIAN_FOLD = str.maketrans({"ی": "ي", "ے": "ي", "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
                              "ۀ": "ه", "ہ": "ه", "ە": "ه"})
ARABIC_RANGE = re.compile(r"[\u0600-\u06FF]")
LATIN_NAME = re.compile(r"^[`'‘’]?[A-Z][A-Za-z' \-]{1,39}$")
MAX_LATIN_ALTERNATES = 6

# Turkish provinces whose seat has another name (GeoNames admin1 code -> province name and its Arabic names).
TURKISH_PROVINCE_NAMES = {
    "31": ("Hatay", "هاتاي", ["Hatay"]),
    "41": ("Kocaeli", "كوجالي", ["Kocaeli", "قوجة إيلي"]),
    "54": ("Sakarya", "صقاريا", ["Sakarya", "سكاريا"]),
}
TURKISH_PROVINCE_RADIUS_KM = 55  # mean province area ~9,600 km2


def fold(text):
    """Rough Python twin of Athar.Text.MatchingForm, used only to compare and count names here."""
    text = re.sub(r"[\u064B-\u0652\u0670\u0640]", "", text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    text = text.translate(PERSIAN_FOLD)
    return " ".join(text.lower().split())


def is_arabic_name(name):
    return bool(ARABIC_RANGE.search(name)) and not re.search(r"[0-9A-Za-z(),،]", name)


def strip_arabic_cue(name):
    for prefix in ARABIC_CUE_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            return name[len(prefix):]
    return name


def strip_english_affixes(name):
    return ENGLISH_AFFIXES.sub("", name).strip()


def best_arabic(names):
    """The display name: plain Arabic letters, no cue prefix, hamza spelled where a variant has it."""
    if not names:
        return ""
    return sorted(names, key=lambda n: (any(c in PERSIAN_LETTERS for c in n), not re.search("[أإآ]", n), len(n), n))[0]


def unique(names, exclude=()):
    seen, out = set(exclude), []
    for n in names:
        key = fold(n)
        if n and key not in seen:
            seen.add(key)
            out.append(n)
    return out


def row(**values):
    for key in ("names",):
        values[key] = "|".join(values[key])
    return "\t".join(str(values[c]) for c in COLUMNS)


def radius_from_area(area_km2):
    return round(math.sqrt(area_km2 / math.pi)) if area_km2 else 0


def distance_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


# ---------------------------------------------------------------- OpenSyria admin units

def load_open_syria(region_names):
    base = os.path.join(GAZ, "open-syria-admin")
    governorates = json.load(open(os.path.join(base, "governorates.json"), encoding="utf-8"))
    districts = json.load(open(os.path.join(base, "districts.json"), encoding="utf-8"))
    subdistricts = json.load(open(os.path.join(base, "subdistricts.json"), encoding="utf-8"))
    governorate_name = {g["id"]: g["name"]["en"] for g in governorates}
    rows, units = [], []
    for kind, items in (("province", governorates), ("district", districts), ("subdistrict", subdistricts)):
        for u in items:
            ar = [u["name"]["ar"]] + [a["value"] for a in u["aliases"] if a["language"] == "ar"]
            ar = unique([strip_arabic_cue(n) for n in ar if is_arabic_name(n)], exclude=region_names)
            en = [u["name"]["en"]] + [a["value"] for a in u["aliases"] if a["language"] == "en"]
            en = unique([strip_english_affixes(n) for n in en if LATIN_NAME.match(n)])
            admin1 = governorate_name[u.get("governorateId", u["id"])]
            lat, lon = u["centroid"]["latitude"], u["centroid"]["longitude"]
            pcode = u["externalIds"]["ochaPcode"]
            rows.append(row(id=pcode, kind=kind, country="SY", admin1=admin1, lat=round(lat, 5), lon=round(lon, 5),
                            radius_km=radius_from_area((u.get("area") or {}).get("value", 0)),
                            population=(u.get("population") or {}).get("value", 0),
                            feature={"province": "ADM1", "district": "ADM2", "subdistrict": "ADM3"}[kind],
                            name_en=u["name"]["en"], name_ar=u["name"]["ar"], names=ar + en, source="opensyria"))
            units.append((kind, admin1, lat, lon))
    return rows, units


# ---------------------------------------------------------------- countryside points

# the compass directions of Athar's Direction.Name, as bearings in degrees
DIRECTIONS = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225,
              "west": 270, "north-west": 315}
SECTOR_DEGREES = 45    # a sub-district lies in a direction when its bearing from the seat is within this of it
SEAT_AREA_KM = 10      # sub-districts whose centroid is this close to the seat are the city, not its countryside
SEAT_OF = {"Rif Dimashq": "Damascus"}  # the governorate around the capital is named for, and measured from, Damascus


def bearing(lat1, lon1, lat2, lon2):
    dy, dx = lat2 - lat1, (lon2 - lon1) * math.cos(math.radians(lat1))
    return math.degrees(math.atan2(dx, dy)) % 360


def countryside_points(geonames_rows):
    """«ريف حماة الغربي»: the population-weighted mean of the governorate's OpenSyria sub-district centroids lying
    that way from its seat (the GeoNames PPLA/PPLC with most people). A governorate's own centroid can sit far from
    where its people live (Hama's is in the eastern desert), so moving it would put western villages 40-60 km off."""
    base = os.path.join(GAZ, "open-syria-admin")
    governorates = json.load(open(os.path.join(base, "governorates.json"), encoding="utf-8"))
    subdistricts = json.load(open(os.path.join(base, "subdistricts.json"), encoding="utf-8"))
    seats = {}
    for r in (r.split("\t") for r in geonames_rows):
        if r[2] == "SY" and r[8] in ("PPLA", "PPLC") and (r[3] not in seats or int(r[7]) > int(seats[r[3]][7])):
            seats[r[3]] = r
    lines = []
    for g in governorates:
        name = g["name"]["en"]
        seat = seats.get(SEAT_OF.get(name, name))
        if seat is None:
            continue
        slat, slon = float(seat[4]), float(seat[5])
        around = [u for u in subdistricts if u["governorateId"] == g["id"]
                  and distance_km(slat, slon, u["centroid"]["latitude"], u["centroid"]["longitude"]) > SEAT_AREA_KM]
        for direction, degrees in DIRECTIONS.items():
            way = [u for u in around if abs((bearing(slat, slon, u["centroid"]["latitude"], u["centroid"]["longitude"])
                                             - degrees + 180) % 360 - 180) <= SECTOR_DEGREES]
            if not way:
                continue
            people = [(u.get("population") or {}).get("value") or 0 for u in way]
            weights = people if sum(people) > 0 else [1] * len(way)
            lat = sum(u["centroid"]["latitude"] * w for u, w in zip(way, weights)) / sum(weights)
            lon = sum(u["centroid"]["longitude"] * w for u, w in zip(way, weights)) / sum(weights)
            lines.append(f"{g['externalIds']['ochaPcode']}\t{direction}\t{lat:.4f}\t{lon:.4f}\t{len(way)}\t{sum(people)}\t"
                         + ",".join(u["externalIds"]["ochaPcode"] for u in way))
    return lines


# ---------------------------------------------------------------- GeoNames cities500

def point_kind(feature, population):
    """Precision of a populated place: admin seats and large places are towns or cities (documented in SOURCE.md)."""
    if feature in ("PPLC", "PPLA") or population >= 100_000:
        return "city"
    if feature in ("PPLA2", "PPLA3", "PPLA4") or population >= 10_000:
        return "town"
    return "village"


def geonames_names(fields):
    alternates = [a for a in fields[3].split(",") if a]
    arabic = unique([strip_arabic_cue(a) for a in alternates if is_arabic_name(a)])
    latin = [fields[2].strip("`'‘’")] + [a for a in alternates if LATIN_NAME.match(a) and not a.isupper()]
    latin = unique([n.strip("`'‘’") for n in latin if n])[: 1 + MAX_LATIN_ALTERNATES]
    return arabic, latin


def syria_admin1_by_code(rows, units):
    """GeoNames SY admin1 code -> governorate: majority vote of each row's nearest OpenSyria sub-district."""
    subdistricts = [u for u in units if u[0] == "subdistrict"]
    votes = collections.defaultdict(collections.Counter)
    for f in rows:
        if f[8] != "SY":
            continue
        lat, lon = float(f[4]), float(f[5])
        nearest = min(subdistricts, key=lambda u: distance_km(lat, lon, u[2], u[3]))
        votes[f[10]][nearest[1]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def load_geonames(units, region_rows):
    path = os.path.join(GAZ, "geonames-cities500-region", "cities500_middle_east.txt")
    with open(path, encoding="utf-8") as f:
        fields = [line.rstrip("\n").split("\t") for line in f]
    fields = [f for f in fields if len(f) == 19]
    admin1 = {("SY", code): name for code, name in syria_admin1_by_code(fields, units).items()}
    for r in region_rows:  # Iraqi governorates are written by hand with their GeoNames admin1 code as id (IQ.01)
        if r[0].startswith("IQ."):
            admin1[("IQ", r[0][3:])] = r[3]
    turkish_seats = [f for f in fields if f[8] == "TR" and f[7] == "PPLA"]
    for seat in turkish_seats:
        admin1[("TR", seat[10])] = TURKISH_PROVINCE_NAMES.get(seat[10], (seat[1],))[0]

    rows = []
    for f in fields:
        if f[6] != "P":
            continue
        arabic, latin = geonames_names(f)
        population = int(f[14] or 0)
        rows.append(row(id=f[0], kind=point_kind(f[7], population), country=f[8], admin1=admin1.get((f[8], f[10]), ""),
                        lat=round(float(f[4]), 5), lon=round(float(f[5]), 5), radius_km=0, population=population,
                        feature=f[7], name_en=f[2].strip("`'‘’") or f[1], name_ar=best_arabic(arabic),
                        names=arabic + latin, source="geonames"))
    for seat in turkish_seats:  # a Turkish province stands at its seat, as ACLED codes province-level events
        arabic, latin = geonames_names(seat)
        name, name_ar, extra = TURKISH_PROVINCE_NAMES.get(seat[10], (seat[1], best_arabic(arabic), []))
        rows.append(row(id="TR." + seat[10], kind="province", country="TR", admin1=name, lat=round(float(seat[4]), 5),
                        lon=round(float(seat[5]), 5), radius_km=TURKISH_PROVINCE_RADIUS_KM, population=0, feature="ADM1",
                        name_en=name, name_ar=name_ar, names=unique([name_ar] + extra + arabic + latin),
                        source="geonames (province at its seat)"))
    admin1_rows = sorted(f"{cc}\t{code}\t{name}" for (cc, code), name in admin1.items())
    return rows, admin1_rows


# ---------------------------------------------------------------- common words (NER corpora)

LOCATION_TAGS = ("LOC", "GPE", "Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District",
                 "Continent", "Land-Region-Natural", "Water-Body")


def tagged_tokens():
    """(token, is_location) pairs from the three NER corpora in shared/data/arabic-ner."""
    sources = [
        (os.path.join(NER, "newsfane-gold", "NewsFANE_Gold_2014_170K.txt"), "utf-8-sig", "\t"),
        (os.path.join(NER, "anercorp-camellab", "ANERCorp_CamelLab_test.txt"), "utf-8", " "),
    ] + [(os.path.join(NER, "wojood-sample", name), "utf-8", " ") for name in ("train.txt", "val.txt", "test.txt")]
    for path, encoding, sep in sources:
        if not os.path.exists(path):
            print(f"build_gazetteer: warning: {path} not found; common-words.tsv will miss its counts", file=sys.stderr)
            continue
        with open(path, encoding=encoding) as f:
            for line in f:
                parts = line.strip().lstrip("\u200e").split(sep)
                if len(parts) < 2 or not parts[0]:
                    continue
                tags = " ".join(parts[1:])
                yield parts[0], any(t in tags for t in LOCATION_TAGS)


def common_words(gazetteer_rows):
    one_word = set()
    for r in gazetteer_rows:
        for n in r.split("\t")[11].split("|"):
            if is_arabic_name(n) and " " not in n:
                one_word.add(fold(n))
    counts = collections.defaultdict(lambda: [0, 0])  # form -> [as word, as location]
    for token, is_location in tagged_tokens():
        form = fold(token)
        if form not in one_word and len(form) > 3 and form[0] in "وفبل" and form[1:] in one_word:
            form = form[1:]  # one proclitic: وحلب, بالرقه
        if form in one_word:
            counts[form][1 if is_location else 0] += 1
    return sorted((f, w, l) for f, (w, l) in counts.items() if w >= 3 and w >= 2 * l)


# ---------------------------------------------------------------- main

HEADER = """# Athar built-in gazetteer, built by scripts/places/build_gazetteer.py from GeoNames cities500 (CC BY 4.0,
# geonames.org) and OpenSyria data-geography (CC BY 4.0; OCHA/geoBoundaries, GeoNames, Wikidata). See SOURCE.md.
# Do not edit: change the script, or add rows to curated.tsv / names to aliases.tsv.
# """ + "\t".join(COLUMNS) + "\n"


def main():
    if not os.path.isdir(GAZ):
        sys.exit(f"build_gazetteer: {GAZ} not found (run from a checkout with ../shared beside it)")
    region_rows = read_tsv(os.path.join(OUT, "regions.tsv"))
    region_names = {fold(n) for r in region_rows for n in [r[10]] + r[11].split("|") if n}
    syria_rows, units = load_open_syria(region_names)
    geonames_rows, admin1_rows = load_geonames(units, region_rows)
    rows = syria_rows + geonames_rows
    with open(os.path.join(OUT, "gazetteer.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n".join(rows) + "\n")
    with open(os.path.join(OUT, "admin1.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# GeoNames admin1 code -> first-level unit name, built by scripts/places/build_gazetteer.py\n"
                "# (SY: majority of each code's places by nearest OpenSyria sub-district; IQ: regions.tsv; TR: seat).\n"
                "# country\tcode\tadmin1\n" + "\n".join(admin1_rows) + "\n")
    countryside = countryside_points(geonames_rows)
    with open(os.path.join(OUT, "countryside.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Where each Syrian governorate's countryside lies in each direction of its seat («ريف حماة الغربي»): the\n"
                "# population-weighted mean of the OpenSyria sub-district centroids (CC BY 4.0; OCHA/geoBoundaries centroids,\n"
                f"# U.S. Census Bureau 2004 population) whose bearing from the seat is within {SECTOR_DEGREES} degrees of the direction,\n"
                f"# the seat's own area (centroids within {SEAT_AREA_KM} km) excluded. Seat: the GeoNames PPLA/PPLC with most people\n"
                "# (Damascus for Rif Dimashq). Built by scripts/places/build_gazetteer.py; do not edit.\n"
                "# province_id\tdirection\tlat\tlon\tsubdistricts\tpopulation\tsubdistrict_ids\n" + "\n".join(countryside) + "\n")
    words = common_words(rows)
    with open(os.path.join(OUT, "common-words.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# One-word place names that Arabic news mostly uses as ordinary words (count as word >= 3 and >= twice\n"
                "# the count as a location in NewsFANE, ANERcorp test and the Wojood sample). Built by\n"
                "# scripts/places/build_gazetteer.py; such a name needs a cue word or admin context to be a place.\n"
                "# form\tas_word\tas_location\n" + "".join(f"{f_}\t{w}\t{l}\n" for f_, w, l in words))
    print(f"gazetteer.tsv: {len(rows)} places ({len(syria_rows)} OpenSyria units, {len(geonames_rows)} GeoNames);"
          f" admin1.tsv: {len(admin1_rows)} codes;"
          f" countryside.tsv: {len(countryside)} points; common-words.tsv: {len(words)} words")


if __name__ == "__main__":
    main()
