"""Who may see, sign, send, receive and reopen signed reports: the issuing unit's people and the unit above's."""

from django.db.models import Q, QuerySet
from django.http import Http404

from chitieu.accounts.access import MANAGE_ROLES, SIGN_ROLES, User, allowed, has_role, visible_locality_ids
from chitieu.accounts.models import Membership
from chitieu.documents.signed.models import SignedReport, SignerCertificate
from chitieu.localities.models import Locality

# What each action needs: at the issuing unit ("view", "manage", "sign", "approve"), or at the recipient unit
# ("receive": the office of the level above takes it in or returns it).
RECEIVE = "receive"


def signed_report_for(user: User, pk: int, *, action: str = "view") -> SignedReport:
    """A signed report if the user may act on it; 404 otherwise, so that its existence does not leak."""
    signed = (
        SignedReport.objects.select_related("locality__parent", "recipient", "draft__resolution__locality")
        .filter(pk=pk)
        .first()
    )
    if signed is None or not may(user, signed, action):
        raise Http404("Không tìm thấy báo cáo đã ký.")
    return signed


def may(user: User, signed: SignedReport, action: str) -> bool:
    """Whether the user may take `action` on the signed report (what the page offers; the views ask through
    `signed_report_for`)."""
    arrived = signed.recipient is not None and signed.state != SignedReport.State.UNSENT
    if action == RECEIVE:
        return arrived and allowed(user, signed.recipient, "manage")
    if action == "view" and arrived and allowed(user, signed.recipient, "view"):
        return True
    return allowed(user, signed.locality, action)


def may_reopen(user: User, signed: SignedReport) -> bool:
    """Reopening signed figures is for an approver at the unit or above, or the unit's signer."""
    return allowed(user, signed.locality, "approve") or allowed(user, signed.locality, "sign")


def inbox_for(user: User) -> QuerySet[SignedReport]:
    """Signed reports sent to the units whose office the user is (or any, for a superuser)."""
    rows = SignedReport.objects.exclude(state=SignedReport.State.UNSENT).select_related(
        "locality", "recipient"
    )
    ids = visible_locality_ids(user, MANAGE_ROLES)
    return rows if ids is None else rows.filter(recipient_id__in=ids)


def outbox_for(user: User) -> QuerySet[SignedReport]:
    """Signed reports of the units the user may see, whatever their state."""
    rows = SignedReport.objects.select_related("locality", "recipient")
    ids = visible_locality_ids(user)
    return rows if ids is None else rows.filter(Q(locality_id__in=ids))


def units_below_for(user: User) -> QuerySet[Locality]:
    """The units whose signed files the user's office may receive: those directly below a unit it manages."""
    ids = visible_locality_ids(user, MANAGE_ROLES)
    units = Locality.objects.select_related("parent").exclude(parent=None)
    return units if ids is None else units.filter(parent_id__in=ids)


def signer_allowed(certificate_sha256: str, locality: Locality) -> bool:
    """Whether the certificate belongs to a person holding the signer role at the unit or above it."""
    users = {
        row.user
        for row in SignerCertificate.objects.select_related("user").filter(sha256=certificate_sha256)
        if row.user.is_active
    }
    return any(
        has_role(user, locality, SIGN_ROLES)
        and Membership.objects.filter(user=user, role=Membership.Role.SIGNER).exists()
        for user in users
    )
