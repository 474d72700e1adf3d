"""Who may do what with reports: the office (manage) drafts, edits, numbers and exports; a reader of the
locality (view) reads and downloads; anyone else gets 404, whether or not the report exists."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from chitieu.documents.models import GeneratedFile, ReportDraft
from chitieu.documents.tests.conftest import make_draft, office_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(world):
    return office_user(world.phu_luong)


@pytest.fixture
def draft(world, clerk):
    return make_draft(world.phu_luong_resolution, clerk)


@pytest.fixture
def done_file(draft, clerk, media_and_tasks):
    generated = GeneratedFile.objects.create(
        draft=draft, format=GeneratedFile.Format.XLSX, requested_by=clerk
    )
    generated.file.save("phu-luc.xlsx", ContentFile(b"x"))
    GeneratedFile.objects.filter(pk=generated.pk).update(status=GeneratedFile.Status.DONE, progress=100)
    return generated


def get(client, user, name, *args):
    client.force_login(user)
    return client.get(reverse(f"documents:{name}", args=args))


def post(client, user, name, *args, data=None):
    client.force_login(user)
    return client.post(reverse(f"documents:{name}", args=args), data or {})


def test_the_approver_reads_the_reports_of_a_district_below_but_gets_no_form(client, approver, world, draft):
    response = get(client, approver, "resolution", world.phu_luong_resolution.pk)
    assert response.status_code == 200
    assert "Sơ kết giữa nhiệm kỳ" in response.text
    assert 'name="kind"' not in response.text
    page = get(client, approver, "draft", draft.pk)
    assert page.status_code == 200 and "<textarea" not in page.text
    assert draft.generated_text.splitlines()[0] in page.text


def test_the_approver_downloads_word_excel_and_finished_files(client, approver, draft, done_file):
    assert get(client, approver, "docx", draft.pk).status_code == 200
    assert get(client, approver, "xlsx", draft.pk).status_code == 200
    assert get(client, approver, "download", done_file.pk).status_code == 200
    assert get(client, approver, "file", done_file.pk).status_code == 200


def test_the_approver_may_not_draft_edit_number_or_export(client, approver, world, draft):
    form = {"kind": "annual", "as_of": "2023-12-31", "body": "party"}
    assert post(client, approver, "resolution", world.phu_luong_resolution.pk, data=form).status_code == 404
    assert post(client, approver, "draft", draft.pk, data={"text": "Sửa"}).status_code == 404
    for name in ("regenerate", "choose", "number", "pdf"):
        assert post(client, approver, name, draft.pk).status_code == 404, name
    assert ReportDraft.objects.count() == 1
    draft.refresh_from_db()
    assert (draft.edited_text, draft.number) == ("", None)
    assert not GeneratedFile.objects.exists()


@pytest.mark.parametrize("persona", ["reporter", "outsider"])
def test_a_reporter_outside_the_district_sees_nothing(client, request, persona, world, draft, done_file):
    """The commune reporter of Yên Ninh reports for his commune only; the outsider is in another province."""
    user = request.getfixturevalue(persona)
    assert get(client, user, "resolution", world.phu_luong_resolution.pk).status_code == 404
    for name in ("draft", "docx", "xlsx"):
        assert get(client, user, name, draft.pk).status_code == 404, name
    for name in ("file", "download"):
        assert get(client, user, name, done_file.pk).status_code == 404, name
    for name in ("regenerate", "number", "pdf"):
        assert post(client, user, name, draft.pk).status_code == 404, name


def test_the_office_numbers_the_report(client, clerk, draft):
    response = post(client, clerk, "number", draft.pk)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.number == 1
    assert "Số 01-BC/HU" in client.get(reverse("documents:draft", args=[draft.pk])).text


def test_signed_out_visitors_are_sent_to_log_in(client, draft):
    response = client.get(reverse("documents:draft", args=[draft.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_file_not_finished_cannot_be_downloaded(client, clerk, draft):
    generated = GeneratedFile.objects.create(draft=draft, format="pdf", requested_by=clerk)
    assert get(client, clerk, "download", generated.pk).status_code == 404
