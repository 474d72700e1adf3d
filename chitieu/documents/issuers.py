"""Who issues a report and how its header names them: the locality's Party committee or People's Committee."""

from dataclasses import dataclass
from datetime import date

from chitieu.documents.models import Body, ReportDraft
from chitieu.localities.models import Locality

# The committee of each kind of unit and the code after the slash in "Số 53-BC/HU" (Hướng dẫn 36-HD/VPTW).
PARTY_COMMITTEES: dict[str, tuple[str, str]] = {
    "tỉnh": ("Tỉnh ủy", "TU"),
    "thành phố trực thuộc trung ương": ("Thành ủy", "TU"),
    "huyện": ("Huyện ủy", "HU"),
    "quận": ("Quận ủy", "QU"),
    "thị xã": ("Thị ủy", "TU"),
    "thành phố": ("Thành ủy", "TU"),
    "xã": ("Đảng ủy xã", "ĐU"),
    "phường": ("Đảng ủy phường", "ĐU"),
    "thị trấn": ("Đảng ủy thị trấn", "ĐU"),
    "đặc khu": ("Đảng ủy đặc khu", "ĐU"),
}
REPORT_TYPE = "BC"


@dataclass(frozen=True)
class Issuer:
    superior: str  # the line above the issuing body, "" when there is none
    name: str  # as the header prints it: "HUYỆN ỦY PHÚ LƯƠNG"
    title: str  # as a sentence writes it: "Huyện ủy Phú Lương"
    actor: str  # who reports, in the narrative: "Ban Thường vụ Huyện ủy"
    code: str
    on_behalf: str  # "T/M BAN THƯỜNG VỤ"
    signer_title: str
    recipients: str

    def number_text(self, body: str, number: int | None) -> str:
        """'53-BC/HU' for a Party committee, '12/BC-UBND' for a People's Committee; spaces left for the
        clerk to write the number by hand while none is given."""
        shown = f"{number:02d}" if number is not None else "\u00a0" * 6
        if body == Body.PARTY:
            return f"{shown}-{REPORT_TYPE}/{self.code}"
        return f"{shown}/{REPORT_TYPE}-{self.code}"


def _committee(locality: Locality) -> tuple[str, str]:
    """('Huyện ủy', 'HU') for a district: the committee's word and code."""
    kind = locality.type_name.strip().lower()
    return PARTY_COMMITTEES.get(kind, (f"Đảng ủy {kind}", "ĐU"))


def issuer_for(locality: Locality, body: str) -> Issuer:
    """The header of a report issued at `locality` by its Party committee or its People's Committee."""
    parent = locality.parent
    word, code = _committee(locality)
    committee = f"{word} {locality.name}"
    if body == Body.PARTY:
        commune = code == "ĐU"
        above = (
            f"Ban Thường vụ {_committee(parent)[0]}" if parent is not None else "Ban Bí thư Trung ương Đảng"
        )
        return Issuer(
            # A provincial committee answers to the Central Committee, which the header does not name.
            superior=f"Đảng bộ {parent.full_name}".upper() if parent is not None else "",
            name=committee.upper(),
            title=committee,
            actor=word if commune else f"Ban Thường vụ {word}",
            code=code,
            on_behalf="T/M ĐẢNG ỦY" if commune else "T/M BAN THƯỜNG VỤ",
            signer_title="BÍ THƯ",
            recipients="\n".join(
                [
                    f"- {above} (b/c),",
                    f"- Các đồng chí {'đảng ủy viên' if commune else word + ' viên'},",
                    f"- Lưu Văn phòng {word}.",
                ]
            ),
        )
    above = f"UBND {parent.type_name.lower()} {parent.name}" if parent is not None else "Chính phủ"
    return Issuer(
        superior="",
        name=f"Ủy ban nhân dân {locality.full_name}".upper(),
        title=f"Ủy ban nhân dân {locality.type_name.lower()} {locality.name}",
        actor=f"Ủy ban nhân dân {locality.type_name.lower()}",
        code="UBND",
        on_behalf="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        recipients="\n".join(
            [
                f"- {above} (b/c),",
                f"- TT {word}, TT HĐND {locality.type_name.lower()},",
                "- Lưu: VT.",
            ]
        ),
    )


def draft_issuer(draft: ReportDraft) -> Issuer:
    return issuer_for(draft.resolution.locality, draft.body)


def number_series(draft: ReportDraft) -> str:
    """The numbering period: the committee's term for a Party committee, the calendar year for a People's
    Committee."""
    return draft.resolution.term.name if draft.body == Body.PARTY else str(draft.dated.year)


def place_and_date(place: str, day: date) -> str:
    """'Phú Lương, ngày 05 tháng 02 năm 2023': days below 10 and the months January and February take a
    leading zero (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
