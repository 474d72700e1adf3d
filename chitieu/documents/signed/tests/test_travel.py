"""A signed report travels: the signer signs on the draft's page, the office sends it up, the province office sees
it verified in its inbox and receives it (or returns it with a reason); a signed file from outside is verified on
receipt; anyone checks a signed file on the public page or with `chitieu verify-report`; and everyone else gets 404."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from chitieu.documents.signed import services
from chitieu.documents.signed.models import SignedReport
from chitieu.documents.signed.tests.conftest import figure

pytestmark = pytest.mark.django_db


def as_user(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def signed(office, token):
    return services.sign_report(office.draft, office.signer)


def test_the_signer_signs_from_the_draft_page(client, office, token):
    page = as_user(client, office.signer).get(reverse("documents:draft", args=[office.draft.pk]))
    assert "Ký số bản PDF" in page.text
    response = client.post(reverse("signed:sign", args=[office.draft.pk]))
    signed = SignedReport.objects.get()
    assert response.url == reverse("signed:report", args=[signed.pk])
    page = client.get(response.url)
    assert "Nguyễn Văn Hùng" in page.text and "Số liệu vẫn khớp với số liệu đã ký." in page.text


def test_the_office_clerk_sees_no_sign_button_and_cannot_sign(client, office, token):
    page = as_user(client, office.clerk).get(reverse("documents:draft", args=[office.draft.pk]))
    assert "Ký số bản PDF" not in page.text
    assert client.post(reverse("signed:sign", args=[office.draft.pk])).status_code == 404
    assert not SignedReport.objects.exists()


@pytest.mark.parametrize("persona", ["reporter", "outsider"])
def test_people_outside_get_404_everywhere(client, request, persona, signed, office):
    user = request.getfixturevalue(persona)
    as_user(client, user)
    assert client.post(reverse("signed:sign", args=[office.draft.pk])).status_code == 404
    for name in ("report", "download"):
        assert client.get(reverse(f"signed:{name}", args=[signed.pk])).status_code == 404, name
    for name in ("send", "receive", "return", "reopen"):
        assert client.post(reverse(f"signed:{name}", args=[signed.pk]), {"reason": "x"}).status_code == 404, (
            name
        )
    assert "Phú Lương" not in client.get(reverse("signed:inbox")).text


def test_sent_up_it_arrives_verified_in_the_provinces_inbox_and_is_received(client, office, signed, world):
    as_user(client, office.clerk).post(reverse("signed:send", args=[signed.pk]))
    signed.refresh_from_db()
    assert (signed.state, signed.recipient, signed.verified_ok) == ("sent", world.thai_nguyen, True)
    assert signed.verification.startswith("Chữ ký hợp lệ. Ký bởi Nguyễn Văn Hùng (Huyện ủy Phú Lương)")
    inbox = as_user(client, office.province_office).get(reverse("signed:inbox"))
    assert "Huyện Phú Lương" in inbox.text and "Chữ ký hợp lệ" in inbox.text and "đã gửi" in inbox.text
    assert client.get(reverse("signed:download", args=[signed.pk])).status_code == 200
    client.post(reverse("signed:receive", args=[signed.pk]))
    signed.refresh_from_db()
    assert (signed.state, signed.handled_by) == ("received", office.province_office)
    assert "đã nhận" in client.get(reverse("signed:inbox")).text


def test_the_province_returns_a_report_with_a_reason_and_the_district_sends_it_again(client, office, signed):
    services.send_up(signed, office.clerk)
    as_user(client, office.province_office).post(reverse("signed:return", args=[signed.pk]), {"reason": " "})
    signed.refresh_from_db()
    assert signed.state == "sent"  # no reason, no return
    client.post(reverse("signed:return", args=[signed.pk]), {"reason": "Thiếu số liệu quý III"})
    signed.refresh_from_db()
    assert (signed.state, signed.return_reason) == ("returned", "Thiếu số liệu quý III")
    assert "trả lại" in client.get(reverse("signed:inbox")).text
    services.send_up(signed, office.clerk)
    signed.refresh_from_db()
    assert signed.state == "sent"


def test_the_district_cannot_receive_its_own_report(client, office, signed):
    services.send_up(signed, office.clerk)
    assert as_user(client, office.clerk).post(reverse("signed:receive", args=[signed.pk])).status_code == 404


def test_a_signed_file_from_outside_is_verified_on_receipt(client, office, signed, world):
    content = services.file_bytes(signed)
    upload = SimpleUploadedFile("bao-cao.pdf", content, content_type="application/pdf")
    as_user(client, office.province_office).post(
        reverse("signed:inbox"), {"file": upload, "unit": world.phu_luong.pk}
    )
    received = SignedReport.objects.get(source="upload")
    assert (received.state, received.verified_ok, received.locality) == ("sent", True, world.phu_luong)
    assert "Số liệu trong báo cáo vẫn khớp với số liệu của chitieu." in received.verification


def test_a_file_signed_by_someone_without_the_signer_role_there_is_refused(client, office, signed, world):
    from chitieu.accounts.models import Membership

    Membership.objects.filter(user=office.signer, role=Membership.Role.SIGNER).delete()
    received = services.take_in_upload(
        services.file_bytes(signed), "x.pdf", world.phu_luong, office.province_office
    )
    assert received.verified_ok is False
    assert "Người ký không có quyền ký báo cáo của Huyện Phú Lương." in received.verification


def test_a_changed_byte_is_refused_on_receipt_with_its_reason(client, office, signed, world):
    content = bytearray(services.file_bytes(signed))
    content[content.index(b"Trang 1")] = ord("X")
    received = services.take_in_upload(bytes(content), "x.pdf", world.phu_luong, office.province_office)
    assert received.verified_ok is False
    assert received.verification.startswith("Không hợp lệ: nội dung tệp đã bị sửa sau khi ký")


def test_the_public_page_says_who_signed_and_whether_the_figures_still_match(client, office, signed, world):
    content = services.file_bytes(signed)
    page = client.post(reverse("signed:verify"), {"file": SimpleUploadedFile("a.pdf", content)})
    assert page.status_code == 200
    assert "Ký bởi Nguyễn Văn Hùng" in page.text and "vẫn khớp với số liệu của chitieu" in page.text
    services.reopen(signed, office.signer, "Số chính thức của Cục Thống kê")
    figure(office.indicator, world.phu_luong, "55", actor=office.clerk)
    page = client.post(reverse("signed:verify"), {"file": SimpleUploadedFile("a.pdf", content)})
    assert "Số liệu đã thay đổi sau khi ký (2 ô của phụ lục)." in page.text  # the figure and its ratio
    assert "→" not in page.text  # today's figures are not shown to anyone who may not see the unit
    as_user(client, office.clerk)
    page = client.post(reverse("signed:verify"), {"file": SimpleUploadedFile("a.pdf", content)})
    assert "Số liệu đã thay đổi sau khi ký" in page.text and "52,5 → 55" in page.text


def test_the_public_page_refuses_a_file_above_the_limit_or_not_a_pdf(client, settings):
    settings.CHITIEU_UPLOAD_MAX_BYTES = 1000
    page = client.post(
        reverse("signed:verify"), {"file": SimpleUploadedFile("a.pdf", b"%PDF-" + b"0" * 2000)}
    )
    assert "Tệp lớn hơn" in page.text
    page = client.post(reverse("signed:verify"), {"file": SimpleUploadedFile("a.pdf", b"PK\x03\x04")})
    assert "Tệp không phải PDF." in page.text


def test_verify_report_on_the_command_line(office, signed, world, tmp_path):
    path = tmp_path / "da-ky.pdf"
    path.write_bytes(services.file_bytes(signed))
    out = StringIO()
    call_command("verify_report", str(path), stdout=out)
    assert "Chữ ký hợp lệ. Ký bởi Nguyễn Văn Hùng" in out.getvalue()
    content = bytearray(path.read_bytes())
    content[content.index(b"Trang 1")] = ord("X")
    path.write_bytes(bytes(content))
    with pytest.raises(SystemExit) as exit_code:
        call_command("verify_report", str(path), stdout=StringIO())
    assert exit_code.value.code == 1


def test_the_signed_report_page_names_the_changed_figure_after_a_reopen(client, office, signed, world):
    as_user(client, office.signer).post(reverse("signed:reopen", args=[signed.pk]), {"reason": ""})
    assert services.is_frozen(signed)
    client.post(reverse("signed:reopen", args=[signed.pk]), {"reason": "Số chính thức"})
    assert not services.is_frozen(signed)
    figure(office.indicator, world.phu_luong, "55", actor=office.clerk)
    page = client.get(reverse("signed:report", args=[signed.pk]))
    assert "Số liệu đã thay đổi sau khi ký" in page.text
    assert "1. Thu nhập bình quân đầu người" in page.text and "52,5 → 55" in page.text


def test_the_province_approver_reopens_and_the_office_clerk_may_not(client, office, signed, approver):
    as_user(client, office.clerk)
    assert client.post(reverse("signed:reopen", args=[signed.pk]), {"reason": "Sửa số"}).status_code == 404
    assert services.is_frozen(signed)
    as_user(client, approver)
    assert "Mở lại số liệu" in client.get(reverse("signed:report", args=[signed.pk])).text
    client.post(reverse("signed:reopen", args=[signed.pk]), {"reason": "Tỉnh cho phép điều chỉnh"})
    assert not services.is_frozen(signed)
    signed.refresh_from_db()
    assert (signed.reopened_by, signed.reopen_reason) == (approver, "Tỉnh cho phép điều chỉnh")
