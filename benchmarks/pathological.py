"""Extraction time on long repetitive texts (issue 15, item 3): is the extractor linear?

usage: python benchmarks/pathological.py [--kb 1024] [--only NAME ...]

Each input is one document of `--kb` KB made by repeating one short phrase (the two named in
issue 15 plus our own: long digit runs, long Cyrillic runs, many dates, ...). It goes through
the real `extract_document` (not cut to the pipeline's MAX_EXTRACT_CHARS), and the script
prints CPU seconds per 100 KB. The target is under 1 s per 100 KB; the exit code is 1 if any
input misses it. A smaller size alongside shows the growth: a linear extractor takes about the
same time per 100 KB at both sizes.
"""

from __future__ import annotations

import argparse
import sys
import time

from pipelines.extraction import prepare
from pipelines.extraction.document import extract_document

TARGET_S_PER_100KB = 1.0

# name -> the phrase repeated; invented, each one stresses a different part of the extractor
PATTERNS: dict[str, str] = {
    "kursk_drones": "5 drones over the Kursk region, ",  # issue 15: one long sentence of claims
    "gov_abbrev": "Gov. ",  # issue 15: an abbreviation that is not a sentence end, again and again
    "digit_run": "7",  # one number of a million digits
    "digit_groups": "1,234 ",  # digit groups that a number parser may try to join
    "cyrillic_run": "беспилотник",  # one word without a break, no space at all
    "cyrillic_words": "уничтожены беспилотники над Брянской областью ",  # a Russian claim without a stop
    "dates_en": "on 12 March 2025, ",  # many dates in one sentence
    "dates_ru": "в ночь на 14 мая ",  # Russian date phrases with no sentence end
    "place_list": "the Oryol, Tula and ",  # an endless list of places
    "sentences": "Air defences destroyed 9 drones over the Belgorod region. ",  # many short sentences
}


# every input opens with a claim and its reporter, so the document passes the cheap document-level
# filters (drone words, a count, war context) and the repetition reaches the sentence loops
HEAD = "The governor said air defences destroyed 3 drones over the Kursk region. "


def make(phrase: str, size: int) -> str:
    return HEAD + (phrase * ((size - len(HEAD)) // len(phrase) + 1))[: size - len(HEAD)]


def seconds(text: str) -> float:
    """CPU seconds (what the extraction budget counts too): other work on the machine does not add."""
    started = time.process_time()
    extract_document("pathological", text, None, None, None)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=1024, help="size of each input in KB (default 1024)")
    parser.add_argument("--only", nargs="*", choices=sorted(PATTERNS), help="run only these inputs")
    args = parser.parse_args()
    prepare()
    size, small = args.kb * 1024, max(args.kb // 10, 1) * 1024
    print(
        f"{'input':<16} {'s/100KB @' + str(small // 1024) + 'KB':>14} {'s/100KB @' + str(args.kb) + 'KB':>15}  total s"
    )
    over = []
    for name in args.only or PATTERNS:
        phrase = PATTERNS[name]
        per_small = seconds(make(phrase, small)) * 100 * 1024 / small
        total = seconds(make(phrase, size))
        per_big = total * 100 * 1024 / size
        flag = "" if per_big < TARGET_S_PER_100KB else "  OVER TARGET"
        print(f"{name:<16} {per_small:>14.3f} {per_big:>15.3f}  {total:7.2f}{flag}", flush=True)
        if per_big >= TARGET_S_PER_100KB:
            over.append(name)
    if over:
        print(f"over {TARGET_S_PER_100KB} s per 100 KB: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
