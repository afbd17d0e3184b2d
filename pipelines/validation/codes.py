"""The codes a claim may carry: ISO 3166-2 regions and ISO 3166-1 countries (pycountry), seas."""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipelines.extraction.model import ROLES

SEA_CODES = frozenset({"SEA-BLACK", "SEA-AZOV", "SEA-CASPIAN", "SEA-BALTIC"})


@cache
def place_codes() -> frozenset[str]:
    subdivisions = {s.code for s in pycountry.subdivisions}
    countries = {c.alpha_2 for c in pycountry.countries}
    return frozenset(subdivisions | countries | SEA_CODES)


@cache
def authority_pattern() -> str:
    return rf"^(?:unknown|(?:{'|'.join(ROLES)}):[A-Z]{{2}}(?:-[A-Z0-9]{{1,3}})?)$"


def valid_authority(value: str) -> bool:
    if not re.match(authority_pattern(), value or ""):
        return False
    return value == "unknown" or value.split(":", 1)[1] in place_codes()
