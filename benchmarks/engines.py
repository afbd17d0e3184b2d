"""Which matching engine for the extraction core: a measurement on real sentences.

    python benchmarks/engines.py                            # every engine that imports
    python benchmarks/engines.py --site /tmp/aho-venv/lib/python3.11/site-packages
    python benchmarks/engines.py --vocab core               # without the place aliases

The job measured is the one every sentence goes through: tokens with character offsets, and every
occurrence of the extractor's vocabulary (drone nouns, event verbs, number words, place aliases).
The vocabulary is built from the project's own lists (`rules.DRONE`, `INTERCEPT`, `LAUNCH`,
`ATTACK`, `NEGATIVE` expanded into their word forms, `numbers` word tables, the aliases of
`data/regions.csv`), never from the evaluation texts. Sentences are those of
`../shared/eval/real/` (English) and `../shared/eval/external/` (Russian), read at run time and
split by the project's own `text.split_sentences`.

Engines: (a) a Python `re` alternation (today's approach), (b) spaCy 3.8 blank pipelines
(`spacy.blank("en")`, no weights) with `PhraseMatcher(attr="LOWER")` and a `Matcher` token rule,
(c) pyahocorasick and (d) hyperscan when importable (not project dependencies: point `--site`
or `UAV_BENCH_SITE` at a scratch venv's site-packages), (e) a token n-gram dict lookup as
`gazetteer.py` does for places; then, for Russian, the tokenisers and pymorphy3 lemmas per token
(with an lru_cache on the word form, as the core would use it).

Every engine's matches are reduced the same way (longest first, no overlaps) and compared with
the `re` reference: the table says how many agree, and `--show N` prints disagreements.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extraction import numbers, rules  # noqa: E402
from pipelines.extraction.text import fold, normalize, split_sentences  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
ENGLISH = EVAL / "real" / "passages.jsonl"
RUSSIAN = EVAL / "external" / "docs.jsonl"
REGIONS = ROOT / "pipelines" / "extraction" / "data" / "regions.csv"
STEM = "\0"  # marks an expansion that ends in an open `\w*` (a Russian stem)
TOKEN_RE = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")  # today's tokens: words (with inner hyphens) and marks

Span = tuple[int, int]
BUILD: dict[str, float] = {}  # CPU seconds to build each engine (compile patterns, automata)

# ---------------------------------------------------------------------------------------------
# Vocabulary: the project's lists, expanded into word forms


def expand(pattern: str, limit: int = 400) -> list[str]:
    """The finite word forms a pattern of `rules.py` spells (`\\s+` as one space, lookarounds
    ignored); an open `\\w*`/`\\w+` ends the form with STEM (a stem, not a word)."""
    import re._parser as sre  # noqa: PLC0415 (the standard parser of the `re` module)

    def seq(items) -> list[str]:
        out = [""]
        for op, av in items:
            alts = node(op, av)
            out = [a + b for a in out for b in alts][:limit]
        return out

    def node(op, av) -> list[str]:
        if op is sre.LITERAL:
            return [chr(av)]
        if op is sre.IN:
            chars: list[str] = []
            for k, v in av:
                if k is sre.LITERAL:
                    chars.append(chr(v))
                elif k is sre.CATEGORY and v is sre.CATEGORY_SPACE:
                    chars.append(" ")
                elif k is sre.CATEGORY and v is sre.CATEGORY_DIGIT:
                    chars.extend("0123456789")
                elif k is sre.CATEGORY and v is sre.CATEGORY_WORD:
                    chars.append(STEM)
                else:
                    return []
            return chars
        if op is sre.BRANCH:
            return [w for branch in av[1] for w in seq(branch)]
        if op is sre.SUBPATTERN:
            return seq(av[3])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            lo, hi, sub = av
            inner = seq(sub)
            if inner == [" "] or inner == [STEM]:  # \s+, \s*, \w*, \w+
                return [inner[0]] if lo or inner == [STEM] else [""]
            return [w * n for n in range(lo, min(hi, 2) + 1) for w in inner]
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return [""]
        return []

    forms = {f.strip() for f in seq(sre.parse(pattern)) if f.strip()}
    return sorted({f[: f.index(STEM) + 1] if STEM in f else f for f in forms})


def vocabulary(places: bool) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(exact lowercase phrases -> labels, Russian stems -> labels) from the project's lists."""
    phrases: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    lists = {
        "drone": rules.DRONE,
        "intercept": rules.INTERCEPT,
        "launch": rules.LAUNCH,
        "attack": rules.ATTACK,
        "negative": rules.NEGATIVE,
    }
    for label, pattern in lists.items():
        for form in expand(pattern):
            if STEM not in form:
                phrases.setdefault(fold(form), set()).add(label)
            elif form.index(STEM) == len(form) - 1 and " " not in form:
                stems.setdefault(fold(form[:-1]), set()).add(label)
    words = [*numbers.NUMERALS.words, *numbers.NUMERALS.vague_forms]  # (vocab/<lang>/numbers.toml)
    for w in words:
        phrases.setdefault(fold(w), set()).add("number")
    if places:
        with REGIONS.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                phrases.setdefault(" ".join(fold(row["alias"]).split()), set()).add("place")
    return phrases, stems


