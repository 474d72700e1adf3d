"""Time `chitieu extract DIR --out OUT` on 1.000 news articles of 3–5 kB composed from the test sentences, start-up
included: the articles per second a user sees from the command line (issue 20 asks for 1.000 in under a minute).

    .venv/bin/python bench/extract_batch.py [--articles 1000]

The articles are written from `chitieu/reading/tests/data/tin-tuc.txt` (nothing is downloaded): sentences drawn
at random (seeded), in paragraphs, until each article reaches its drawn size.
"""

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SENTENCES = PROJECT_DIR / "chitieu" / "reading" / "tests" / "data" / "tin-tuc.txt"
CHITIEU = PROJECT_DIR / ".venv" / "bin" / "chitieu"
REQUIRED_SECONDS = 60


def compose(count: int, seed: int = 20) -> list[str]:
    """`count` articles of 3–5 kB in UTF-8, each a headline and paragraphs of 2–5 sentences."""
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    sentences = [line for line in lines if line and not line.startswith("#")]
    draw = random.Random(seed)
    articles = []
    for _ in range(count):
        size = draw.randint(3000, 5000)
        paragraphs = [draw.choice(sentences).rstrip(".")]
        length = len(paragraphs[0].encode("utf-8"))
        while length < size:
            paragraph = " ".join(draw.choice(sentences) for _ in range(draw.randint(2, 5)))
            if length + len(paragraph.encode("utf-8")) > 5000:
                break
            paragraphs.append(paragraph)
            length += len(paragraph.encode("utf-8")) + 2
        articles.append("\n\n".join(paragraphs))
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    # The console command a user runs; without an installed one, the same reader through python -m.
    command = [str(CHITIEU), "extract"] if CHITIEU.exists() else [sys.executable, "-m", "chitieu.reading"]
    with tempfile.TemporaryDirectory() as folder:
        texts, out = Path(folder) / "bai-bao", Path(folder) / "ket-qua"
        texts.mkdir()
        articles = compose(args.articles)
        for index, article in enumerate(articles):
            (texts / f"{index:04d}.txt").write_text(article, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([*command, str(texts), "--out", str(out)], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_seconds = cpu.ru_utime + cpu.ru_stime
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        written = list(out.glob("*.json"))
        claims = sum(len(json.loads(p.read_text(encoding="utf-8"))["claims"]) for p in written)
    size = sum(len(a.encode("utf-8")) for a in articles) / len(articles) / 1000
    print(
        f"{len(written)} articles (average {size:.1f} kB, {claims} claims) read by one `chitieu extract` "
        f"in {seconds:.2f} s, start-up included ({cpu_seconds:.2f} s of CPU): {len(written) / seconds:,.0f} "
        f"articles/s ({len(written) / cpu_seconds:,.0f} a second of one core's CPU)."
    )
    verdict = "meets" if seconds <= REQUIRED_SECONDS * args.articles / 1000 else "does not meet"
    print(f"{verdict} the requirement of 1.000 articles in under {REQUIRED_SECONDS} s.")
    print(
        f"BENCH extract_batch={len(written) / seconds:.1f} articles/s; extract_batch_seconds={seconds:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
