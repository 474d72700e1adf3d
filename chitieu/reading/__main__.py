"""`python -m chitieu.reading FILE [FILE ...] [--out DIR]`: the claims and counts read from .txt (UTF-8) or .docx
files as JSON, without starting Django: on stdout for one file, one `<file>.json` per input in DIR for many."""

import argparse
import sys
from pathlib import Path

from chitieu.reading.batch import extract_files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chitieu extract", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, help="Tệp .txt (UTF-8), .docx, hoặc thư mục.")
    parser.add_argument("--out", type=Path, help="Thư mục ghi kết quả (một tệp JSON cho mỗi tệp đọc).")
    args = parser.parse_args(argv)
    errors = extract_files(args.files, args.out, sys.stdout)
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
