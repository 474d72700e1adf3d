"""Backup and restore of the whole site: one archive with the database, the evidence and generated files, a
manifest and a checksum of every member.

The archive is a .tar.gz: `manifest.json` (format, version, date, database vendor and dump method, and each
member's size and SHA-256), `database.*` (PostgreSQL: `pg_dump -Fc`; SQLite: a copy made with the online backup
API; otherwise `dumpdata` JSON), `files/evidence/…` (the evidence root) and `files/media/…` (MEDIA_ROOT: generated
documents). A restore checks all of it before it touches anything, and keeps the database it replaces.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

FORMAT, VERSION = "chitieu-backup", 1
MANIFEST = "manifest.json"
DUMPS = {"sqlite3": "database.sqlite3", "pg_dump": "database.pgdump", "dumpdata": "database.json"}
CHUNK = 1 << 20


class BackupRefused(Exception):
    """The file cannot be restored; nothing was touched. The message says why, in Vietnamese."""


@dataclass(frozen=True)
class Restored:
    method: str
    files: int
    kept: Path | None  # the database as it was before, when it is a file


def file_roots() -> dict[str, Path]:
    """The folders a backup carries, by their name in the archive."""
    from chitieu.results.models import evidence_root

    return {"evidence": Path(evidence_root()), "media": Path(settings.MEDIA_ROOT)}


def _pg_env() -> tuple[list[str], dict[str, str]]:
    database = connection.settings_dict
    args = [
        "-h",
        database["HOST"] or "127.0.0.1",
        "-p",
        str(database["PORT"] or 5432),
        "-U",
        database["USER"] or "postgres",
    ]
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return args, env


def _method() -> str:
    if connection.vendor == "sqlite":
        return "sqlite3"
    if connection.vendor == "postgresql" and shutil.which("pg_dump") and shutil.which("pg_restore"):
        return "pg_dump"
    return "dumpdata"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _dump(method: str, target: Path) -> None:
    if method == "sqlite3":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    elif method == "pg_dump":
        args, env = _pg_env()
        name = connection.settings_dict["NAME"]
        subprocess.run(["pg_dump", *args, "-Fc", "-f", str(target), name], env=env, check=True)
    else:
        with target.open("w", encoding="utf-8") as out:
            call_command("dumpdata", natural_foreign=True, indent=None, stdout=out)


def _files() -> list[tuple[str, Path]]:
    """(name in the archive, path) of every file under the roots, each once (the evidence root may lie in
    MEDIA_ROOT)."""
    found: dict[Path, str] = {}
    for label, root in file_roots().items():
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.is_symlink():
                resolved = path.resolve()
                found.setdefault(resolved, f"files/{label}/{path.relative_to(root).as_posix()}")
    return sorted((name, path) for path, name in found.items())


def backup(path: Path) -> str:
    """Write the archive to `path` (through a temporary file beside it); returns the database method used."""
    method = _method()
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DUMPS[method]
        _dump(method, dump)
        members = [(DUMPS[method], dump), *_files()]
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": timezone.now().isoformat(),
            "database": {"vendor": connection.vendor, "method": method, "file": DUMPS[method]},
            "members": [
                {"name": name, "size": p.stat().st_size, "sha256": _sha256(p)} for name, p in members
            ],
        }
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            for name, member in members:
                archive.add(member, arcname=name, recursive=False)
            text = Path(work) / MANIFEST
            text.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            archive.add(text, arcname=MANIFEST)
        partial.replace(path)
    return method


def restore(path: Path) -> Restored:
    """Put back the database and the files of the archive at `path`, after checking every member against the
    manifest; BackupRefused, with nothing touched, for an empty, damaged or foreign file."""
    with tempfile.TemporaryDirectory(dir=_work_dir()) as work:
        manifest = _unpack_checked(path, Path(work))
        method = manifest["database"]["method"]
        dump = Path(work) / manifest["database"]["file"]
        _check_dump(method, dump)
        kept = _restore_database(method, dump)
        files = 0
        roots = file_roots()
        for entry in manifest["members"]:
            parts = PurePosixPath(entry["name"]).parts
            if parts[0] == "files" and parts[1] in roots:
                target = roots[parts[1]].joinpath(*parts[2:])
                target.parent.mkdir(parents=True, exist_ok=True)
                staged = target.with_name(target.name + ".restoring")
                shutil.copyfile(Path(work) / entry["name"], staged)
                staged.replace(target)
                files += 1
    return Restored(method, files, kept)


def _work_dir() -> Path:
    """Where an archive is unpacked for checking: beside the data, not in a small /tmp."""
    folder = Path(getattr(settings, "VAR_DIR", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _unpack_checked(path: Path, work: Path) -> dict:
    if not path.is_file() or path.stat().st_size == 0:
        raise BackupRefused(f"Tệp {path} rỗng: không phải bản sao lưu. Cơ sở dữ liệu không bị thay đổi.")
    foreign = (
        f"Tệp {path} không phải bản sao lưu của chitieu (tạo bằng `chitieu backup`). Không có gì bị thay đổi."
    )
    try:
        archive = tarfile.open(path, "r:*")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupRefused(foreign) from exc
    with archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError, tarfile.TarError, OSError, EOFError) as exc:
            raise BackupRefused(foreign) from exc
        if (
            not isinstance(manifest, dict)
            or manifest.get("format") != FORMAT
            or manifest.get("version") != VERSION
        ):
            raise BackupRefused(foreign)
        vendor = manifest.get("database", {}).get("vendor")
        if vendor != connection.vendor or manifest["database"].get("method") not in DUMPS:
            raise BackupRefused(
                f"Bản sao lưu này của cơ sở dữ liệu {vendor}, còn chitieu đang dùng {connection.vendor}: "
                "không khôi phục được. Không có gì bị thay đổi."
            )
        expected = {entry["name"]: entry for entry in manifest.get("members", [])}
        seen = set()
        for member in archive:
            if member.name == MANIFEST:
                continue
            entry = expected.get(member.name)
            name = PurePosixPath(member.name)
            if entry is None or not member.isfile() or name.is_absolute() or ".." in name.parts:
                raise BackupRefused(
                    f"Bản sao lưu có phần lạ “{member.name}”: không khôi phục. {_unchanged()}"
                )
            target = work / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            with archive.extractfile(member) as source, target.open("wb") as out:  # type: ignore[union-attr]
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != entry["sha256"] or target.stat().st_size != entry["size"]:
                raise BackupRefused(
                    f"Phần “{member.name}” của bản sao lưu bị hỏng (sai mã kiểm tra). {_unchanged()}"
                )
            seen.add(member.name)
    missing = set(expected) - seen
    if missing or manifest["database"]["file"] not in seen:
        raise BackupRefused(f"Bản sao lưu thiếu {len(missing) or 1} phần: không khôi phục. {_unchanged()}")
    return manifest


def _unchanged() -> str:
    return "Cơ sở dữ liệu và các tệp không bị thay đổi."


def _check_dump(method: str, dump: Path) -> None:
    """The dump itself is a database of this site: checked before the current one is touched."""
    refused = BackupRefused(f"Phần cơ sở dữ liệu của bản sao lưu không đọc được. {_unchanged()}")
    if method == "sqlite3":
        try:
            with sqlite3.connect(f"file:{dump}?mode=ro", uri=True) as copy:
                ok = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                ok = ok and copy.execute("SELECT count(*) FROM django_migrations").fetchone()[0] > 0
            copy.close()
        except sqlite3.DatabaseError as exc:
            raise refused from exc
        if not ok:
            raise refused
    elif method == "pg_dump":
        listed = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True)
        if listed.returncode != 0 or "django_migrations" not in listed.stdout:
            raise refused
    else:
        try:
            json.loads(dump.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise refused from exc


def _restore_database(method: str, dump: Path) -> Path | None:
    if method == "sqlite3":
        connection.ensure_connection()
        kept = Path(connection.settings_dict["NAME"]).with_suffix(".before-restore.sqlite3")
        with sqlite3.connect(kept) as copy:
            connection.connection.backup(copy)
        copy.close()
        with sqlite3.connect(dump) as source:
            source.backup(connection.connection)
        source.close()
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM django_migrations")
        except Exception:
            with sqlite3.connect(kept) as before:
                before.backup(connection.connection)
            before.close()
            raise
        return kept
    if method == "pg_dump":
        args, env = _pg_env()
        connection.close()
        # One transaction: a restore that fails half-way leaves the database as it was.
        done = subprocess.run(
            ["pg_restore", *args, "--clean", "--if-exists", "--no-owner", "--single-transaction",
             "-d", connection.settings_dict["NAME"], str(dump)],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode != 0:
            raise BackupRefused(
                f"pg_restore thất bại, cơ sở dữ liệu giữ nguyên như trước: {done.stderr.strip()[:500]}"
            )
        return None
    with transaction.atomic():
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", str(dump), verbosity=0)
    return None


def fingerprint() -> dict[str, tuple[int, str]]:
    """Every table's row count and a checksum of its rows, for comparing two states of the database."""
    result = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT * FROM {quote(table)}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result
