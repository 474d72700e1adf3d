"""The office edits the draft; the edited text is kept, and generating again never silently replaces it."""

import pytest
from django.urls import reverse

from chitieu.documents import services
from chitieu.documents.models import ReportDraft
from chitieu.documents.tests.conftest import make_draft, office_user

pytestmark = pytest.mark.django_db

EDITED = (
    "Thực hiện Nghị quyết, Ban Thường vụ Huyện ủy báo cáo như sau:\nI. KẾT QUẢ\nĐoạn do Văn phòng viết lại."
)


@pytest.fixture
def clerk(world):
    return office_user(world.phu_luong)


@pytest.fixture
def draft(world, clerk):
    return make_draft(world.phu_luong_resolution, clerk)


def header(draft: ReportDraft) -> dict:
    return {
        "subject": draft.subject,
        "place": draft.place,
        "dated": draft.dated.isoformat(),
        "signer": draft.signer,
        "signer_title": draft.signer_title,
        "recipients": draft.recipients,
    }


def test_saving_the_page_keeps_the_edited_text_and_who_edited_it(client, clerk, draft):
    client.force_login(clerk)
    response = client.post(reverse("documents:draft", args=[draft.pk]), {**header(draft), "text": EDITED})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.edited_text == EDITED
    assert draft.text == EDITED
    assert draft.edited_by == clerk and draft.edited_at is not None
    assert "Đoạn do Văn phòng viết lại." in client.get(reverse("documents:draft", args=[draft.pk])).text


def test_saving_the_generated_text_unchanged_is_not_an_edit(client, clerk, draft):
    client.force_login(clerk)
    text = draft.generated_text.replace("\n", "\r\n")  # as a browser sends a textarea
    client.post(reverse("documents:draft", args=[draft.pk]), {**header(draft), "text": text})
    draft.refresh_from_db()
    assert draft.edited_text == "" and draft.edited_by is None


def test_generating_again_keeps_the_edited_text_and_asks_which_to_keep(client, clerk, draft):
    services.save_edit(draft, text=EDITED, user=clerk)
    ReportDraft.objects.filter(pk=draft.pk).update(generated_text="Bản cũ.")
    client.force_login(clerk)
    response = client.post(reverse("documents:regenerate", args=[draft.pk]), follow=True)
    draft.refresh_from_db()
    assert draft.edited_text == EDITED
    assert draft.generated_text.startswith("Thực hiện Nghị quyết Đại hội Đảng bộ huyện Phú Lương")
    assert draft.awaiting_choice
    page = response.text
    assert "Bản đã sửa của Văn phòng được giữ nguyên" in page
    assert 'name="keep" value="edited"' in page and 'name="keep" value="generated"' in page
    assert "Đoạn do Văn phòng viết lại." in page


def test_keeping_the_edited_text_settles_the_choice(client, clerk, draft):
    services.save_edit(draft, text=EDITED, user=clerk)
    services.regenerate(draft)
    client.force_login(clerk)
    client.post(reverse("documents:choose", args=[draft.pk]), {"keep": "edited"})
    draft.refresh_from_db()
    assert (draft.edited_text, draft.awaiting_choice) == (EDITED, False)


def test_taking_the_new_draft_drops_the_edited_text(client, clerk, draft):
    services.save_edit(draft, text=EDITED, user=clerk)
    services.regenerate(draft)
    client.force_login(clerk)
    client.post(reverse("documents:choose", args=[draft.pk]), {"keep": "generated"})
    draft.refresh_from_db()
    assert (draft.edited_text, draft.awaiting_choice) == ("", False)
    assert draft.text == draft.generated_text


def test_generating_again_without_edits_just_replaces_the_draft(clerk, draft):
    ReportDraft.objects.filter(pk=draft.pk).update(generated_text="Bản cũ.")
    draft = services.regenerate(draft)
    assert not draft.awaiting_choice
    assert draft.text.startswith("Thực hiện Nghị quyết")


def test_the_office_drafts_a_report_from_the_resolution_page(client, world, clerk):
    client.force_login(clerk)
    url = reverse("documents:resolution", args=[world.phu_luong_resolution.pk])
    form = {"kind": "9m", "as_of": "2023-09-30", "body": "party", "place": "", "dated": "", "signer": ""}
    response = client.post(url, form)
    draft = ReportDraft.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("documents:draft", args=[draft.pk])
    assert (draft.kind, str(draft.as_of), str(draft.dated), draft.place) == (
        "9m",
        "2023-09-30",
        "2023-09-30",
        "Phú Lương",
    )
    assert draft.subject.startswith("Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2023")
    assert draft.signer_title == "BÍ THƯ"
    assert "9 tháng" in client.get(url).text
