"""Reading many files in one process: `chitieu extract FILE [FILE ...] --out DIR` writes one JSON per input."""

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from chitieu.reading.extract import extract, read_text, to_json

READABLE = (".txt", ".docx")


def inputs(paths: list[Path]) -> Iterator[Path]:
    """The files named, a folder standing for the .txt and .docx files directly in it (in name order)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in READABLE and p.is_file())
        else:
            yield path


def read_file(path: Path) -> str:
    """The text of one file; ValueError with a message in Vietnamese when it cannot be read."""
    if not path.is_file():
        raise ValueError(f"Không tìm thấy tệp “{path}”.")
    try:
        return read_text(path)
    except UnicodeDecodeError as error:
        raise ValueError(f"Không đọc được “{path}”: tệp .txt phải được lưu với mã UTF-8.") from error
    except (OSError, ValueError) as error:
        raise ValueError(f"Không đọc được “{path}”: {error}") from error


def extract_files(paths: list[Path], out: Path | None, stdout: TextIO) -> list[str]:
    """Read every input; without `out` the only input's JSON goes to `stdout`. The errors, in Vietnamese."""
    files = list(inputs(paths))
    if out is None:
        if len(files) != 1:
            return ["Đọc nhiều tệp (hoặc một thư mục) cần --out THƯ_MỤC để ghi kết quả từng tệp."]
        try:
            stdout.write(to_json(extract(read_file(files[0]))) + "\n")
        except ValueError as error:
            return [str(error)]
        return []
    out.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    written: set[str] = set()
    for path in files:
        name = f"{path.name}.json"  # the contract's OUTPUT_DIR/<file>.json
        if name in written:
            errors.append(f"Bỏ qua “{path}”: đã có một tệp cùng tên “{path.name}” trong lần đọc này.")
            continue
        try:
            result = to_json(extract(read_file(path)))
        except ValueError as error:
            errors.append(str(error))
            continue
        (out / name).write_text(result + "\n", encoding="utf-8")
        written.add(name)
    return errors
