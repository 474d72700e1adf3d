"""The office's ways in from the home page: a new resolution, the reporting rounds, who has not reported, reading
a report; shown only to those the access layer lets do them."""

from django import template

from chitieu.results import access

register = template.Library()


@register.inclusion_tag("setup/_office_links.html", takes_context=True)
def office_links(context) -> dict:
    user = context["request"].user
    if not user.is_authenticated:
        return {}
    unit = access.managed_units(user).first()
    return {"unit": unit, "keeps_rounds": unit is not None or access.keeps_rounds(user)}