# ---------------------------------------------------------------------------------------------
# Sentences (third-party texts: read at run time, never stored)


def sentences(path: Path) -> list[str]:
    import json  # noqa: PLC0415

    out = []
    for line in path.open(encoding="utf-8"):
        if line.strip():
            text = normalize(json.loads(line)["text"] or "")
            out += [text[s.start : s.end] for s in split_sentences(text)]
    return out


# ---------------------------------------------------------------------------------------------
# Engines: each is a function sentence -> (token count, matches as character spans)

Engine = Callable[[str], tuple[int, list[Span]]]


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """The same reduction for every engine: longest match first, then leftmost, no overlaps."""
    kept: list[Span] = []
    for s, e in sorted(set(spans), key=lambda m: (m[0] - m[1], m[0])):
        if all(e <= ks or s >= ke for ks, ke in kept):
            kept.append((s, e))
    return sorted(kept)


def re_tokens(sentence: str) -> tuple[int, list[Span]]:
    return len(TOKEN_RE.findall(sentence)), []


def re_engine(phrases: Iterable[str]) -> Engine:
    alts = sorted(phrases, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alts) + r")(?!\w)")

    def run(sentence: str) -> tuple[int, list[Span]]:
        tokens = [m.span() for m in TOKEN_RE.finditer(sentence)]
        return len(tokens), [m.span() for m in pattern.finditer(fold(sentence))]

    return run


def dict_engine(phrases: Iterable[str]) -> Engine:
    """Tokens, then every n-gram of them looked up in a dict (as `gazetteer.py` finds places)."""
    table = set(phrases)
    longest = max(len(p.split()) for p in table)

    def run(sentence: str) -> tuple[int, list[Span]]:
        folded = fold(sentence)
        toks = [m.span() for m in TOKEN_RE.finditer(folded)]
        words = [folded[s:e] for s, e in toks]
        found = []
        for i in range(len(words)):
            key = words[i]
            for n in range(1, min(longest, len(words) - i) + 1):
                if n > 1:
                    key += " " + words[i + n - 1]
                if key in table:
                    found.append((toks[i][0], toks[i + n - 1][1]))
        return len(toks), found

    return run


