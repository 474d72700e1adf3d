"""Reporting periods as (start, end) dates: the calendar year, months from January, a quarter, a month."""

import calendar
from datetime import date


def calendar_year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def months_from_january(year: int, months: int) -> tuple[date, date]:
    """'6 tháng', '9 tháng đầu năm': cumulative from 1 January."""
    return date(year, 1, 1), month_end(year, months)


def month(year: int, number: int) -> tuple[date, date]:
    return date(year, number, 1), month_end(year, number)


def quarter(year: int, number: int) -> tuple[date, date]:
    return date(year, 3 * number - 2, 1), month_end(year, 3 * number)


def term(first_year: int, last_year: int) -> tuple[date, date]:
    """'Lũy kế 2021–2023' from the first year of the term."""
    return date(first_year, 1, 1), date(last_year, 12, 31)


def month_end(year: int, number: int) -> date:
    return date(year, number, calendar.monthrange(year, number)[1])
