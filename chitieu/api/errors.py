"""Every error the API answers, in one documented shape per kind, with Vietnamese messages."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from chitieu.api.auth import rate_per_minute
from chitieu.api.bulk import BulkRejected, ItemError, error_message


class Error(Schema):
    detail: str


class FieldError(Schema):
    index: int | None = None
    field: str
    message: str
    code: str = "invalid"


class ValidationErrors(Schema):
    detail: str
    errors: list[FieldError]


INVALID = "Dữ liệu gửi lên không hợp lệ; xem danh sách lỗi."


def responses(ok: Any, *, not_found: bool = False, write: bool = False) -> dict[int, Any]:
    """The response map of an operation: what it returns, and each error it can answer."""
    codes: dict[int, Any] = {200: ok, 401: Error, 422: ValidationErrors, 429: Error}
    if not_found:
        codes[404] = Error
    if write:
        codes.update({400: Error, 403: Error, 413: Error, 415: Error})
    return dict(sorted(codes.items()))


def install(api: NinjaAPI) -> None:
    """Replace ninja's default error answers with ours."""

    def rejected(request: HttpRequest, exc: BulkRejected) -> HttpResponse:
        return invalid(api, request, exc.errors)

    def validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = [
            ItemError(None, ".".join(str(part) for part in error.get("loc", ())[1:]), error_message(error))
            for error in exc.errors
        ]
        return invalid(api, request, errors)

    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        message = (
            "Thiếu mã truy cập, hoặc mã không hợp lệ, đã hết hạn hay đã thu hồi: "
            "gửi “Authorization: Bearer <mã>”."
        )
        response = api.create_response(request, {"detail": message}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="chitieu"'
        return response

    def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
        message = f"Quá nhiều yêu cầu: tối đa {rate_per_minute()} yêu cầu mỗi phút cho một mã truy cập."
        return api.create_response(request, {"detail": message}, status=429)

    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(request, {"detail": str(exc) or "Không tìm thấy."}, status=404)

    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(request, {"detail": exc.message}, status=exc.status_code)

    api.add_exception_handler(BulkRejected, rejected)
    api.add_exception_handler(ValidationError, validation)
    api.add_exception_handler(AuthenticationError, unauthenticated)
    api.add_exception_handler(Throttled, throttled)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, http_error)


def invalid(api: NinjaAPI, request: HttpRequest, errors: list[ItemError]) -> HttpResponse:
    body = {
        "detail": INVALID,
        "errors": [
            {"index": e.index, "field": e.field, "message": e.message, "code": e.code} for e in errors
        ],
    }
    return api.create_response(request, body, status=422)
