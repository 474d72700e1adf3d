"""URL converters that refuse, with a 404, a parameter no page can answer for; registered once, on import."""

from django.urls import register_converter

MIN_YEAR, MAX_YEAR = 1900, 2100


class YearConverter:
    """A year of four digits between 1900 and 2100: /…/10000/ is not found rather than a date that cannot exist."""

    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        year = int(value)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(value)  # Django answers 404 for a converter's ValueError
        return year

    def to_url(self, value: int) -> str:
        return str(value)


# Here rather than in the URL map: a URL map imported again (after an error) would register it twice, an error.
register_converter(YearConverter, "year")
