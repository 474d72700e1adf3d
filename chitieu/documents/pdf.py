"""Word to PDF through LibreOffice headless, with a profile of its own per call so parallel runs never clash."""

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 180


class ConversionError(RuntimeError):
    """LibreOffice is missing, failed, or took too long; the message is shown to the user."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, *, timeout: int = TIMEOUT_SECONDS) -> bytes:
    program = soffice()
    if program is None:
        raise ConversionError("Máy chủ chưa cài LibreOffice (soffice) nên không chuyển được sang PDF.")
    with tempfile.TemporaryDirectory(prefix="chitieu-pdf-") as work:
        folder = Path(work)
        source = folder / "bao-cao.docx"
        source.write_bytes(docx)
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        # soffice starts soffice.bin as a child: its own process group lets a timeout stop both.
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
        )
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ConversionError(f"LibreOffice không chuyển xong sau {timeout} giây.") from exc
        target = folder / "bao-cao.pdf"
        if process.returncode != 0 or not target.exists():
            detail = (err or out).decode(errors="replace").strip()[-300:]
            raise ConversionError(f"LibreOffice không chuyển được sang PDF. {detail}".strip())
        return target.read_bytes()
