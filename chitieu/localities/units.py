"""The official unit lists of both eras and their 2025 lineage, read from the installed packages as plain rows."""

import difflib
import importlib.util
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from vietnam_provinces import Province, VietNamDivisionType, Ward

from chitieu.localities.models import Locality, LocalityLink

LEGACY = Locality.Scheme.LEGACY.value
CURRENT = Locality.Scheme.CURRENT.value

# The last day of districts and of the 63 provinces, and the first of the 34-province list.
LEGACY_UNTIL = date(2025, 6, 30)
REFORM_DATE = date(2025, 7, 1)


@dataclass(frozen=True)
class LevelRow:
    slug: str
    rank: int
    name: str


LEVELS = (
    LevelRow("province", 1, "Tỉnh, thành phố"),
    LevelRow("district", 2, "Huyện, quận, thị xã, thành phố thuộc tỉnh"),
    LevelRow("commune", 3, "Xã, phường, thị trấn, đặc khu"),
    LevelRow("hamlet", 4, "Thôn, ấp, bản, tổ dân phố"),
)

# The legal basis of a lineage link, by the level of its successor.
LEGAL_BASIS = {
    "province": "Nghị quyết 202/2025/QH15",
    "commune": "Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025",
}

# The demo covers a merged province (Thái Nguyên + Bắc Kạn), two unchanged ones (Lai Châu, Quảng Ninh)
# and a province absorbed into a city (Hậu Giang → Cần Thơ); their successors come with them.
DEMO_LEGACY_PROVINCES = ("tinhthainguyen", "tinhbackan", "tinhlaichau", "tinhquangninh", "tinhhaugiang")

# Longest first where one type word starts another.
TYPE_WORDS = {
    "province": ("Thành phố", "Tỉnh"),
    "district": ("Thành phố", "Thị xã", "Huyện", "Quận"),
    "commune": ("Thị trấn", "Đặc khu", "Phường", "Xã"),
}

DIVISION_TYPE_NAMES = {
    VietNamDivisionType.TINH: "Tỉnh",
    VietNamDivisionType.THANH_PHO_TRUNG_UONG: "Thành phố",
    VietNamDivisionType.XA: "Xã",
    VietNamDivisionType.PHUONG: "Phường",
    VietNamDivisionType.DAC_KHU: "Đặc khu",
}


@dataclass(frozen=True)
class UnitRow:
    """One unit; `key` chains the package keys from the province down, joined by "_"."""

    scheme: str
    level: str
    code: str
    name: str
    type_name: str
    key: str
    parent_level: str
    parent_code: str
    province_code: str

    @property
    def full_name(self) -> str:
        return f"{self.type_name} {self.name}"


@dataclass(frozen=True)
class LinkRow:
    """A legacy unit continuing, wholly or in part, as a current one."""

    predecessor_level: str
    predecessor_code: str
    predecessor_province: str
    successor_level: str
    successor_code: str
    successor_province: str
    kind: str
    is_primary: bool
    legal_basis: str


@dataclass(frozen=True)
class ProvinceSelection:
    """Province codes to load, per era."""

    legacy: frozenset[str]
    current: frozenset[str]


class UnknownProvinceError(ValueError):
    """No province of either era matches what was typed."""

    def __init__(self, text: str, suggestions: list[str]) -> None:
        self.text = text
        self.suggestions = suggestions
        message = f"Không tìm thấy tỉnh, thành phố “{text}”."
        if suggestions:
            message += " Có phải bạn muốn: " + ", ".join(suggestions) + "?"
        else:
            message += " Hãy gõ tên tỉnh (có hoặc không dấu), mã tỉnh, “demo”, hoặc dùng --all."
        super().__init__(message)


