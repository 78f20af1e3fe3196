"""Each user's API tokens on their own page: make one (its secret is shown once) and revoke it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from motebok.api import services
from motebok.api.forms import TokenForm
from motebok.api.models import ApiToken


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    secret = ""
    if request.method == "POST" and form.is_valid():
        # Shown in this answer only: a redirect would have to carry the secret in the session or a cookie.
        _token, secret = services.create_token(request.user, form.cleaned_data["name"])
        form = TokenForm()
    context = {
        "form": form,
        "secret": secret,
        "tokens": ApiToken.objects.filter(user=request.user, revoked__isnull=True),
    }
    return render(request, "api/tokens.html", context)


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user, revoked__isnull=True)
    services.revoke_token(token)
    messages.success(
        request, _("API-nøkkelen «%(name)s» er trukket tilbake og virker ikke lenger.") % {"name": token.name}
    )
    return redirect("api:tokens")
