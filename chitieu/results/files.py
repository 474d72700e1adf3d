"""Evidence files: the size limit and the allowed types, told by the first bytes of the file, not by its name."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from chitieu.core import zips
from chitieu.core.numbers import format_number

ALLOWED = ("pdf", "docx", "xlsx", "jpg", "png")
_MAGIC = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}
# Seven bytes or more each: a compressed stream of a real PDF or photo holds none of them by chance.
_MARKUP = (
    b"<script",
    b"<html",
    b"<body",
    b"<iframe",
    b"<!doctype",
    b"<svg",
    b"<object",
    b"<embed",
    b"javascript:",
)
_EXTENSIONS = {"pdf": {"pdf"}, "docx": {"docx"}, "xlsx": {"xlsx"}, "jpg": {"jpg", "jpeg"}, "png": {"png"}}


def sniff(upload: UploadedFile) -> str | None:
    """The file's real type among ALLOWED, read from its content; None if it is none of them, or if it hides
    something else: HTML or script in a PDF or picture (a polyglot), macros in a Word or Excel file."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"PK\x03\x04"):
        return _office_type(upload)
    found = next((kind for kind, magic in _MAGIC.items() if head.startswith(magic)), None)
    if found is None or _has_markup(upload):
        return None
    return found


def _office_type(upload: UploadedFile) -> str | None:
    try:
        with zips.open_checked(upload) as archive:
            names = set(archive.namelist())
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            if zips.has_macros(archive) or b"macroenabled" in types.lower():
                return None
    except (KeyError, *zips.DAMAGED):  # zips.ArchiveRefused is a ValueError
        return None
    finally:
        upload.seek(0)
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def _has_markup(upload: UploadedFile) -> bool:
    """Whether HTML or script hides in the file, which a browser told the wrong type would run."""
    tail = b""
    try:
        for chunk in upload.chunks():
            text = tail + chunk.lower()
            if any(marker in text for marker in _MARKUP):
                return True
            tail = text[-16:]
        return False
    finally:
        upload.seek(0)


def check_evidence(upload: UploadedFile) -> str:
    """The file's type if it may be kept; ValidationError in Vietnamese otherwise."""
    limit = settings.CHITIEU_EVIDENCE_MAX_BYTES
    if upload.size > limit:
        size = format_number(Decimal(upload.size) / 1024 / 1024, 1)
        raise ValidationError(
            f"Tệp “{upload.name}” nặng {size} MB, quá giới hạn {format_number(limit // (1024 * 1024))} MB."
        )
    found = sniff(upload)
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if found is None or extension not in _EXTENSIONS[found]:
        raise ValidationError(
            f"Tệp “{upload.name}” không đúng loại được nhận (PDF, Word .docx, Excel .xlsx, ảnh JPG hoặc PNG), "
            "phần đuôi tên tệp không khớp với nội dung, hoặc tệp chứa macro hay mã HTML/script."
        )
    return found
