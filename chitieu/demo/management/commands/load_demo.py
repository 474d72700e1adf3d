"""`chitieu load-demo`: the five districts of the seed articles (2020-2025), the new provinces and communes of
2025-2030, their resolutions and results, and the demo logins."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from chitieu.core.numbers import format_number
from chitieu.demo.build import MissingUnitsError, Summary, load_demo
from chitieu.demo.users import DEMO_PASSWORD, ensure_demo_users


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu: 5 huyện của các bài báo nguồn (nhiệm kỳ 2020-2025), các tỉnh và xã mới của nhiệm kỳ "
        "2025-2030 (nghị quyết, chỉ tiêu, kế hoạch, kết quả) và các tài khoản mẫu. Cần chạy "
        "`chitieu load-units --province demo` trước. Chạy lại không tạo trùng."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            with transaction.atomic():
                summary = load_demo()
                users = ensure_demo_users()
        except MissingUnitsError as error:
            raise CommandError(str(error)) from error
        for line in describe(summary):
            self.stdout.write(line)
        names = ", ".join(user.username for user in users)
        self.stdout.write(f"Tài khoản mẫu: {names} (mật khẩu {DEMO_PASSWORD}). Xem `chitieu demo-banner`.")


def describe(summary: Summary) -> list[str]:
    """The closing summary, in Vietnamese, with how much of it is illustrative."""
    n = format_number
    return [
        f"Đã nạp dữ liệu mẫu của {len(summary.districts)} huyện: {', '.join(summary.districts)}.",
        f"  {n(summary.resolutions)} nghị quyết, {n(summary.targets)} chỉ tiêu "
        f"({n(summary.illustrative_targets)} chỉ tiêu có mức là số liệu minh họa), "
        f"{n(summary.key_tasks)} nhiệm vụ trọng tâm và chương trình đột phá.",
        f"  {n(summary.plans)} giá trị kế hoạch ({n(summary.illustrative_plans)} minh họa), "
        f"{n(summary.observations)} số liệu kết quả ({n(summary.illustrative_observations)} minh họa, "
        f"{n(summary.observations - summary.illustrative_observations)} lấy nguyên từ bài viết).",
        f"Đơn vị từ 1/7/2025 (nhiệm kỳ 2025-2030): {', '.join(summary.units)}.",
        *(
            f"  Nhiệm kỳ {t.term}: {n(t.resolutions)} nghị quyết, {n(t.targets)} chỉ tiêu "
            f"({n(t.illustrative_targets)} minh họa), {n(t.observations)} số liệu kết quả "
            f"({n(t.illustrative_observations)} minh họa)."
            for t in summary.by_term
            if t.resolutions
        ),
        "  Số liệu minh họa không có trong bài viết nguồn; mọi trang hiển thị đều ghi rõ “Số liệu minh họa”.",
    ]
