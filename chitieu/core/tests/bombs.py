"""Hostile files made small on disk: a workbook holding one huge shared string, a Word file whose text unpacks to
tens of MB; and a runner that reads one in a fresh process and reports its peak memory and time."""

import io
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

CHUNK = b"A" * (1 << 20)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _write_repeated(archive: zipfile.ZipFile, name: str, head: bytes, megabytes: int, tail: bytes) -> None:
    with archive.open(name, "w", force_zip64=True) as part:
        part.write(head)
        for _ in range(megabytes):
            part.write(CHUNK)
        part.write(tail)


def workbook_parts(archive: zipfile.ZipFile, sheet_xml: str, sheet: str = "Số liệu") -> None:
    """The parts of a one-sheet workbook but its shared strings, which the caller writes."""
    archive.writestr("[Content_Types].xml", "<Types/>")
    archive.writestr(
        "xl/workbook.xml",
        f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONS}"><sheets>'
        f'<sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
    )
    archive.writestr(
        "xl/_rels/workbook.xml.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELATIONS}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
    )
    archive.writestr(
        "xl/worksheets/sheet1.xml",
        f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_xml}</sheetData></worksheet>',
    )


def workbook_bomb(path: Path, megabytes: int = 400) -> Path:
    """An .xlsx of a few hundred KB whose one shared string is `megabytes` MB of "A"."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        workbook_parts(archive, '<row r="5"><c r="J5" t="s"><v>0</v></c></row>')
        _write_repeated(
            archive,
            "xl/sharedStrings.xml",
            f'<sst xmlns="{MAIN}"><si><t>'.encode(),
            megabytes,
            b"</t></si></sst>",
        )
    return path


def shared_strings_workbook(strings: list[str]) -> bytes:
    """An .xlsx, stored without compression, whose column A shows each of `strings` as a shared string."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        rows = "".join(
            f'<row r="{n + 5}"><c r="A{n + 5}" t="s"><v>{n}</v></c></row>' for n in range(len(strings))
        )
        workbook_parts(archive, rows)
        items = "".join(f"<si><t>{text}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{items}</sst>')
    return out.getvalue()


def word_bomb(path: Path, megabytes: int = 80) -> Path:
    """A .docx of a few hundred KB whose document.xml unpacks to `megabytes` MB."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        _write_repeated(
            archive,
            "word/document.xml",
            f'<w:document xmlns:w="{namespace}"><w:body><w:p><w:r><w:t>'.encode(),
            megabytes,
            b"</w:t></w:r></w:p></w:body></w:document>",
        )
    return path


@dataclass
class Run:
    output: str
    peak_mb: float
    seconds: float
    returncode: int


def run_alone(code: str, timeout: float = 120) -> Run:
    """Run `code` after django.setup() in a new Python process; its own peak RSS and wall time.

    The peak comes from wait4 on that very child: RUSAGE_CHILDREN would give the largest of every child this
    test process ever waited for."""
    prelude = (
        "import django, os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'chitieu.settings')\ndjango.setup()\n"
        + _PEAK_AT_EXIT
    )
    started = time.monotonic()
    with tempfile.TemporaryFile() as output:
        child = subprocess.Popen(
            [sys.executable, "-c", prelude + code],
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parents[3],
        )
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode(errors="replace")
    own = re.findall(r"^VMHWM (\d+)$", text, re.MULTILINE)
    peak = int(own[-1]) / 1024 if own else usage.ru_maxrss / 1024
    return Run(text, peak, time.monotonic() - started, child.returncode)


# The child's own peak (VmHWM of its memory map), printed as it exits: ru_maxrss, even from wait4, also counts the
# test run's memory at the moment the child was forked, which grows as the suite runs.
_PEAK_AT_EXIT = """
import atexit
def _peak():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                print("VMHWM", line.split()[1], flush=True)
    except OSError:
        pass
atexit.register(_peak)
"""
