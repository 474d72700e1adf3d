"""The demo logins: who each one is, where their role applies, what the back office lets them do."""

import pytest
from django.contrib.auth import get_user_model

from chitieu.accounts.models import Membership
from chitieu.conftest import FAST_HASHERS
from chitieu.demo.users import DEMO_PASSWORD
from chitieu.localities.models import Locality

pytestmark = pytest.mark.usefixtures("demo")


def user(username: str):
    return get_user_model().objects.get(username=username)


def membership(username: str, scheme: str = Locality.Scheme.LEGACY) -> Membership:
    return Membership.objects.select_related("locality__level", "locality__parent").get(
        user__username=username, locality__scheme=scheme
    )


def test_the_office_clerk_works_for_the_legacy_district_of_phu_luong(db):
    clerk = membership("vanphong")
    assert clerk.role == Membership.Role.OFFICE
    assert (clerk.locality.name, clerk.locality.level.slug, clerk.locality.scheme) == (
        "Phú Lương",
        "district",
        Locality.Scheme.LEGACY,
    )
    assert clerk.locality.parent.name == "Thái Nguyên"


def test_the_office_clerk_works_for_the_merged_province_of_thai_nguyen_since_the_districts_ended(db):
    clerk = membership("vanphong", Locality.Scheme.CURRENT)
    assert clerk.role == Membership.Role.OFFICE
    assert (clerk.locality.name, clerk.locality.level.slug) == ("Thái Nguyên", "province")
    assert clerk.title == "Chuyên viên Văn phòng Tỉnh ủy Thái Nguyên"


def test_the_reporter_works_for_a_commune_under_phu_luong(db):
    reporter = membership("baocao")
    assert reporter.role == Membership.Role.REPORTER
    assert reporter.locality.level.slug == "commune"
    assert reporter.locality.parent.name == "Phú Lương"
    assert not user("baocao").is_staff


def test_the_leader_approves_for_the_merged_province_of_thai_nguyen_too(db):
    leader = membership("lanhdao", Locality.Scheme.CURRENT)
    assert leader.role == Membership.Role.APPROVER
    assert (leader.locality.name, leader.locality.level.slug) == ("Thái Nguyên", "province")
    assert Membership.objects.filter(user__username="lanhdao").count() == 2


def test_the_leader_approves_for_the_legacy_province_of_thai_nguyen(db):
    leader = membership("lanhdao")
    assert leader.role == Membership.Role.APPROVER
    assert (leader.locality.name, leader.locality.level.slug, leader.locality.scheme) == (
        "Thái Nguyên",
        "province",
        Locality.Scheme.LEGACY,
    )


def test_the_clerk_may_edit_plans_results_and_criteria_in_the_back_office(db):
    clerk = user("vanphong")
    assert clerk.is_staff and not clerk.is_superuser
    for perm in (
        "plans.add_target",
        "plans.change_target",
        "results.change_observation",
        "criteria.add_assessment",
    ):
        assert clerk.has_perm(perm), perm
    assert clerk.has_perm("localities.view_locality")
    assert not clerk.has_perm("plans.delete_target")
    assert not clerk.has_perm("localities.change_locality")


def test_the_leader_may_only_read_in_the_back_office(db):
    leader = user("lanhdao")
    assert leader.is_staff and not leader.is_superuser
    assert leader.has_perm("plans.view_target") and leader.has_perm("results.view_observation")
    assert not leader.has_perm("plans.change_target")
    assert not leader.has_perm("results.add_observation")


def test_admin_is_a_superuser(db):
    admin = user("admin")
    assert admin.is_superuser and admin.is_staff


@pytest.mark.parametrize("username", ["vanphong", "baocao", "lanhdao", "admin"])
def test_every_demo_login_works_with_the_demo_password(db, client, settings, username):
    settings.PASSWORD_HASHERS = FAST_HASHERS
    assert client.login(username=username, password=DEMO_PASSWORD)
