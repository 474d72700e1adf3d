"""Time the claim extractor over the seed articles, repeated: characters and articles read per second."""

import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS = Path("/work/shared/seeds")
ROUNDS = 20
ARTICLE_SIZE = (
    10_000  # characters in a "10 kB" article (Vietnamese text: about 1.2 bytes a character in UTF-8)
)
REQUIRED = 200

sys.path.insert(0, str(PROJECT_DIR))

from chitieu.reading import extract  # noqa: E402


def main() -> int:
    texts = (
        [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    )
    if not texts:
        print(f"No seed articles in {SEEDS}: nothing to time.")
        return 0
    extract(texts[0])  # compile the patterns outside the timing
    started, started_cpu = time.perf_counter(), time.process_time()
    for _ in range(ROUNDS):
        for text in texts:
            extract(text)
    wall = time.perf_counter() - started
    # The extractor is single-threaded: its CPU time is its time on one core, whatever else the machine runs.
    seconds = time.process_time() - started_cpu
    articles = ROUNDS * len(texts)
    characters = ROUNDS * sum(len(text) for text in texts)
    print(
        f"{articles} articles ({len(texts)} seeds x {ROUNDS}), {characters:,} characters "
        f"in {seconds:.2f} s of CPU ({wall:.2f} s wall):"
    )
    print(f"{characters / seconds:,.0f} characters/s, {articles / seconds:,.1f} seed articles/s.")
    # The requirement is stated for 10 kB articles: 200 a second on one core, about 2 MB/s.
    per_10kb = characters / seconds / ARTICLE_SIZE
    verdict = "meets" if per_10kb >= REQUIRED else "does not meet"
    print(
        f"{per_10kb:,.1f} articles of 10 kB/s: {verdict} the requirement of {REQUIRED} articles of 10 kB/s."
    )
    print(
        f"BENCH extract={characters / seconds:.0f} chars/s; extract_articles={articles / seconds:.1f} articles/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
