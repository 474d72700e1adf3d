"""A draft turned into its files: the evaluation at the draft's date, the header values, the Word document and
the Excel annex."""

from datetime import date

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language

from chitieu.documents import word, workbook
from chitieu.documents.annex import Annex, build_annex
from chitieu.documents.issuers import Issuer, draft_issuer, place_and_date
from chitieu.documents.models import ReportDraft
from chitieu.documents.narrative import resolution_name
from chitieu.documents.queries import evaluate_for_report


def annex_for(draft: ReportDraft) -> Annex:
    """The annex drawn from the same evaluation as the draft's text: the figures known when the text was
    generated (or on the date the office chose), so the two agree on every figure and forecast."""
    resolution = draft.resolution
    result = evaluate_for_report(resolution, draft.kind, draft.as_of, knowledge_date(draft))
    title = (
        f"Kết quả thực hiện các chỉ tiêu chủ yếu của {resolution_name(resolution)} "
        f"(số liệu tính đến ngày {draft.as_of:%d/%m/%Y})"
    )
    return build_annex(result, draft.as_of, title)


def knowledge_date(draft: ReportDraft) -> date:
    """What the draft's figures were known as of: the office's date, else the day its text was generated."""
    return draft.known_on or timezone.localdate(draft.generated_at)


def number_text(draft: ReportDraft, issuer: Issuer | None = None) -> str:
    """'01-BC/HU', '01/BC-UBND'; blanks where the number goes while none is given."""
    return (issuer or draft_issuer(draft)).number_text(draft.body, draft.number)


def attachment_line(draft: ReportDraft, issuer: Issuer) -> str:
    return (
        f"(Kèm theo Báo cáo số {number_text(draft, issuer)} ngày {draft.dated:%d/%m/%Y} của {issuer.title})"
    )


def placeholder_values(draft: ReportDraft, issuer: Issuer, annex: Annex) -> dict[str, str]:
    """Every inline placeholder of the template documents (docs/documents.md lists them)."""
    return {
        "co_quan_cap_tren": issuer.superior,
        "co_quan_ban_hanh": issuer.name,
        "so_hieu": number_text(draft, issuer),
        "dia_danh_ngay": place_and_date(draft.place, draft.dated),
        "trich_yeu": draft.subject,
        "tm_ky": issuer.on_behalf,
        "chuc_vu_ky": (draft.signer_title or issuer.signer_title).upper(),
        "nguoi_ky": draft.signer,
        "tieu_de_phu_luc": annex.title,
        "kem_theo": attachment_line(draft, issuer),
        "ghi_chu_phu_luc": annex.notes,
    }


def docx_bytes(draft: ReportDraft) -> bytes:
    issuer = draft_issuer(draft)
    annex = annex_for(draft)
    return word.render(
        word.template_path(draft.body),
        placeholder_values(draft, issuer, annex),
        body=[line.strip() for line in draft.text.splitlines() if line.strip()],
        recipients=[line.strip() for line in draft.recipients.splitlines() if line.strip()],
        annex=annex,
    )


def xlsx_bytes(draft: ReportDraft) -> bytes:
    issuer = draft_issuer(draft)
    return workbook.render(annex_for(draft), attachment_line(draft, issuer))


# The start of a file's name per report kind, in Vietnamese and in English (the kind's code is English).
FILE_WORDS: dict[str, tuple[str, str]] = {
    "6m": ("bao-cao-6-thang", "6-month-report"),
    "9m": ("bao-cao-9-thang", "9-month-report"),
    "annual": ("bao-cao-nam", "annual-report"),
    "mid-term": ("bao-cao-so-ket-giua-nhiem-ky", "mid-term-review"),
    "end-of-term": ("bao-cao-tong-ket-nhiem-ky", "end-of-term-review"),
}


def file_name(draft: ReportDraft, extension: str) -> str:
    """'bao-cao-so-ket-giua-nhiem-ky-phu-luong-2023-06-30.docx' ('mid-term-review-…' in English): ASCII, so
    every browser and mail client keeps it."""
    vietnamese, english = FILE_WORDS.get(draft.kind, ("bao-cao", "report"))
    words = english if (get_language() or "vi").startswith("en") else vietnamese
    locality = slugify(draft.resolution.locality.name.replace("đ", "d").replace("Đ", "D"))
    return f"{words}-{locality}-{draft.as_of:%Y-%m-%d}.{extension}"
