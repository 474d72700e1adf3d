"""Vietnamese alphabetical order: a ă â b c d đ e ê … o ô ơ … u ư v x y, tones after letters, numbers by value.

Databases sort by their own collation, where "Đồng Hỷ" comes after "Yên Bình". `vn_key` orders Python lists;
the collation named "vi" (registered on every SQLite connection, created by a migration on PostgreSQL with
ICU's Vietnamese rules) orders querysets: `.order_by(by_name("name"))`.
"""

import unicodedata
from functools import lru_cache

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import F
from django.db.models.functions import Collate

COLLATION = "vi"
# Latin letters not in the Vietnamese alphabet (f, j, w, z) keep their Latin places.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: rank for rank, letter in enumerate(ALPHABET)}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)
# The dictionaries' order of tones, as in Unicode's CLDR: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

type Key = tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]


@lru_cache(maxsize=16384)
def vn_key(text: str) -> Key:
    """Sort key: letters by the Vietnamese alphabet, then tones, then case; digit runs compare as numbers."""
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    decomposed = unicodedata.normalize("NFD", text.casefold())
    index, length = 0, len(decomposed)
    while index < length:
        char = decomposed[index]
        index += 1
        if char.isdigit():
            start = index - 1
            while index < length and decomposed[index].isdigit():
                index += 1
            primary.append((1, int(decomposed[start:index])))
            continue
        marks = []
        while index < length and unicodedata.combining(decomposed[index]):
            marks.append(decomposed[index])
            index += 1
        letter = unicodedata.normalize("NFC", char + "".join(m for m in marks if m in _LETTER_MARKS))
        tone = max((_TONES.get(m, 0) for m in marks), default=0)
        if letter in _RANK:
            primary.append((2, _RANK[letter]))
            tones.append(tone)
        elif char.isalpha():
            primary.append((3, ord(letter[0])))
            tones.append(tone)
        else:  # spaces and punctuation come before letters and numbers
            primary.append((0, ord(char)))
    return tuple(primary), tuple(tones), text


def by_name(field: str = "name") -> Collate:
    """An order_by expression: the field in Vietnamese order, on SQLite and PostgreSQL alike."""
    return Collate(F(field), COLLATION)


def _compare(left: str, right: str) -> int:
    a, b = vn_key(left), vn_key(right)
    return (a > b) - (a < b)


def register_sqlite_collation(sender: object, connection: BaseDatabaseWrapper, **kwargs: object) -> None:
    """Connected to connection_created by CoreConfig.ready: SQLite knows only the collations it is given."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, _compare)
