"""The data of a review report that a signature vouches for, serialised canonically and hashed, and how the
figures of today differ from those signed.

The data are what the Word and Excel renderers receive: the annex lines (every figure, ratio, forecast and
status as printed), the status counts of the chart, the coverage notes, and the report's sentences."""

import copy
import hashlib
import json
from typing import Any

from django.utils import timezone

from chitieu.documents.annex import Annex
from chitieu.documents.models import ReportDraft
from chitieu.documents.report import annex_for

Data = dict[str, Any]


def annex_data(annex: Annex) -> Data:
    return {
        "title": annex.title,
        "headers": annex.headers,
        "lines": [
            {"key": f"{line.label} {line.name}".strip(), "cells": line.texts()} for line in annex.lines
        ],
        "status_counts": [[str(status), label, count] for status, label, count in annex.status_counts],
        "coverage": list(getattr(annex, "coverage", [])),
    }


def report_data(draft: ReportDraft, annex: Annex | None = None) -> Data:
    """What the report says: its identity, its sentences, and its annex (as printed)."""
    return {
        "report": {
            "resolution": draft.resolution.title,
            "locality": str(draft.resolution.locality),
            "kind": draft.kind,
            "as_of": draft.as_of.isoformat(),
            "body": draft.body,
            "number": draft.number,
            "dated": draft.dated.isoformat(),
            "subject": draft.subject,
        },
        "sentences": [line.strip() for line in draft.text.splitlines() if line.strip()],
        "annex": annex_data(annex if annex is not None else annex_for(draft)),
    }


def current_annex(draft: ReportDraft) -> Annex:
    """The annex on the figures known today, whatever date the draft's figures were known on."""
    fresh = copy.copy(draft)
    fresh.known_on = timezone.localdate()
    fresh.generated_at = timezone.now()
    return annex_for(fresh)


def canonical(data: Data) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same data give the same bytes on any machine."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def digest(data: Data) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()


def differences(signed: Data, now: Data) -> list[str]:
    """The annex cells that changed, one sentence each: '1. Thu nhập…: Ước TH 2026 52 → 55'."""
    before, after = signed.get("annex", {}), now.get("annex", {})
    headers = after.get("headers") or before.get("headers") or []
    old = {line["key"]: line["cells"] for line in before.get("lines", [])}
    new = {line["key"]: line["cells"] for line in after.get("lines", [])}
    changes: list[str] = []
    for key, cells in new.items():
        if key not in old:
            changes.append(f"{key}: dòng mới, không có trong báo cáo đã ký")
            continue
        for index, (was, is_now) in enumerate(zip(old[key], cells, strict=False)):
            if was != is_now:
                column = headers[index] if index < len(headers) else f"cột {index + 1}"
                changes.append(f"{key}: {column} {was or '(trống)'} → {is_now or '(trống)'}")
    changes += [f"{key}: dòng đã bỏ so với báo cáo đã ký" for key in old if key not in new]
    if before.get("status_counts") != after.get("status_counts") and not changes:
        changes.append("số chỉ tiêu theo từng mức đánh giá đã thay đổi")
    return changes