def spacy_engines(phrases: Iterable[str], lang: str = "en") -> dict[str, Engine]:
    import spacy  # noqa: PLC0415 (bench group only)
    from spacy.matcher import Matcher, PhraseMatcher  # noqa: PLC0415

    nlp = spacy.blank(lang)
    t = time.process_time()
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrase.add("V", [nlp.make_doc(p) for p in phrases])
    BUILD["spaCy PhraseMatcher"] = time.process_time() - t
    t = time.process_time()
    token = Matcher(nlp.vocab)
    token.add("V", [[{"LOWER": tok.lower_} for tok in nlp.make_doc(p)] for p in phrases])
    BUILD["spaCy Matcher (a pattern per phrase)"] = time.process_time() - t

    def tokenise(sentence: str) -> tuple[int, list[Span]]:
        return len(nlp.make_doc(sentence)), []

    def with_matcher(m) -> Engine:
        def run(sentence: str) -> tuple[int, list[Span]]:
            doc = nlp.make_doc(sentence)
            return len(doc), [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for _, s, e in m(doc)]

        return run

    return {
        "spaCy tokeniser only": tokenise,
        "spaCy PhraseMatcher": with_matcher(phrase),
        "spaCy Matcher (a pattern per phrase)": with_matcher(token),
    }


def aho_engine(phrases: Iterable[str]) -> Engine | None:
    try:
        import ahocorasick  # noqa: PLC0415 (scratch venv via --site)
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for p in phrases:
        automaton.add_word(p, len(p))
    automaton.make_automaton()
    spaces = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c"})

    def run(sentence: str) -> tuple[int, list[Span]]:
        tokens = [m.span() for m in TOKEN_RE.finditer(sentence)]
        folded = fold(sentence).translate(spaces)
        found = []
        for end, n in automaton.iter(folded):
            if whole_word(folded, end - n + 1, end + 1):
                found.append((end - n + 1, end + 1))
        return len(tokens), found

    return run


def hyperscan_engine(phrases: Iterable[str]) -> Engine | None:
    try:
        import hyperscan  # noqa: PLC0415 (scratch venv via --site)
    except ImportError:
        return None
    # hyperscan has no lookarounds (nor \\b with Unicode): whole words are checked after the scan
    exprs = [re.escape(p).replace(r"\ ", r"\s+").encode() for p in phrases]
    db = hyperscan.Database()
    flags = hyperscan.HS_FLAG_SOM_LEFTMOST | hyperscan.HS_FLAG_UTF8
    db.compile(expressions=exprs, ids=list(range(len(exprs))), flags=[flags] * len(exprs))

    def run(sentence: str) -> tuple[int, list[Span]]:
        tokens = [m.span() for m in TOKEN_RE.finditer(sentence)]
        folded = fold(sentence)
        data = folded.encode()
        found: list[Span] = []

        def on_match(_id: int, s: int, e: int, _flags: int, _ctx: object) -> None:
            found.append((s, e))

        db.scan(data, match_event_handler=on_match)
        if not folded.isascii():  # byte offsets -> character offsets
            found = [(len(data[:s].decode()), len(data[:e].decode())) for s, e in found]
        return len(tokens), [(s, e) for s, e in found if whole_word(folded, s, e)]

    return run


def whole_word(text: str, s: int, e: int) -> bool:
    """No word character just before `s` or just after `e` (the `(?<!\\w)`, `(?!\\w)` of the re engine)."""
    return (s == 0 or not _is_word(text[s - 1])) and (e == len(text) or not _is_word(text[e]))


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


# ---------------------------------------------------------------------------------------------
# A token rule: an amount, up to three words, a drone noun ("12 Ukrainian fixed-wing drones")


def rule_words() -> tuple[list[str], list[str]]:
    nouns = sorted({fold(f) for f in expand(rules.DRONE) if STEM not in f and " " not in f and "-" not in f})
    amounts = sorted(w for w in numbers.NUMERALS.units | numbers.NUMERALS.tens if w.isascii())
    return nouns, amounts


def re_rule(copies: int = 1) -> Engine:
    """The rule as one regex; `copies` times over, as a core of that many rules would run them."""
    nouns, amounts = rule_words()
    pattern = re.compile(
        rf"(?<![\w,.])(?:\d+|{'|'.join(amounts)})(?:\s+[^\W\d][\w']*){{0,3}}?\s+(?:{'|'.join(nouns)})(?!\w)"
    )

    def run(sentence: str) -> tuple[int, list[Span]]:
        tokens = [m.span() for m in TOKEN_RE.finditer(sentence)]
        folded = fold(sentence)
        found = [m.span() for _ in range(copies) for m in pattern.finditer(folded)]
        return len(tokens), sorted(set(found))

    return run


