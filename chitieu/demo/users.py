"""The demo logins: an office clerk, a commune reporter and a provincial leader, plus a superuser for the admin."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group, Permission
from django.db import transaction
from django.db.models import Q

from chitieu.accounts.models import Membership
from chitieu.demo.build import MissingUnitsError
from chitieu.localities.models import Locality
from chitieu.localities.queries import find_locality

DEMO_PASSWORD = "chitieu-demo"
ADMIN_USERNAME = "admin"
# The back office: the office staff keep resolutions, results and criteria; a leader reads them.
EDITED_APPS = ("plans", "results", "criteria")
READ_APPS = ("plans", "results", "criteria", "localities")


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    first_name: str
    last_name: str
    title: str
    # The unit of the membership: (name, level slug, parent name) among the legacy units.
    unit: tuple[str, str, str | None]
    role_vi: str
    role_en: str
    back_office: str = ""  # "edit", "view" or "" (no admin access)
    # The same role at a unit of the official list from 1/7/2025: (name, level slug, parent name).
    current_unit: tuple[str, str, str | None] | None = None
    current_title: str = ""  # the title there, when it is not the same


DEMO_USERS = (
    DemoUser(
        "vanphong",
        Membership.Role.OFFICE,
        "Lan",
        "Nguyễn Thị",
        "Chuyên viên Văn phòng Huyện ủy Phú Lương",
        ("Phú Lương", "district", "Thái Nguyên"),
        role_vi=(
            "văn phòng, tỉnh Thái Nguyên từ 1/7/2025 (trước đó huyện Phú Lương): lập chỉ tiêu, kế hoạch, theo dõi "
            "xã nào chưa báo cáo"
        ),
        role_en=(
            "office staff, Thái Nguyên province from 1/7/2025 (Phú Lương district before): sets up targets and "
            "plans, follows which communes have not reported"
        ),
        back_office="edit",
        # Districts were abolished on 1/7/2025: the district's office staff now work for the merged province.
        current_unit=("Thái Nguyên", "province", None),
        current_title="Chuyên viên Văn phòng Tỉnh ủy Thái Nguyên",
    ),
    DemoUser(
        "baocao",
        Membership.Role.REPORTER,
        "Đức",
        "Hoàng Văn",
        "Công chức Văn phòng - Thống kê xã Yên Trạch",
        ("Yên Trạch", "commune", "Phú Lương"),
        role_vi="công chức văn phòng, báo cáo viên xã Yên Trạch (trước và từ 1/7/2025): nhập, gửi số liệu của xã",
        role_en="commune office clerk and reporter, Yên Trạch (before and from 1/7/2025): enters and sends figures",
        # The commune formed on 1/7/2025 reports today; the old one keeps its history to read.
        current_unit=("Yên Trạch", "commune", "Thái Nguyên"),
    ),
    DemoUser(
        "lanhdao",
        Membership.Role.APPROVER,
        "Hằng",
        "Trần Thị",
        "Phó Chánh Văn phòng Tỉnh ủy Thái Nguyên",
        ("Thái Nguyên", "province", None),
        role_vi="lãnh đạo, tỉnh Thái Nguyên (trước và từ 1/7/2025): xem, duyệt báo cáo của các xã",
        role_en="leader (approver), Thái Nguyên province (before and from 1/7/2025): reads and approves the communes' figures",
        back_office="view",
        # The province office of December 2026 works for the merged province, and reads its old one.
        current_unit=("Thái Nguyên", "province", None),
    ),
)
ADMIN_ROLE_VI = "quản trị hệ thống (toàn quyền trong trang quản trị)"
ADMIN_ROLE_EN = "superuser (everything in the admin)"

GROUP_NAMES = {"edit": "Dữ liệu mẫu: văn phòng", "view": "Dữ liệu mẫu: lãnh đạo (chỉ xem)"}


@transaction.atomic
def ensure_demo_users() -> list[AbstractUser]:
    """Create or reset the demo users (password, role, back-office rights); safe to run again."""
    groups = {access: _group(access) for access in GROUP_NAMES}
    users = []
    for spec in DEMO_USERS:
        localities = [_unit(*spec.unit)]
        titles = [spec.title]
        if spec.current_unit:
            localities.append(_unit(*spec.current_unit, scheme=Locality.Scheme.CURRENT))
            titles.append(spec.current_title or spec.title)
        user = _user(spec.username, first_name=spec.first_name, last_name=spec.last_name)
        user.is_staff = bool(spec.back_office)
        user.save(update_fields=["is_staff"])
        Membership.objects.filter(user=user).exclude(role=spec.role, locality__in=localities).delete()
        for locality, title in zip(localities, titles, strict=True):
            Membership.objects.update_or_create(
                user=user, role=spec.role, locality=locality, agency=None, defaults={"title": title}
            )
        user.groups.set([groups[spec.back_office]] if spec.back_office else [])
        users.append(user)
    admin = _user(
        ADMIN_USERNAME, first_name="Quản trị viên", last_name=""
    )  # not the same words as the admin link
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    users.append(admin)
    return users


def _unit(name: str, level: str, parent: str | None, scheme: str = Locality.Scheme.LEGACY) -> Locality:
    try:
        return find_locality(name, level, scheme, parent_name=parent)
    except Locality.DoesNotExist as error:
        raise MissingUnitsError(
            f"Chưa có đơn vị {name} trong danh mục đơn vị hành chính. Hãy chạy "
            f"`chitieu load-units --province demo` trước. / The unit {name} is missing: run "
            "`chitieu load-units --province demo` first."
        ) from error


def _user(username: str, **names: str) -> AbstractUser:
    user, _ = get_user_model().objects.update_or_create(username=username, defaults=names)
    user.set_password(DEMO_PASSWORD)
    user.is_active = True
    user.save(update_fields=["password", "is_active"])
    return user


def _group(access: str) -> Group:
    group, _ = Group.objects.get_or_create(name=GROUP_NAMES[access])
    if access == "edit":
        # The office keeps resolutions, results and criteria, and reads the official unit lists it works in.
        edit = _permissions(EDITED_APPS, ("view", "add", "change"))
        wanted = edit | _permissions(("localities",), ("view",))
    else:
        wanted = _permissions(READ_APPS, ("view",))
    group.permissions.set(Permission.objects.filter(wanted))
    return group


def _permissions(apps: tuple[str, ...], actions: tuple[str, ...]) -> Q:
    verbs = Q()
    for action in actions:
        verbs |= Q(codename__startswith=f"{action}_")
    return Q(content_type__app_label__in=apps) & verbs
