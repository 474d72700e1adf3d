"""{% signed_panel draft %}: the draft page's signing button and the signed versions of the report."""

from django import template

from chitieu.accounts.access import allowed
from chitieu.documents.signed.models import SignedReport

register = template.Library()


@register.inclusion_tag("signed/draft_panel.html", takes_context=True)
def signed_panel(context, draft) -> dict:
    user = context["request"].user
    return {
        "draft": draft,
        "may_sign": allowed(user, draft.resolution.locality, "sign"),
        "signed_reports": SignedReport.objects.filter(draft=draft).order_by("-signed_at")[:10],
        "csrf_token": context.get("csrf_token"),
    }
