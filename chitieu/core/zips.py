"""The guard every reader of an uploaded .xlsx or .docx passes first: the zip's entries checked before parsing.

A 232 KB Word file whose document.xml unpacks to 80 MB, or a 416 KB workbook holding one 400 MB string, is
refused here from the sizes its directory declares, without inflating a byte. Python's zipfile never inflates
an entry beyond its declared size (it stops there and fails the CRC check), so the declared sizes are a bound.
"""

import io
import zipfile
import zlib
from typing import IO

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from chitieu.core.numbers import format_number

MAX_ENTRIES = 10_000
# Small entries are not held to the ratio: a few KB of repeated styles compress far better than 100 to 1.
RATIO_FLOOR_BYTES = 1024 * 1024
MACRO_PARTS = ("vbaproject.bin", "vbadata.xml", "activex")
# What a damaged zip raises, opened or read: a bad header or offset, a corrupt deflate stream, a cut-off member,
# a zip version or compression method Python does not read (each found by Hypothesis, results/tests/test_fuzz.py).
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


class ArchiveRefused(ValueError):
    """The zip is damaged, or unpacks to more than the limits allow; the message is for the user."""


def open_checked(
    source: IO[bytes] | bytes, kind: str = "tệp", max_unpacked: int | None = None
) -> zipfile.ZipFile:
    """The zip opened after checking its entries' count, unpacked size and compression ratio.

    `kind` names the file in the message ("bảng tính", "tệp Word"); `max_unpacked` lowers the settings' limit
    for a reader that holds the whole XML in memory. Raises ArchiveRefused.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes | bytearray) else source)
    except DAMAGED as exc:
        raise ArchiveRefused(f"Không mở được {kind}: tệp hỏng hoặc không đúng định dạng.") from exc
    try:
        check_entries(archive, kind, max_unpacked)
    except ArchiveRefused:
        archive.close()
        raise
    return archive


def check_entries(archive: zipfile.ZipFile, kind: str = "tệp", max_unpacked: int | None = None) -> None:
    """ArchiveRefused when the entries are too many, unpack to too much, or compress suspiciously well."""
    limit = limit_setting("CHITIEU_UNZIPPED_MAX_BYTES", 200 * 1024 * 1024)
    limit = min(limit, max_unpacked or limit)
    ratio = limit_setting("CHITIEU_UNZIP_MAX_RATIO", 100)
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise ArchiveRefused(f"{_capital(kind)} có quá nhiều phần ({len(entries)}); không đọc.")
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > RATIO_FLOOR_BYTES and entry.file_size > ratio * max(entry.compress_size, 1):
            raise ArchiveRefused(
                f"{_capital(kind)} bị nén bất thường (phần “{entry.filename[:80]}” giải nén lớn gấp "
                f"hơn {ratio} lần): không đọc. Hãy lưu lại tệp bằng Excel hoặc Word rồi tải lên lại."
            )
    if total > limit:
        raise ArchiveRefused(
            f"{_capital(kind)} khi giải nén lớn {_megabytes(total)} MB, quá giới hạn "
            f"{_megabytes(limit)} MB. Hãy chia thành nhiều tệp nhỏ hơn."
        )


class TextTooLong(ArchiveRefused):
    """One piece of XML text (a cell, a string) is longer than any spreadsheet cell may be."""


class XmlStream(io.RawIOBase):
    """An entry of the zip read as a stream that refuses a run of more than `MAX_RUN` bytes without a tag.

    A streaming XML parser still gathers one text node whole before handing it over: this bounds that node
    (Excel itself keeps at most 32.767 characters in a cell) before the parser sees it.
    """

    MAX_RUN = 256 * 1024

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.run = 0  # bytes since the last "<"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self.stream.read(len(buffer))
        pieces = data.split(b"<")
        if len(pieces) == 1:
            self.run += len(data)
        else:
            longest = max(self.run + len(pieces[0]), max(map(len, pieces[1:-1]), default=0))
            self.run = len(pieces[-1])
            if longest > self.MAX_RUN:
                raise TextTooLong("Tệp có một ô hoặc một đoạn chữ quá dài (hơn 32.767 ký tự): không đọc.")
        if self.run > self.MAX_RUN:
            raise TextTooLong("Tệp có một ô hoặc một đoạn chữ quá dài (hơn 32.767 ký tự): không đọc.")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.stream.close()
        super().close()


def open_xml(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    """The XML entry `name` as a buffered stream for iterparse, its text nodes bounded (see XmlStream)."""
    return io.BufferedReader(XmlStream(archive.open(name)), buffer_size=1 << 16)


def has_macros(archive: zipfile.ZipFile) -> bool:
    """Whether an Office file carries a VBA project or ActiveX controls, whatever its extension says."""
    return any(part in name.lower() for name in archive.namelist() for part in MACRO_PARTS)


def limit_setting(name: str, default: int) -> int:
    """A limit from settings.py; its default when the reader runs without Django (`python -m chitieu.reading`)."""
    try:
        return int(getattr(settings, name, default))
    except ImproperlyConfigured:
        return default


def _capital(kind: str) -> str:
    return kind[:1].upper() + kind[1:]  # str.capitalize() would lower "Word"


def _megabytes(size: int) -> str:
    return format_number(size // (1024 * 1024))
