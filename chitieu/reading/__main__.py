"""`python -m chitieu.reading FILE`: print the claims and counts read from a .txt (UTF-8) or .docx file as JSON."""

import argparse
import sys
from pathlib import Path

from chitieu.reading.extract import extract, read_text, to_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chitieu.reading", description=__doc__)
    parser.add_argument("file", type=Path, help="a .txt file in UTF-8, or a .docx file")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        parser.error(f"{args.file}: no such file")
    print(to_json(extract(read_text(args.file))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