def fold(text: str) -> str:
    """'Thành phố Hà Nội' → 'thanh pho ha noi': for matching what people type, with or without diacritics."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def split_type(full_name: str, level: str) -> tuple[str, str]:
    """'Thành Phố Bắc Kạn' → ('Thành phố', 'Bắc Kạn'), with the type word spelled the official way."""
    full_name = unicodedata.normalize("NFC", full_name).strip()
    lowered = full_name.casefold()
    for word in TYPE_WORDS[level]:
        if lowered.startswith(word.casefold() + " "):
            return word, full_name[len(word) :].strip()
    raise ValueError(f"“{full_name}” does not start with a {level} type word.")


def _package_dir(package: str) -> Path:
    # find_spec locates the package without importing it: vietnamadminunits' __init__ loads its address
    # parser, which costs more than reading the whole list.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"The package {package} is not installed.")
    return Path(next(iter(spec.submodule_search_locations)))


def _query(sql: str) -> list[sqlite3.Row]:
    path = _package_dir("vietnamadminunits") / "data" / "dataset.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(sql).fetchall()


@cache
def _converter() -> dict[str, dict]:
    path = _package_dir("vietnamadminunits") / "data" / "converter_2025.json"
    with path.open(encoding="utf-8") as file:
        return json.load(file)


@cache
def legacy_units() -> tuple[UnitRow, ...]:
    """The 63 provinces, their districts and communes before 1/7/2025 (vietnamadminunits)."""
    units: dict[tuple[str, str], UnitRow] = {}
    for row in _query(
        "SELECT province, provinceCode, provinceKey, district, districtCode, districtKey,"
        " ward, wardCode, wardKey FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
    ):
        province_code = row["provinceCode"]
        if ("province", province_code) not in units:
            type_name, name = split_type(row["province"], "province")
            units["province", province_code] = UnitRow(
                LEGACY, "province", province_code, name, type_name, row["provinceKey"], "", "", province_code
            )
        district_key = f"{row['provinceKey']}_{row['districtKey']}"
        if ("district", row["districtCode"]) not in units:
            type_name, name = split_type(row["district"], "district")
            units["district", row["districtCode"]] = UnitRow(
                LEGACY,
                "district",
                row["districtCode"],
                name,
                type_name,
                district_key,
                "province",
                province_code,
                province_code,
            )
        # Island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) had no communes.
        if row["wardCode"]:
            # The name, not wardType, decides the type: the package has "Phường 5" typed as Xã.
            type_name, name = split_type(row["ward"], "commune")
            units["commune", row["wardCode"]] = UnitRow(
                LEGACY,
                "commune",
                row["wardCode"],
                name,
                type_name,
                f"{district_key}_{row['wardKey']}",
                "district",
                row["districtCode"],
                province_code,
            )
    return tuple(units.values())


@cache
def current_units() -> tuple[UnitRow, ...]:
    """The 34 provinces and 3.321 communes from 1/7/2025 (vietnam-provinces, keys from vietnamadminunits)."""
    province_keys: dict[str, str] = {}
    ward_keys: dict[str, str] = {}
    for row in _query("SELECT provinceCode, provinceKey, wardCode, wardKey FROM admin_units"):
        province_keys[row["provinceCode"]] = row["provinceKey"]
        ward_keys[row["wardCode"]] = f"{row['provinceKey']}_{row['wardKey']}"
    units: list[UnitRow] = []
    for province in sorted(Province.iter_all(), key=lambda p: int(p.code)):
        code = f"{int(province.code):02d}"
        name = split_type(province.name, "province")[1]
        type_name = DIVISION_TYPE_NAMES[province.division_type]
        units.append(
            UnitRow(CURRENT, "province", code, name, type_name, province_keys.get(code, ""), "", "", code)
        )
    for ward in sorted(Ward.iter_all(), key=lambda w: int(w.code)):
        code = f"{int(ward.code):05d}"
        province_code = f"{int(ward.province_code):02d}"
        name = split_type(ward.name, "commune")[1]
        type_name = DIVISION_TYPE_NAMES[ward.division_type]
        # A code missing from vietnamadminunits leaves the key blank: the unit loads but gets no lineage.
        key = ward_keys.get(code, "")
        units.append(
            UnitRow(CURRENT, "commune", code, name, type_name, key, "province", province_code, province_code)
        )
    return tuple(units)


@cache
def lineage() -> tuple[LinkRow, ...]:
    """Legacy → current links of 1/7/2025 from vietnamadminunits' converter, by official codes.

    A successor with a single, whole predecessor continues it (RENAME); several whole predecessors MERGE;
    a predecessor divided among several successors links to each by SPLIT, primary for the package's default.
    The island districts without communes continue as the đặc khu of the same name.
    """
    legacy = {row.key: row for row in legacy_units()}
    current = {row.key: row for row in current_units() if row.key}
    converter = _converter()

    links: list[LinkRow] = []
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        kind = LocalityLink.Kind.RENAME if len(old_keys) == 1 else LocalityLink.Kind.MERGE
        links.extend(_link(legacy[old], current[new_key], kind, True) for old in old_keys)

    # new key → [(old key, taken whole, primary)]
    sources: dict[str, list[tuple[str, bool, bool]]] = {}
    for province_key, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, old_keys in wards.items():
            sources.setdefault(f"{province_key}_{ward_key}", []).extend((old, True, True) for old in old_keys)
    for province_key, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in divided.items():
            for part in parts:
                new_key = f"{province_key}_{part['newWardKey']}"
                sources.setdefault(new_key, []).append((old_key, False, bool(part["isDefaultNewWard"])))
    for new_key, olds in sources.items():
        for old_key, whole, primary in olds:
            if not whole:
                kind = LocalityLink.Kind.SPLIT
            elif len(olds) == 1:
                kind = LocalityLink.Kind.RENAME
            else:
                kind = LocalityLink.Kind.MERGE
            # The converter writes a commune-less district as "province_district_".
            links.append(_link(legacy[old_key.rstrip("_")], current[new_key], kind, primary))
    return tuple(links)


def _link(old: UnitRow, new: UnitRow, kind: str, primary: bool) -> LinkRow:
    return LinkRow(
        old.level,
        old.code,
        old.province_code,
        new.level,
        new.code,
        new.province_code,
        kind,
        primary,
        LEGAL_BASIS[new.level],
    )


def _province_pairs() -> set[tuple[str, str]]:
    return {
        (link.predecessor_code, link.successor_code)
        for link in lineage()
        if link.successor_level == "province"
    }


def all_provinces() -> ProvinceSelection:
    return ProvinceSelection(
        legacy=frozenset(row.code for row in legacy_units() if row.level == "province"),
        current=frozenset(row.code for row in current_units() if row.level == "province"),
    )


def select_provinces(texts: Iterable[str]) -> ProvinceSelection:
    """Provinces named by name (with or without type or diacritics), code, or "demo"; plus their counterparts.

    A legacy province brings its current successor and a current province its legacy predecessors, so the
    links between them can be built. Raises UnknownProvinceError for the first text matching nothing.
    """
    provinces = [row for row in (*legacy_units(), *current_units()) if row.level == "province"]
    legacy: set[str] = set()
    current: set[str] = set()
    demo: set[str] = set()
    for text in texts:
        if fold(text) == "demo":
            demo.update(
                row.code for row in provinces if row.scheme == LEGACY and row.key in DEMO_LEGACY_PROVINCES
            )
            continue
        matches = [row for row in provinces if _matches(text, row)]
        if not matches:
            raise UnknownProvinceError(text, _close_names(text, provinces))
        legacy.update(row.code for row in matches if row.scheme == LEGACY)
        current.update(row.code for row in matches if row.scheme == CURRENT)
    pairs = _province_pairs()
    # Expanded one step only, so the demo brings Cần Thơ without the rest of its predecessors.
    successors = {new for old, new in pairs if old in legacy | demo}
    predecessors = {old for old, new in pairs if new in current}
    return ProvinceSelection(
        legacy=frozenset(legacy | demo | predecessors), current=frozenset(current | successors)
    )


_PROVINCE_TYPE_PREFIX = re.compile(r"^(tinh|thanh pho|tp) ")


def _matches(text: str, row: UnitRow) -> bool:
    typed = text.strip()
    if typed.isdigit():
        return typed.zfill(2) == row.code
    folded = fold(typed)
    bare = _PROVINCE_TYPE_PREFIX.sub("", folded)
    return fold(row.name) in (folded, bare) or folded.replace(" ", "") == row.key


def _close_names(text: str, provinces: list[UnitRow], limit: int = 5) -> list[str]:
    names = {fold(row.name): row.name for row in provinces}
    typed = _PROVINCE_TYPE_PREFIX.sub("", fold(text))
    return [names[match] for match in difflib.get_close_matches(typed, list(names), n=limit, cutoff=0.6)]
