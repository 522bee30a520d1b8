"""End-to-end extraction speed on one core: text -> resolved, reconciled, estimated events.

    python bench/bench_extract.py              # 2,000 generated articles
    python bench/bench_extract.py --n 5000     # a larger corpus
    python bench/bench_extract.py --gold tests/gold --seed 7

The corpus is generated from the gold passages (tests/gold): each article is a passage with
its publication date moved, its numbers changed and its place names swapped for other real
names of the same language; one article in five concatenates two or three passages.
The stages are the calls :func:`geo_events.pipeline.process` makes, in its order, timed
one by one (read = bytes -> Document: decoding, normalising, language detection).  The
gazetteer is loaded once, before the clock starts, and its load time is printed apart.
The corpus repeats sentences (few gold passages): caches keyed by sentence text are emptied when a
document starts (extract, detect_language), so they carry no work from one article to the next;
caches keyed by words and names live across articles (as in real use), and with the corpus's
small vocabulary they are hotter here than on real news.
Prints figures, asserts nothing.  Target (issue 4): 300 articles/s per core.
"""
from __future__ import annotations

import os

# One core: no BLAS/OpenMP threads, and the process pinned to one CPU where the OS allows.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import datetime as dt
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"

# Real place names of the region, by language, swapped in for each other to vary the corpus.
NAMES = {
    "en": ["Ain al-Asad", "Balad", "Taji", "Erbil", "Kirkuk", "Mosul", "Baghdad", "al-Tanf", "Harir",
           "Qayyarah", "Albu Kamal", "Deir ez-Zor", "Hasakah", "Tikrit", "Samarra", "Fallujah", "Ramadi"],
    "fr": ["Aïn al-Assad", "Balad", "Taji", "Erbil", "Kirkouk", "Mossoul", "Bagdad", "al-Tanf", "Harir",
           "Albou Kamal", "Deir ez-Zor", "Hassaké", "Tikrit", "Samarra", "Fallouja", "Ramadi", "Diwaniya"],
    "ar": ["عين الأسد", "بلد", "التاجي", "أربيل", "كركوك", "الموصل", "بغداد", "التنف", "حرير", "القيارة",
           "البوكمال", "دير الزور", "الحسكة", "تكريت", "سامراء", "الفلوجة", "الرمادي", "الناصرية"],
}
_ASCII_NUM = re.compile(r"(?<![\w.])\d{1,3}(?![\w.])")
_ARABIC_NUM = re.compile(r"(?<![\w.])[٠-٩]{1,3}(?![\w.])")
_TO_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def load_passages(folder: Path) -> list[tuple[str, str, dt.date]]:
    """(text, language, published) of every gold passage."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        meta = json.loads((folder / f"{txt.stem}.meta.json").read_text(encoding="utf-8"))
        out.append((txt.read_text(encoding="utf-8"), meta["language"], dt.date.fromisoformat(meta["published"])))
    return out


def vary(text: str, lang: str, rng: random.Random) -> str:
    """Change numbers and swap place names, keeping the article's shape."""
    text = _ASCII_NUM.sub(lambda m: str(rng.randint(2, 40)) if len(m.group()) < 3 else m.group(), text)
    text = _ARABIC_NUM.sub(lambda m: str(rng.randint(2, 40)).translate(_TO_ARABIC), text)
    names = NAMES[lang]
    present = [n for n in names if n in text]
    for n in present:
        text = text.replace(n, rng.choice(names))
    return text


def make_corpus(passages, n: int, seed: int) -> list[tuple[bytes, str, dt.date]]:
    """``n`` articles (utf-8 bytes, name, publication date) generated from the passages."""
    rng = random.Random(seed)
    corpus = []
    for i in range(n):
        if i % 5 == 4:
            parts = rng.sample(passages, rng.randint(2, 3))
            text = "\n\n".join(vary(t, lang, rng) for t, lang, _ in parts)
            published = parts[0][2]
        else:
            t, lang, published = passages[i % len(passages)]
            text = vary(t, lang, rng)
        published += dt.timedelta(days=rng.randint(-400, 400))
        corpus.append((text.encode("utf-8"), f"bench-{i:05d}.txt", published))
    return corpus


