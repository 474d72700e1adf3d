"""Evidence files: the size limit and the allowed types, told by the first bytes of the file, not by its name."""

import zipfile
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from chitieu.core.numbers import format_number

MAX_BYTES = 10 * 1024 * 1024
ALLOWED = ("pdf", "docx", "xlsx", "jpg", "png")
_EXTENSIONS = {"pdf": {"pdf"}, "docx": {"docx"}, "xlsx": {"xlsx"}, "jpg": {"jpg", "jpeg"}, "png": {"png"}}


def sniff(upload: UploadedFile) -> str | None:
    """The file's real type among ALLOWED, read from its content; None if it is none of them."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return None
        finally:
            upload.seek(0)
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
    return None


def check_evidence(upload: UploadedFile) -> str:
    """The file's type if it may be kept; ValidationError in Vietnamese otherwise."""
    if upload.size > MAX_BYTES:
        size = format_number(Decimal(upload.size) / 1024 / 1024, 1)
        raise ValidationError(f"Tệp “{upload.name}” nặng {size} MB, quá giới hạn 10 MB.")
    found = sniff(upload)
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if found is None or extension not in _EXTENSIONS[found]:
        raise ValidationError(
            f"Tệp “{upload.name}” không đúng loại được nhận (PDF, Word .docx, Excel .xlsx, ảnh JPG hoặc PNG) "
            "hoặc phần đuôi tên tệp không khớp với nội dung."
        )
    return found
