"""The PDF of the demo Phú Lương mid-term report, made by LibreOffice in the background task: the suite's one
real conversion."""

import shutil

import pytest
from pypdf import PdfReader

from chitieu.documents import services
from chitieu.documents.models import GeneratedFile
from chitieu.documents.tests.conftest import demo_resolution, make_draft, office_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        shutil.which("soffice") is None,
        reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui); .ci/run installs it.",
    ),
]


def test_the_report_becomes_a_pdf_with_its_portrait_pages_and_landscape_annex(
    django_capture_on_commit_callbacks,
):
    resolution = demo_resolution("Phú Lương")
    clerk = office_user(resolution.locality)
    draft = services.assign_number(make_draft(resolution, clerk))
    with django_capture_on_commit_callbacks(execute=True):
        generated = services.request_file(draft, GeneratedFile.Format.PDF, clerk)
    generated.refresh_from_db()
    assert (generated.status, generated.progress, generated.error) == ("done", 100, "")
    reader = PdfReader(generated.file.open("rb"))
    pages = reader.pages
    assert len(pages) >= 4
    first = pages[0].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in first and "Số 01-BC/HU" in first
    assert "12/13 xã đạt chuẩn nông thôn mới, đạt 92,3%" in " ".join(first.split())
    widths = [(round(float(page.mediabox.width)), round(float(page.mediabox.height))) for page in pages]
    assert widths[0] == (595, 842)  # A4 portrait, in points
    assert widths[-1] == (842, 595)  # the annex, landscape
    assert "PHỤ LỤC" in " ".join(
        page.extract_text() for page in pages if page.mediabox.width > page.mediabox.height
    )
