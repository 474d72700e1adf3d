"""The count of unread notices the header shows: one indexed query, and none for a visitor."""

from django.http import HttpRequest

from chitieu.results.notices.models import Notification


def unread_notices(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notices": Notification.objects.filter(user=user, read_at__isnull=True).count()}
