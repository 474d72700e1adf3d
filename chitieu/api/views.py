"""The pages where a user creates and revokes personal API tokens; the secret is shown once, at creation."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from chitieu.api.forms import TokenForm
from chitieu.api.models import ApiToken
from chitieu.api.services import create_token, revoke_token


@never_cache  # Cache-Control: no-store, so that no cache or back button keeps a new token's secret
@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    token, secret = None, None
    if request.method == "POST" and form.is_valid():
        token, secret = create_token(request.user, form.cleaned_data["name"])
        form = TokenForm()
    own = ApiToken.objects.filter(user=request.user).order_by("revoked_at", "-created_at")
    context = {
        "form": form,
        "tokens": own,
        "new_token": token,
        "secret": secret,
        "token_days": settings.API_TOKEN_DAYS,
    }
    return render(request, "api/tokens.html", context)


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if not revoke_token(request.user, pk):
        raise Http404(_("No such token."))
    messages.success(request, _("The token was revoked; programs using it can no longer call the API."))
    return redirect("api_tokens")
