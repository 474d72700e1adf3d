"""The demo's working month: the communes of the new Thái Nguyên in every state, each persona's "today" list on the
home page, and the approver's one screen (flags, previous period, plan, approve all, return one)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from chitieu.localities.models import Locality
from chitieu.results.models import Observation, ReportingPeriod, Submission
from chitieu.results.queries import State
from chitieu.results.today import tasks

pytestmark = pytest.mark.usefixtures("demo")
User = get_user_model()
NINE = "9 tháng năm 2026"
SIX = "6 tháng năm 2026"


def person(username: str):
    return User.objects.get(username=username)


def submission(commune: str, period: str = NINE) -> Submission:
    return Submission.objects.select_related("period", "locality").get(
        locality__name=commune, locality__scheme=Locality.Scheme.CURRENT, period__name=period
    )


def text(response) -> str:
    """The page's words as a reader sees them, tags left out."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split()).replace("( ", "(")


def names(rows) -> set[str]:
    return {row.locality.name for row in rows}


def test_the_nine_months_hold_communes_sent_returned_approved_in_draft_and_not_reported(db):
    states = dict(Submission.objects.filter(period__name=NINE).values_list("locality__name", "status"))
    assert states == {
        "Cẩm Giàng": "submitted",
        "Phú Lương": "submitted",
        "Hợp Thành": "submitted",
        "Vô Tranh": "returned",
        "Phú Đình": "approved",
        "Định Hóa": "approved",
        "Đại Từ": "draft",
    }
    assert "kiểm tra lại" in submission("Vô Tranh").reason
    assert not Submission.objects.filter(locality__name__in=["Yên Trạch", "Trung Hội"], period__name=NINE)


def test_the_round_before_is_past_its_deadline_and_one_commune_never_sent_it(db):
    six = ReportingPeriod.objects.get(name=SIX)
    assert six.deadline < timezone.localdate()
    assert submission("Yên Trạch", SIX).status == "approved"
    assert not Submission.objects.filter(locality__name="Trung Hội", period=six).exists()


def test_every_figure_of_the_month_is_illustrative_and_says_so(db):
    month = Observation.objects.filter(updated_via="system:demo-month")
    assert month.count() > 20
    assert not month.filter(is_illustrative=False).exists()
    assert all(note.startswith("Số liệu minh họa") for note in month.values_list("note", flat=True))
    # Sent figures wait for the approver like a person's; approved ones are published.
    assert not submission("Cẩm Giàng").observations.filter(is_published=True).exists()
    assert not submission("Phú Đình").observations.filter(is_published=False).exists()


def test_the_reporter_has_the_nine_months_of_yen_trach_to_enter_today(db):
    today = tasks(person("baocao"), timezone.localdate())
    assert [(t.period.name, t.locality.name, t.locality.scheme) for t in today.to_enter] == [
        (NINE, "Yên Trạch", Locality.Scheme.CURRENT)
    ]
    assert today.to_correct == [] and today.overdue == [] and today.to_approve == []


def test_the_leader_has_the_three_sent_communes_to_approve(db):
    today = tasks(person("lanhdao"), timezone.localdate())
    assert {s.locality.name for s in today.to_approve} == {"Cẩm Giàng", "Phú Lương", "Hợp Thành"}


def test_the_office_sees_who_has_not_reported_who_is_overdue_and_what_waits_for_approval(db):
    today = tasks(person("vanphong"), timezone.localdate())
    not_sent = {period.name: names(rows) for period, rows in today.not_sent}
    assert not_sent[NINE] == {"Yên Trạch", "Trung Hội", "Vô Tranh", "Đại Từ"}
    assert {period.name: names(rows) for period, rows in today.late} == {SIX: {"Trung Hội"}}
    assert {s.locality.name for s in today.waiting} == {"Cẩm Giàng", "Phú Lương", "Hợp Thành"}
    # Units that no longer exist (the district, the old Yên Trạch) are never asked.
    assert all(row.locality.scheme == Locality.Scheme.CURRENT for _p, rows in today.not_sent for row in rows)


def test_a_returned_round_is_listed_to_correct_with_the_reason(db):
    vo_tranh = User.objects.get(username="baocao.votranh")
    today = tasks(vo_tranh, timezone.localdate())
    assert [(t.locality.name, t.state) for t in today.to_correct] == [("Vô Tranh", State.RETURNED)]
    assert "kiểm tra lại" in today.to_correct[0].reason