def spacy_rule(copies: int = 1) -> Engine:
    """The rule as two Matcher patterns; `copies` keys of them, as a core of that many rules."""
    import spacy  # noqa: PLC0415
    from spacy.matcher import Matcher  # noqa: PLC0415

    nouns, amounts = rule_words()
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    between = {"IS_ALPHA": True, "OP": "{,3}"}
    noun = {"LOWER": {"IN": nouns}}
    for i in range(copies):
        matcher.add(
            f"AMOUNT_DRONE_{i}", [[{"IS_DIGIT": True}, between, noun], [{"LOWER": {"IN": amounts}}, between, noun]]
        )

    def run(sentence: str) -> tuple[int, list[Span]]:
        doc = nlp.make_doc(sentence)
        spans = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for _, s, e in matcher(doc)]
        return len(doc), shortest_per_start(spans)

    return run


def shortest_per_start(spans: list[Span]) -> list[Span]:
    """A rule's matches as a lazy regex finds them: the shortest from each start, no overlaps."""
    best: dict[int, int] = {}
    for s, e in spans:
        best[s] = min(e, best.get(s, e))
    kept: list[Span] = []
    for s in sorted(best):
        if not kept or s >= kept[-1][1]:
            kept.append((s, best[s]))
    return kept


# ---------------------------------------------------------------------------------------------
# Measuring


def measure(engine: Engine, items: list[str], seconds: float) -> tuple[float, float, list[list[Span]]]:
    """(sentences per CPU-second, tokens per CPU-second, matches of each sentence)."""
    found = [engine(s)[1] for s in items]  # also the warm-up
    n = tokens = 0
    start = time.process_time()
    while (cpu := time.process_time() - start) < seconds:
        for s in items:
            tokens += engine(s)[0]
        n += len(items)
    cpu = time.process_time() - start
    return n / cpu, tokens / cpu, found


def compare(ref: list[list[Span]], got: list[list[Span]]) -> tuple[int, int, int]:
    """(agreeing, only in the engine, only in the reference) occurrences."""
    same = extra = missing = 0
    for r, g in zip(ref, got, strict=True):
        rs, gs = set(r), set(g)
        same += len(rs & gs)
        extra += len(gs - rs)
        missing += len(rs - gs)
    return same, extra, missing


def show(name: str, items: list[str], ref: list[list[Span]], got: list[list[Span]], limit: int) -> None:
    shown = 0
    for sent, r, g in zip(items, ref, got, strict=True):
        for s, e in sorted(set(g) ^ set(r)):
            if shown >= limit:
                return
            side = "engine only" if (s, e) in set(g) else "re only"
            print(f"    {name} | {side}: {sent[max(0, s - 20) : s]}[{sent[s:e]}]{sent[e : e + 20]}".replace("\n", " "))
            shown += 1


def table(rows: list[tuple[str, float, float, int, tuple[int, int, int] | None]]) -> None:
    head = f"  {'engine':<40} {'sent/CPU-s':>11} {'tokens/CPU-s':>13} {'matches':>8} {'agree':>7} {'+eng':>5} {'+re':>5} {'build s':>8}"
    print(head)
    print("  " + "-" * (len(head) - 2))
    for name, rate, tok_rate, n, cmp in rows:
        agree = f"{cmp[0]:>7} {cmp[1]:>5} {cmp[2]:>5}" if cmp else f"{'-':>7} {'-':>5} {'-':>5}"
        build = f"{BUILD[name]:.2f}" if name in BUILD else "-"
        print(f"  {name:<40} {rate:>11,.0f} {tok_rate:>13,.0f} {n:>8} {agree} {build:>8}")


