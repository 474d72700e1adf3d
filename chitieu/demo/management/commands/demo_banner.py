"""`chitieu demo-banner --url URL`: where the demo runs and how to log in, in Vietnamese and English."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chitieu.demo.users import ADMIN_ROLE_EN, ADMIN_ROLE_VI, ADMIN_USERNAME, DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = "In địa chỉ bản chạy thử và các tài khoản mẫu / Print the demo's address and logins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/", help="Địa chỉ trang / The site's address."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        for line in banner(str(options["url"])):
            self.stdout.write(line)


def banner(url: str) -> list[str]:
    url = url if url.endswith("/") else f"{url}/"
    logins = [(user.username, user.role_vi, user.role_en) for user in DEMO_USERS]
    logins.append((ADMIN_USERNAME, ADMIN_ROLE_VI, ADMIN_ROLE_EN))
    width = max(len(username) for username, _, _ in logins)
    rule = "=" * 72
    lines = [
        rule,
        "chitieu — bản chạy thử với dữ liệu mẫu / demo with sample data",
        rule,
        f"Trang chủ / Site:        {url}",
        f"Quản trị / Admin:        {url}admin/",
        f"Mật khẩu / Password:     {DEMO_PASSWORD} (mọi tài khoản / every login)",
        "",
        "Tài khoản / Logins:",
    ]
    for username, role_vi, role_en in logins:
        lines.append(f"  {username.ljust(width)}  {role_vi}")
        lines.append(f"  {' ' * width}  {role_en}")
    lines += [
        "",
        "Nhiệm kỳ / Terms:        2025-2030 (trang chủ mở ở đây / the home page opens here);",
        f"                         2020-2025, 5 huyện / five districts: {url}?term=2020-2025",
        "Số liệu minh họa được ghi rõ trên mọi trang / Illustrative figures are marked on every page.",
        rule,
    ]
    return lines
