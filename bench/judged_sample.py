"""Draw 100 claims at random from the news articles of a round in bench/news-sample/ (written for the sample, in the
style of provincial news, read by no rule before it was judged) and compare them with the judgements in judged.tsv.

    .venv/bin/python bench/judged_sample.py [ROUND]            # the rates, and any sampled claim no longer judged
    .venv/bin/python bench/judged_sample.py [ROUND] --draw     # the sampled claims, as rows to judge (tab-separated)

ROUND is a folder under bench/news-sample/ (default: the last). Each round's articles were written after the rules
it judges; the rules were then improved for the language, not for those articles, and a new round written.

A judgement is two marks per claim: the number and unit as written (value, unit, bound, pair), and the subject
phrase (`indicator`) as a fair name of what the number measures. Claims read differently since they were judged
are listed, so the figures are never reported for output no one judged.
"""

import argparse
import csv
import random
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
ROUNDS_DIR = PROJECT_DIR / "bench" / "news-sample"
SIZE = 100

sys.path.insert(0, str(PROJECT_DIR))

from chitieu.reading import extract  # noqa: E402


def drawn(folder: Path) -> list[dict]:
    claims = []
    for path in sorted(folder.glob("*.txt")):
        for claim in extract(path.read_text(encoding="utf-8"))["claims"]:
            claims.append({"file": path.name, **claim})
    return sorted(
        random.Random(20).sample(claims, min(SIZE, len(claims))), key=lambda c: (c["file"], c["span"])
    )


def key(row: dict) -> tuple[str, str, str, str, str]:
    return (row["file"], str(row["span"][0]), row["text"], _number(row["value"]), row["unit"] or "")


def _number(value: object) -> str:
    return format(value, "f") if value is not None else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "round", nargs="?", default=sorted(p.name for p in ROUNDS_DIR.iterdir() if p.is_dir())[-1]
    )
    parser.add_argument("--draw", action="store_true", help="print the sampled claims as rows to judge")
    args = parser.parse_args()
    folder = ROUNDS_DIR / args.round
    sample = drawn(folder)
    if args.draw:
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(
            ["file", "start", "text", "value", "unit", "indicator", "number_unit", "indicator_ok", "note"]
        )
        for claim in sample:
            writer.writerow([*key(claim), claim["indicator"] or "", "", "", ""])
        return 0
    with (folder / "judged.tsv").open(encoding="utf-8") as judged_file:
        rows = list(csv.DictReader(judged_file, delimiter="\t"))
    judged = {(r["file"], r["start"], r["text"], r["value"], r["unit"]): r for r in rows}
    unjudged = [c for c in sample if key(c) not in judged]
    for claim in unjudged:
        print("not judged:", *key(claim), sep="\t")
    marks = [judged[key(c)] for c in sample if key(c) in judged]
    changed = [
        c for c in sample if key(c) in judged and (c["indicator"] or "") != judged[key(c)]["indicator"]
    ]
    for claim in changed:
        print("indicator changed since judged:", claim["file"], claim["text"], claim["indicator"], sep="\t")
    number_unit = sum(r["number_unit"] == "1" for r in marks)
    indicator = sum(
        r["indicator_ok"] == "1" for r in marks if (r["file"], r["start"]) not in _changed(changed)
    )
    print(f"{args.round}: {len(marks)} of {len(sample)} sampled claims judged by hand:")
    print(f"number and unit as written: {number_unit}/{len(marks)} = {number_unit / max(1, len(marks)):.2f}")
    print(f"subject phrase fair:        {indicator}/{len(marks)} = {indicator / max(1, len(marks)):.2f}")
    return 1 if unjudged or changed else 0


def _changed(claims: list[dict]) -> set[tuple[str, str]]:
    return {(c["file"], str(c["span"][0])) for c in claims}


if __name__ == "__main__":
    sys.exit(main())
