"""The count of unread notices the header shows: one indexed query, only when a page shows it."""

from django.http import HttpRequest

from chitieu.results.notices.models import Notification


def unread_notices(request: HttpRequest) -> dict:
    # A callable, which the template calls only where it shows the count: reading request.user here would
    # touch the session of every page, and a public page would answer "Vary: Cookie" to anonymous visitors.
    def count() -> int:
        user = request.user
        if not user.is_authenticated:
            return 0
        return Notification.objects.filter(user=user, read_at__isnull=True).count()

    return {"unread_notices": count}