def english(args: argparse.Namespace) -> None:
    items = sentences(ENGLISH)
    phrases, _ = vocabulary(places=args.vocab == "all")
    labels = Counter(label for ls in phrases.values() for label in ls)
    print(
        f"English: {len(items)} sentences of {ENGLISH.parent.name}/; vocabulary {len(phrases)} phrases {dict(labels)}"
    )

    engines: dict[str, Engine | None] = {"re tokens only": re_tokens}
    factories = {
        "re alternation (today)": re_engine,
        "token n-gram dict (gazetteer style)": dict_engine,
        "pyahocorasick": aho_engine,
        "hyperscan": hyperscan_engine,
    }
    for name, make in factories.items():
        t = time.process_time()
        engines[name] = make(phrases)
        BUILD[name] = time.process_time() - t
    try:
        engines.update(spacy_engines(phrases))
    except ImportError:
        print("  spaCy: not installed (uv sync --group bench)")

    rows = []
    ref: list[list[Span]] = []
    for name, engine in engines.items():
        if engine is None:
            print(f"  {name}: not importable (install it in a scratch venv and pass --site)")
            continue
        rate, tok_rate, found = measure(engine, items, args.seconds)
        reduced = [longest_first(f) for f in found]
        if not ref and "only" not in name:
            ref = reduced
        cmp = None if "only" in name else compare(ref, reduced)
        rows.append((name, rate, tok_rate, sum(map(len, reduced)), cmp))
        if cmp and args.show and name != "re alternation (today)":
            show(name, items, ref, reduced, args.show)
    table(rows)

    drone = [p for p, ls in phrases.items() if "drone" in ls]
    drone_scan = re_engine(drone)
    gated = sum(bool(drone_scan(s)[1]) for s in items)
    amount = re.compile(r"\d")
    number_scan = re_engine([p for p, ls in phrases.items() if "number" in ls])
    both = sum(bool(drone_scan(s)[1]) and bool(amount.search(s) or number_scan(s)[1]) for s in items)
    print(f"  sentences with a drone noun: {gated} of {len(items)}; with a drone noun and an amount: {both}")

    print("\nToken rule (an amount, up to three words, a drone noun), English sentences:")
    rows = []
    ref = []
    variants = [
        ("re pattern", re_rule, 1),
        ("spaCy Matcher (2 patterns)", spacy_rule, 1),
        (f"re pattern x{args.rules}, one after another", re_rule, args.rules),
        (f"spaCy Matcher ({2 * args.rules} patterns, one pass)", spacy_rule, args.rules),
    ]
    for name, make, copies in variants:
        try:
            rate, tok_rate, found = measure(make(copies), items, args.seconds)
        except ImportError:
            continue
        if not ref:
            ref = found
        rows.append((name, rate, tok_rate, sum(map(len, found)), compare(ref, found)))
        if args.show and ref is not found:
            show(name, items, ref, found, args.show)
    table(rows)


