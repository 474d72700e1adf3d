"""Every URL of the site, with ids and years out of range or malformed, answers 404 or 400 (or a login page),
never 500, to each persona and to an anonymous visitor (issue 18)."""

import re
from collections.abc import Iterator

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

# Each value replaces every parameter of a pattern in turn: beyond any id the database holds (and beyond 64 bits),
# zero, a year beyond four digits; for text parameters, a long one and a broken UTF-8 sequence.
BAD_NUMBERS = ["99999999999999999999999", "0", "10000"]
BAD_TEXTS = ["x" * 300, "%C3%28"]
NUMERIC_NAMES = re.compile(r"(^|_)(id|pk|year)$")
PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def patterns(resolvers=None, prefix: str = "") -> Iterator[str]:
    """Every route of the URL map written as a string with its <converter:name> parameters."""
    for entry in resolvers if resolvers is not None else get_resolver().url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from patterns(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            yield prefix + route


def filled(route: str) -> Iterator[str]:
    """The route with every parameter set to each bad value of its kind, the others to 1."""
    parameters = list(PARAMETER.finditer(route))
    if not parameters:
        return
    for position, _parameter in enumerate(parameters):
        converter, name = parameters[position]["converter"], parameters[position]["name"]
        numeric = converter in ("int", "id", "year") or (
            converter in (None, "str") and NUMERIC_NAMES.search(name)
        )
        for bad in BAD_NUMBERS if numeric else BAD_TEXTS:
            url, values = route, []
            for index, _other in enumerate(parameters):
                values.append(bad if index == position else "1")
            for other, value in zip(reversed(parameters), reversed(values), strict=True):
                url = url[: other.start()] + value + url[other.end() :]
            yield "/" + url.lstrip("^").rstrip("$").replace("\\", "")


# The back office repeats the same five views for every model: one model's are walked.
ROUTES = sorted(
    {
        url
        for route in patterns()
        if not route.startswith("admin/") or route.startswith(("admin/auth/user/", "admin/r/"))
        for url in filled(route)
        if "(?P" not in url
    }
)


def test_the_walk_covers_the_site():
    assert len(ROUTES) > 50
    assert any(url.startswith("/localities/") and "10000" in url for url in ROUTES)


@pytest.fixture
def visitors(client, world, approver, reporter, outsider):
    """An anonymous visitor and the three personas, each with a client of their own."""
    from django.test import Client

    people = {"anonymous": client}
    for name, user in {"approver": approver, "reporter": reporter, "outsider": outsider}.items():
        person = Client(raise_request_exception=False)
        person.force_login(user)
        people[name] = person
    client.raise_request_exception = False
    return people


def test_no_url_answers_500_to_out_of_range_or_malformed_parameters(visitors):
    failures = []
    for url in ROUTES:
        for name, person in visitors.items():
            for method in (person.get, person.post):
                response = method(url)
                if response.status_code >= 500:
                    failures.append(f"{method.__name__.upper()} {url} as {name}: {response.status_code}")
    assert not failures, "\n".join(failures[:50])


@pytest.mark.parametrize("written", ["²", "١٢", "9" * 5000, "-1", "1e3"])
def test_ids_in_a_query_string_that_are_not_plain_digits_are_ignored(client, approver, world, written):
    client.force_login(approver)
    client.raise_request_exception = False
    known = str(world.phu_luong_resolution.pk)  # ids are not 1 on PostgreSQL, whose sequences are not reset
    assert client.get(reverse("reports:compare"), {"r": [written, known]}).status_code == 200