def extract_split(docs) -> tuple[dict[str, float], dict[str, int], float]:
    """CPU seconds of extract on ``docs``, split into language detection, find_dates, the Arabic
    module and the rest, by timers around the calls extract makes (a second pass: the timers
    cost a little, so the end-to-end figures are taken without them).  Each timed call's own
    timer overhead, measured on an empty call, is taken off its category."""
    import geo_events.arabic as arabic_module
    import geo_events.extract as extract_module

    clock = time.process_time
    seconds = {"language": 0.0, "dates": 0.0, "arabic": 0.0}
    calls = dict.fromkeys(seconds, 0)
    depth = dict.fromkeys(seconds, 0)

    def timed(fn, category):
        def wrapper(*args, **kwargs):
            if depth[category]:
                return fn(*args, **kwargs)  # nested (an Arabic helper calling another): counted once
            depth[category] += 1
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[category] += clock() - t
                calls[category] += 1
                depth[category] -= 1
        if hasattr(fn, "cache_clear"):
            # the extractor empties its per-document caches (``_is_tally.cache_clear()``) through the timed name
            wrapper.cache_clear, wrapper.cache_info = fn.cache_clear, fn.cache_info
        return wrapper

    patched = [(extract_module, "detect_sentence_language", "language"), (extract_module, "find_dates", "dates")]
    source = Path(extract_module.__file__).read_text(encoding="utf-8")
    for name in sorted(set(re.findall(r"\barabic\.(\w+)\(", source))):
        if callable(getattr(arabic_module, name, None)):
            patched.append((arabic_module, name, "arabic"))
    originals = [(module, name, getattr(module, name)) for module, name, _ in patched]
    try:
        for module, name, category in patched:
            setattr(module, name, timed(getattr(module, name), category))
        # the cost of the timers themselves, per call
        probe = timed(lambda: None, "language")
        t = clock()
        for _ in range(20000):
            probe()
        overhead = (clock() - t) / 20000
        seconds["language"], calls["language"] = 0.0, 0
        t = clock()
        for doc in docs:
            extract_module.extract(doc)
        total = clock() - t
    finally:
        for module, name, fn in originals:
            setattr(module, name, fn)
    for category in seconds:
        seconds[category] = max(0.0, seconds[category] - overhead * calls[category])
    total -= overhead * sum(calls.values())
    return seconds, calls, total


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles to generate (default 2000)")
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold folder to generate from")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--scaling", action="store_true", help="also time reconcile on a quarter and a half of the frames")
    ap.add_argument("--no-split", action="store_true", help="skip the second pass that splits extract's time")
    ap.add_argument("--cold-word-caches", action="store_true",
                    help="empty the word- and name-keyed caches (gazetteer._query_keys, normalize._latin_token, "
                         "normalize._WORD_KEYS, resolve._fold) before each article: the figure for text sharing no word with the one before")
    args = ap.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    from geo_events.estimate import estimate
    from geo_events.extract import document_focus, extract
    from geo_events.gazetteer import Gazetteer
    from geo_events.read import read_text
    from geo_events.reconcile import reconcile
    from geo_events.resolve import resolve_frames

    passages = load_passages(args.gold)
    corpus = make_corpus(passages, args.n, args.seed)
    megabytes = sum(len(b) for b, _, _ in corpus) / 1e6
    rss_before = rss_mb()

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    gaz.resolve("Balad air base")  # first query builds lazy structures: keep it out of the timing too
    gaz.resolve("Xqzbaghdadd")  # and the first fuzzy query loads the trigram index (numpy): once per process
    load_s = time.perf_counter() - t0
    rss_gaz = rss_mb()

    # Warm-up on a few articles (regex compilation, lazy tables), not timed.
    for data, name, published in corpus[:5]:
        doc = read_text(data, name=name, published=published)
        resolve_frames(extract(doc), gaz, focus=document_focus(doc))

    stages = dict.fromkeys(("read", "extract", "resolve", "reconcile", "estimate"), 0.0)
    # Stages are timed in CPU time of this (single-threaded) process: on a shared machine the
    # wall clock also counts other processes' turns on the core.
    clock = time.process_time
    frames, n_unresolved = [], 0
    t_all, cpu_all = time.perf_counter(), clock()
    word_caches = []
    if args.cold_word_caches:
        import geo_events.gazetteer
        import geo_events.normalize
        import geo_events.resolve

        word_caches = [geo_events.gazetteer._query_keys.cache_clear, geo_events.normalize._clear_memos,
                       geo_events.gazetteer.Gazetteer._split_cue.__defaults__[0].clear,
                       geo_events.resolve._fold.cache_clear]
    for data, name, published in corpus:
        for clear in word_caches:
            clear()  # (outside the stage timers; the total counts it: microseconds)
        t = clock()
        doc = read_text(data, name=name, published=published)
        t1 = clock()
        doc_frames = extract(doc)
        t2 = clock()
        n_unresolved += len(resolve_frames(doc_frames, gaz, focus=document_focus(doc)))
        t3 = clock()
        stages["read"] += t1 - t
        stages["extract"] += t2 - t1
        stages["resolve"] += t3 - t2
        frames += doc_frames
    t = clock()
    events = reconcile(frames)
    t1 = clock()
    estimate(events, gazetteer=gaz)
    t2 = clock()
    stages["reconcile"] = t1 - t
    stages["estimate"] = t2 - t1
    wall = time.perf_counter() - t_all
    total = clock() - cpu_all

    print(f"corpus: {len(corpus)} articles, {megabytes:.2f} MB, generated from {len(passages)} gold passages")
    print(f"gazetteer load (excluded): {load_s:.2f} s; RSS {rss_before:.0f} MB before, {rss_gaz:.0f} MB after")
    print(f"end to end, one core, CPU time: {total:.2f} s  ->  {len(corpus) / total:.1f} articles/s, "
          f"{megabytes / total:.3f} MB/s   (target 300 articles/s)")
    print(f"wall clock: {wall:.2f} s  ->  {len(corpus) / wall:.1f} articles/s (includes other processes' turns on the core)")
    linear = total - stages["reconcile"]
    print(f"without reconcile (the per-article stages): {len(corpus) / linear:.1f} articles/s")
    print(f"frames {len(frames)}, events {len(events)}, unresolved names {n_unresolved}")
    for k, v in stages.items():
        print(f"  {k:<9} {v:7.2f} s  {100 * v / total:5.1f}%  {1000 * v / len(corpus):6.2f} ms/article")
    print(f"peak memory (ru_maxrss): {rss_mb():.0f} MB")
    if not args.no_split:
        # Fresh articles (another seed) and cold per-sentence caches: the timed pass above has
        # already seen its own articles.
        import geo_events.dates
        import geo_events.language

        for module in (geo_events.dates, geo_events.language):
            for obj in list(vars(module).values()):
                if hasattr(obj, "cache_clear") and obj.cache_info().maxsize is not None:
                    obj.cache_clear()  # bounded caches hold texts; unbounded ones are static tables
        fresh = make_corpus(passages, min(600, args.n), args.seed + 1)
        sample = [read_text(data, name=name, published=published) for data, name, published in fresh]
        split, calls, total_split = extract_split(sample)
        n = len(sample)
        rest = total_split - sum(split.values())
        print(f"  extract split over {n} fresh articles (second pass with timers; ms/article; "
              f"budgets: language 0.1, dates 0.2, arabic 0.3, rest 0.9):")
        for k, v in split.items():
            print(f"    {k:<9} {1000 * v / n:6.3f}   ({calls[k] / n:.1f} calls/article)")
        print(f"    {'rest':<9} {1000 * rest / n:6.3f}")
        print(f"    {'total':<9} {1000 * total_split / n:6.3f}")
    if args.scaling:
        # How reconcile grows with the corpus: the same frames, a quarter and a half of them.
        for share in (4, 2):
            part = frames[: len(frames) // share]
            t = clock()
            reconcile(part)
            print(f"  reconcile of {len(part)} frames: {clock() - t:.2f} s")
        print(f"  reconcile of {len(frames)} frames: {stages['reconcile']:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
