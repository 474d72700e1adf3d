"""The backup archive carries the evidence and generated files with a manifest and checksums; a restore gives them
back byte for byte, and refuses an empty, damaged or foreign file before it touches anything (issue 18)."""

import io
import json
import sqlite3
import tarfile
from datetime import date
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from chitieu.results.models import Evidence, ReportingPeriod
from chitieu.scale.backup import MANIFEST, fingerprint

pytestmark = pytest.mark.django_db(transaction=True)
SCAN = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


@pytest.fixture
def roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CHITIEU_EVIDENCE_ROOT = tmp_path / "evidence"
    return tmp_path


@pytest.fixture
def evidence(world, roots) -> Evidence:
    period = ReportingPeriod.objects.create(
        kind="year",
        name="Năm 2024",
        start=date(2024, 1, 1),
        end=date(2024, 12, 31),
        deadline=date(2025, 1, 15),
    )
    item = Evidence(
        period=period, locality=world.yen_ninh, original_name="Biên bản.pdf", file_type="pdf", size=len(SCAN)
    )
    item.file.save("bien-ban.pdf", ContentFile(SCAN), save=True)
    generated = roots / "media" / "documents" / "bao-cao.docx"
    generated.parent.mkdir(parents=True)
    generated.write_bytes(b"PK\x03\x04 bao cao")
    return item


def test_the_round_trip_gives_back_the_database_and_the_evidence_byte_for_byte(evidence, roots, tmp_path):
    before = fingerprint()
    archive = tmp_path / "chitieu.tar.gz"
    call_command("backup", str(archive), stdout=StringIO())
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile(MANIFEST))
    names = {entry["name"] for entry in manifest["members"]}
    assert f"files/evidence/{evidence.file.name}" in names and "files/media/documents/bao-cao.docx" in names
    assert all(len(entry["sha256"]) == 64 for entry in manifest["members"])

    path = evidence.file.path
    evidence.file.storage.delete(evidence.file.name)
    (roots / "media" / "documents" / "bao-cao.docx").unlink()
    Evidence.objects.all().delete()
    assert fingerprint() != before

    out = StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "Đã khôi phục" in out.getvalue()
    assert fingerprint() == before
    restored = Evidence.objects.get()
    assert restored.file.path == path
    with restored.file.open("rb") as stream:
        assert stream.read() == SCAN
    assert (roots / "media" / "documents" / "bao-cao.docx").read_bytes() == b"PK\x03\x04 bao cao"


def a_sqlite_file(path):
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE khac (id integer)")
    other.close()
    return path.read_bytes()


def tampered(archive_bytes: bytes) -> bytes:
    """The archive with one byte of its database changed and the manifest left as it was."""
    source = tarfile.open(fileobj=io.BytesIO(archive_bytes))
    out = io.BytesIO()
    with source, tarfile.open(fileobj=out, mode="w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name.startswith("database."):
                data = data[:-1] + bytes([data[-1] ^ 1])
            target.addfile(member, io.BytesIO(data))
    return out.getvalue()


def without_manifest(archive_bytes: bytes) -> bytes:
    source = tarfile.open(fileobj=io.BytesIO(archive_bytes))
    out = io.BytesIO()
    with source, tarfile.open(fileobj=out, mode="w:gz") as target:
        for member in source:
            if member.name != MANIFEST:
                target.addfile(member, source.extractfile(member))
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda good, tmp: b"", "rỗng"),
        (lambda good, tmp: b"\x00garbage" * 100, "không phải bản sao lưu của chitieu"),
        (lambda good, tmp: a_sqlite_file(tmp / "khac.sqlite3"), "không phải bản sao lưu của chitieu"),
        (lambda good, tmp: without_manifest(good), "không phải bản sao lưu của chitieu"),
        (lambda good, tmp: tampered(good), "bị hỏng"),
        (lambda good, tmp: good[: len(good) // 2], "không"),
    ],
    ids=["empty", "garbage", "another-sqlite-database", "no-manifest", "tampered", "truncated"],
)
def test_a_restore_refuses_a_bad_file_before_touching_anything(evidence, tmp_path, make, message):
    good = tmp_path / "good.tar.gz"
    call_command("backup", str(good), stdout=StringIO())
    before = fingerprint()
    bad = tmp_path / "bad.backup"
    bad.write_bytes(make(good.read_bytes(), tmp_path))
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(bad), stdout=StringIO())
    assert fingerprint() == before
    with Evidence.objects.get().file.open("rb") as stream:
        assert stream.read() == SCAN