def russian(args: argparse.Namespace) -> None:
    import pymorphy3  # noqa: PLC0415

    items = sentences(RUSSIAN)
    words_re = re.compile(r"\w+(?:-\w+)*")
    tokens_per = [[m.group() for m in words_re.finditer(s)] for s in items]
    n_tokens = sum(map(len, tokens_per))
    cyrillic = [[w for w in ws if not w.isascii() and not w.isdigit()] for ws in tokens_per]
    n_cyr = sum(map(len, cyrillic))
    print(f"\nRussian: {len(items)} sentences of {RUSSIAN.parent.name}/, {n_tokens} tokens ({n_cyr} Cyrillic words)")

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.process_time()
    morph = pymorphy3.MorphAnalyzer()
    init = time.process_time() - t
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    print(f"  pymorphy3.MorphAnalyzer(): {init:.2f} CPU-s, +{rss:.0f} MB peak memory")

    def parse(w: str) -> str:
        return morph.parse(w)[0].normal_form

    cached = lru_cache(maxsize=1 << 16)(parse)

    def timed(fn: Callable[[], int]) -> float:
        fn()
        n = 0
        start = time.process_time()
        while time.process_time() - start < args.seconds:
            n += fn()
        return n / (time.process_time() - start)

    def lemmas(f: Callable[[str], str]) -> Callable[[], int]:
        def run() -> int:
            for ws in cyrillic:
                for w in ws:
                    f(w.lower())
            return n_cyr

        return run

    def cold_cached() -> int:
        cached.cache_clear()
        return lemmas(cached)()

    print(f"  {'job':<46} {'sent/CPU-s':>11} {'words/CPU-s':>12}")
    per_sentence = n_tokens / len(items)
    tokenisers: dict[str, Callable[[], int]] = {
        "re tokens": lambda: [words_re.findall(s) for s in items] and len(items)
    }
    try:
        import spacy  # noqa: PLC0415

        nlp = spacy.blank("ru")
        tokenisers["spaCy blank('ru') tokeniser"] = lambda: [nlp.make_doc(s) for s in items] and len(items)
    except ImportError:
        pass
    for name, fn in tokenisers.items():
        rate = timed(fn)
        print(f"  {name:<46} {rate:>11,.0f} {rate * per_sentence:>12,.0f}")
    for name, fn in (
        ("pymorphy3 parse, no cache", lemmas(parse)),
        ("pymorphy3 parse, lru_cache cleared each pass", cold_cached),
        ("pymorphy3 parse, lru_cache warm", lemmas(cached)),
    ):
        words_rate = timed(fn)
        print(f"  {name:<46} {words_rate / n_cyr * len(items):>11,.0f} {words_rate:>12,.0f}")
    cached.cache_clear()
    lemmas(cached)()
    info = cached.cache_info()
    print(f"  one pass from an empty cache: {info.hits / (info.hits + info.misses):.0%} hits, {info.currsize} forms")

    # lemma lookup against today's stems: do they find the same words?
    _, stems = vocabulary(places=False)
    stem_re = re.compile("(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")\w*")
    lemma_set = {cached(k) for stem in stems for k in morph.dictionary.words.keys(stem)}
    by_stem = Counter(w.lower() for ws in cyrillic for w in ws if stem_re.fullmatch(w.lower()))
    by_lemma = Counter(w.lower() for ws in cyrillic for w in ws if cached(w.lower()) in lemma_set)
    print(
        f"  {len(stems)} Russian stems of rules.py -> {len(lemma_set)} lemmas in the dictionary; "
        f"words matched: stems {sum(by_stem.values())}, lemmas {sum(by_lemma.values())}, "
        f"both {sum((by_stem & by_lemma).values())}"
    )
    if args.show:
        print(f"    stem only: {sorted(by_stem - by_lemma)[: args.show]}")
        print(f"    lemma only: {sorted(by_lemma - by_stem)[: args.show]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=2.0, help="CPU seconds per engine")
    ap.add_argument("--vocab", choices=("all", "core"), default="all", help="core: without the place aliases")
    ap.add_argument("--site", action="append", default=[], help="extra site-packages (pyahocorasick, hyperscan)")
    ap.add_argument("--rules", type=int, default=20, help="copies of the token rule for the scaling rows")
    ap.add_argument("--show", type=int, default=0, help="print up to N disagreements per engine")
    args = ap.parse_args()
    for site in [*args.site, *filter(None, os.environ.get("UAV_BENCH_SITE", "").split(os.pathsep))]:
        sys.path.append(site)
    if not ENGLISH.exists() and not RUSSIAN.exists():
        print(f"skipped: {EVAL} is absent (the evaluation texts live in ../shared/eval, not in the project)")
        return 0
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; CPU clock (time.process_time)")
    if ENGLISH.exists():
        english(args)
    if RUSSIAN.exists():
        russian(args)
    print(f"\npeak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
