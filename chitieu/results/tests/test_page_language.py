"""The main pages speak one language: no English word on a Vietnamese page, no Vietnamese status on an English one."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from chitieu.results.models import Submission

# Words of our own interface that once showed through untranslated; data (target names) never holds them.
ENGLISH_WORDS = [
    "Save",
    "Submit",
    "Send",
    "Approve",
    "Return",
    "approved",
    "returned",
    "submitted",
    "draft",
    "overdue",
    "Previous",
    "Status",
    "Target",
    "Value",
    "Unit",
    "Note",
    "Kind",
    "Period",
    "Deadline",
    "Enter results",
    "Approvals",
    "Resolutions",
    "Log in",
    "Log out",
    "Notifications",
]
VIETNAMESE_STATUSES = [
    "vượt",
    "đạt",
    "gần đạt",
    "đạt tiến độ",
    "khó đạt",
    "không đạt",
    "chưa đạt",
    "chưa có số liệu",
    "nháp",
    "đã gửi",
    "trả lại",
    "đã phê duyệt",
    "quá hạn",
    "chưa nhập",
]


class Visible(HTMLParser):
    """The text a reader sees (no tags, attributes, scripts or styles), and the text of status badges."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.badges: list[str] = []
        self._skip = 0
        self._badge = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        classes = (dict(attrs).get("class") or "").split()
        if self._badge or "badge" in classes or "state" in classes:
            self._badge += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        if self._badge:
            self._badge -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)
            if self._badge:
                self.badges.append(data.strip())


def visible(html: str) -> Visible:
    parser = Visible()
    parser.feed(html)
    return parser


@pytest.fixture
def pages(client, reporter, approver, entry, frozen):
    """The main pages with something on them: a figure sent for approval, a dashboard, the entry pages."""
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    entry_url = reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    client.post(entry_url, {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"})
    submission = Submission.objects.get()
    return {
        reporter: [
            "/",
            reverse("results:home"),
            entry_url,
            reverse("reports:dashboard", args=[entry.commune_resolution.pk]),
        ],
        approver: [
            reverse("results:approvals"),
            reverse("results:not_reported"),
            reverse("results:notices"),
            reverse("results:approval", args=[submission.pk]),
            reverse("reports:target", args=[entry.income.pk]),
        ],
    }


def read(client, user, url: str, language: str) -> Visible:
    client.force_login(user)
    client.cookies["django_language"] = language
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Language"] == language
    return visible(response.content.decode())


def test_a_vietnamese_page_has_no_english_word_of_the_interface(client, pages):
    found = []
    for user, urls in pages.items():
        for url in urls:
            text = " ".join(read(client, user, url, "vi").text)
            found += [(url, word) for word in ENGLISH_WORDS if re.search(rf"\b{word}\b", text)]
    assert not found


def vietnamese_statuses(client, pages, only: str) -> list[tuple[str, str]]:
    found = []
    for user, urls in pages.items():
        for url in urls:
            if url.startswith(only):
                badges = read(client, user, url, "en").badges
                found += [(url, badge) for badge in badges if badge.lower() in VIETNAMESE_STATUSES]
    return found


def test_an_english_entry_or_approval_page_shows_no_vietnamese_status(client, pages):
    assert not vietnamese_statuses(client, pages, "/entry/")


def test_an_english_dashboard_shows_no_vietnamese_status(client, pages):
    assert not vietnamese_statuses(client, pages, "/")
