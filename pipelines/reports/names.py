"""Readable names beside ISO codes, from pycountry (ISO 3166-1 and 3166-2)."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def place_name(code: str) -> str:
    """'Kaluzhskaya oblast'' for RU-KLU, 'Russian Federation' for RU; '' when ISO has no such code."""
    try:
        found = pycountry.subdivisions.get(code=code) if "-" in code else pycountry.countries.get(alpha_2=code)
    except (KeyError, LookupError):
        found = None
    return found.name if found is not None else ""
