"""Who may see and change review reports and the files exported from them: on the terms of their resolution."""

from django.http import Http404

from chitieu.accounts.access import User
from chitieu.documents.models import GeneratedFile, ReportDraft
from chitieu.plans.access import resolution_allowed


def report_draft_for(user: User, pk: int, *, action: str = "view"):
    """A review report's draft if the user may `view` or `manage` its resolution's locality; 404 otherwise."""
    draft = (
        ReportDraft.objects.select_related("resolution__locality__parent", "resolution__term")
        .filter(pk=pk)
        .first()
    )
    if draft is None or not resolution_allowed(user, draft.resolution, action):
        raise Http404("Không tìm thấy báo cáo.")
    return draft


def generated_file_for(user: User, pk: int, *, action: str = "view"):
    """A file exported from a report draft, on the same terms as the draft; 404 otherwise."""
    generated = (
        GeneratedFile.objects.select_related("draft__resolution__locality", "draft__resolution__term")
        .filter(pk=pk)
        .first()
    )
    if generated is None or not resolution_allowed(user, generated.draft.resolution, action):
        raise Http404("Không tìm thấy tệp.")
    return generated