def test_the_home_page_lists_each_task_with_its_link(db, client):
    client.force_login(person("baocao"))
    response = client.get(reverse("reports:home"))
    yen_trach = submission("Yên Trạch", SIX).locality
    nine = ReportingPeriod.objects.get(name=NINE)
    assert "Việc hôm nay" in text(response) and "Cần nhập (1)" in text(response)
    assert reverse("results:entry", args=[nine.pk, yen_trach.pk]) in response.content.decode()

    client.force_login(person("lanhdao"))
    response = client.get(reverse("reports:home"))
    assert "Chờ anh/chị duyệt (3)" in text(response)
    assert reverse("results:approvals") in response.content.decode()

    client.force_login(person("vanphong"))
    response = client.get(reverse("reports:home"))
    assert "Đơn vị chưa báo cáo (4)" in text(response) and "Đơn vị quá hạn (1)" in text(response)
    assert reverse("results:not_reported") in response.content.decode()


def test_the_approval_screen_shows_each_flag_the_previous_period_the_plan_and_the_changes(db, client):
    client.force_login(person("lanhdao"))
    response = client.get(reverse("results:approvals"))
    reviews = {r.submission.locality.name: r for r in response.context["reviews"]}
    assert set(reviews) == {"Cẩm Giàng", "Phú Lương", "Hợp Thành"}
    cam_giang = {f.observation.indicator.code: f for f in reviews["Cẩm Giàng"].figures}
    trained = cam_giang["ty-le-lao-dong-qua-dao-tao"]
    assert [flag.code for flag in trained.figure.flags] == ["percent_over_100"]
    revenue = cam_giang["thu-ngan-sach-nha-nuoc-tren-dia-ban"]
    assert (str(revenue.previous.value.normalize()), revenue.previous_name) == ("2.4", SIX)
    assert str(revenue.change.normalize()) == "1.4"
    assert str(round(revenue.of_plan, 1)) == "73.1"  # 3,8 of the year's plan of 5,2 tỷ đồng
    page = response.content.decode()
    assert "Tỷ lệ trên 100%" in page
    assert "+1,4" in page and "73,1%" in page and "(6 tháng năm 2026)" in page
    assert "Duyệt tất cả (3)" in page


def seen(*subs: Submission) -> dict:
    return {"seen": [f"{s.pk}:{s.level}" for s in subs]}


def test_approve_all_approves_each_shown_and_names_one_decided_meanwhile(db, client):
    leader = person("lanhdao")
    client.force_login(leader)
    shown = [submission(name) for name in ("Cẩm Giàng", "Phú Lương", "Hợp Thành")]
    # A colleague returned Cẩm Giàng after the screen was drawn.
    client.post(
        reverse("results:approval", args=[shown[0].pk]),
        {"decision": "return", "reason": "Tỷ lệ lao động qua đào tạo 112% là gõ nhầm", "level": "0"},
    )
    response = client.post(reverse("results:approve_all"), seen(*shown), follow=True)
    statuses = {s.locality.name: s.status for s in Submission.objects.filter(pk__in=[s.pk for s in shown])}
    assert statuses == {"Cẩm Giàng": "returned", "Phú Lương": "approved", "Hợp Thành": "approved"}
    page = response.content.decode()
    assert "Đã duyệt 2 báo cáo" in page
    assert "Xã Cẩm Giàng · 9 tháng năm 2026: không duyệt. Báo cáo này đã được quyết định" in page


def test_a_second_click_on_approve_all_changes_nothing_and_says_so(db, client):
    client.force_login(person("lanhdao"))
    shown = [submission("Phú Lương"), submission("Hợp Thành")]
    client.post(reverse("results:approve_all"), seen(*shown), follow=True)
    events = Submission.objects.get(pk=shown[0].pk).events.count()
    page = client.post(reverse("results:approve_all"), seen(*shown), follow=True).content.decode()
    assert Submission.objects.get(pk=shown[0].pk).events.count() == events
    assert "Đã duyệt" not in page and page.count("không duyệt") == 2


def test_returning_one_from_the_screen_needs_a_reason_and_a_reporter_may_not_approve(db, client):
    client.force_login(person("lanhdao"))
    cam_giang = submission("Cẩm Giàng")
    client.post(reverse("results:approval", args=[cam_giang.pk]), {"decision": "return", "level": "0"})
    assert Submission.objects.get(pk=cam_giang.pk).status == "submitted"
    client.force_login(person("baocao"))
    client.post(reverse("results:approve_all"), seen(cam_giang))
    assert Submission.objects.get(pk=cam_giang.pk).status == "submitted"


def test_a_second_click_on_return_says_it_was_decided_instead_of_a_404(db, client):
    client.force_login(person("lanhdao"))
    hop_thanh = submission("Hợp Thành")
    form = {"decision": "return", "reason": "Thiếu nguồn số liệu GRDP", "level": "0"}
    client.post(reverse("results:approval", args=[hop_thanh.pk]), form, follow=True)
    response = client.post(reverse("results:approval", args=[hop_thanh.pk]), form, follow=True)
    assert response.status_code == 200
    assert "Báo cáo này đã được quyết định" in response.content.decode()
    assert Submission.objects.get(pk=hop_thanh.pk).events.filter(action="returned").count() == 1
