"""The `regions` table: every place code a claim can carry, with its English and Russian names.

Subdivisions and seas come from the reviewed file `data/regions.csv` (one row per code the
gazetteer knows: extraction/data/regions.csv and geonames_admin1.csv); countries from pycountry (ISO 3166-1,
its Russian names from pycountry's own translations).
"""

from __future__ import annotations

import gettext
from pathlib import Path

import polars as pl
import pycountry

DATA = Path(__file__).parent / "data" / "regions.csv"
REGION_SCHEMA = {
    "code": pl.String,
    "kind": pl.String,
    "name_en": pl.String,
    "name_ru": pl.String,
    "country": pl.String,
}


def _countries() -> pl.DataFrame:
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    rows = [
        {
            "code": c.alpha_2,
            "kind": "country",
            "name_en": getattr(c, "common_name", None) or c.name,
            "name_ru": ru.gettext(c.name),
            "country": c.alpha_2,
        }
        for c in pycountry.countries
    ]
    return pl.DataFrame(rows, schema=REGION_SCHEMA)


def regions() -> pl.DataFrame:
    """One row per code: subdivisions and seas from the reviewed file, then every country."""
    places = pl.read_csv(DATA, schema={k: v for k, v in REGION_SCHEMA.items() if k != "country"})
    places = places.with_columns(
        # a sea belongs to no country; a subdivision to the country its code begins with
        pl.when(pl.col("kind") == "sea")
        .then(None)
        .otherwise(pl.col("code").str.split("-").list.first())
        .alias("country")
    )
    return pl.concat([places, _countries()]).sort("code")
