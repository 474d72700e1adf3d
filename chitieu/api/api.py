"""The REST API under /api/v1: its routers, token auth and rate limit, error answers, and offline docs."""

import json
from http import HTTPStatus
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import NinjaAPI
from ninja.openapi.docs import Swagger
from ninja.renderers import JSONRenderer

from chitieu.api import errors
from chitieu.api.auth import TokenAuth, TokenThrottle
from chitieu.api.endpoints import criteria, indicators, localities, observations, plans, resolutions

DESCRIPTION = """Đọc những gì tài khoản được xem, ghi số liệu hàng loạt.

Xác thực: `Authorization: Bearer <mã truy cập>`; tạo mã ở trang /api/v1/tokens/. Mã mang đúng quyền của người
sở hữu. Giới hạn tốc độ theo từng mã (mặc định 600 yêu cầu mỗi phút), vượt quá trả 429 kèm Retry-After.
Hướng dẫn đầy đủ: docs/api.md."""

STATUS_WORDS = {
    "200": "Thành công",
    "400": "Không đọc được nội dung gửi lên",
    "401": "Thiếu mã truy cập, mã sai, hết hạn hoặc đã thu hồi",
    "403": "Tài khoản không có quyền nhập số liệu",
    "404": "Không tìm thấy, hoặc ngoài phạm vi được xem",
    "413": "Nội dung gửi lên quá lớn",
    "415": "Kiểu nội dung không được hỗ trợ",
    "422": "Dữ liệu không hợp lệ: danh sách lỗi theo mục và trường",
    "429": "Quá nhiều yêu cầu",
}


class OfflineSwagger(Swagger):
    """Swagger UI from the files django-ninja ships (static/ninja/), never from a CDN.

    Ninja falls back to a CDN page unless "ninja" is an installed app; this renders our own page instead,
    which loads only /static/ URLs.
    """

    def render_page(self, request: HttpRequest, api: NinjaAPI, **kwargs: Any) -> HttpResponse:
        self.settings["url"] = self.get_openapi_url(api, kwargs)
        context = {"swagger_settings": json.dumps(self.settings, indent=1), "api": api}
        return render(request, "api/swagger.html", context)


class Utf8Renderer(JSONRenderer):
    """JSON with Vietnamese letters as they are, not as \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


class ChitieuAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Any) -> str:
        return operation.view_func.__name__

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """Ninja's document, with Vietnamese response descriptions and the headers 401 and 429 carry."""
        schema = super().get_openapi_schema(**kwargs)
        for path in schema["paths"].values():
            for operation in path.values():
                for code, answer in operation.get("responses", {}).items():
                    code = str(code)
                    # Ninja writes the English reason phrase; an operation's own description is kept.
                    if answer.get("description") == HTTPStatus(int(code)).phrase:
                        answer["description"] = STATUS_WORDS.get(code, answer["description"])
                    if code == "429":
                        answer["headers"] = {
                            "Retry-After": {"description": "Số giây nên chờ.", "schema": {"type": "integer"}}
                        }
                    if code == "401":
                        answer["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
        return schema


api = ChitieuAPI(
    title="chitieu API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    auth=TokenAuth(),
    throttle=[TokenThrottle()],
    docs=OfflineSwagger(),
    renderer=Utf8Renderer(),
)
errors.install(api)
for module in (localities, indicators, resolutions, observations, plans, criteria):
    api.add_router("", module.router)
