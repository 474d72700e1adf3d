"""Signing freezes the figures the report quotes: a later change is refused (a lock exception does not lift it),
a reopen with a reason does, and the report then names the figure that changed since it was signed."""

from datetime import date

import pytest
from django.contrib.admin.models import DELETION, LogEntry

from chitieu.documents.signed import services
from chitieu.documents.signed.fingerprint import canonical, differences, digest, report_data
from chitieu.documents.signed.tests.conftest import figure
from chitieu.results.door import Refused
from chitieu.results.door.freezes import ReasonRequired
from chitieu.results.models import LockException, PeriodLock

pytestmark = pytest.mark.django_db


def test_the_fingerprint_is_the_sha256_of_the_sorted_json_of_the_reports_data(office):
    data = report_data(office.draft)
    assert canonical(data).startswith(b'{"annex":{"coverage":')
    assert "Thu nhập bình quân đầu người" in canonical(data).decode()
    assert digest(data) == digest(report_data(office.draft))
    line = next(line for line in data["annex"]["lines"] if "Thu nhập" in line["key"])
    assert "52,5" in line["cells"]


def test_signing_freezes_the_quoted_periods_of_the_unit(office, token, world):
    signed = services.sign_report(office.draft, office.signer)
    locks = PeriodLock.objects.filter(frozen_by=str(signed.key))
    assert [(lock.period, lock.locality) for lock in locks] == [(office.period, world.phu_luong)]
    assert LogEntry.objects.filter(object_repr=str(locks[0])).exists()


def test_a_change_to_a_quoted_figure_is_refused_even_with_a_lock_exception(office, token, world, approver):
    services.sign_report(office.draft, office.signer)
    LockException.objects.create(
        period=office.period, locality=world.phu_luong, until=date(2099, 1, 1), granted_by=approver
    )
    with pytest.raises(Refused, match="báo cáo đã ký"):
        figure(office.indicator, world.phu_luong, "55", actor=office.clerk)
    with pytest.raises(Refused, match="báo cáo đã ký"):  # a unit below is frozen with it
        figure(office.indicator, world.yen_ninh, "7", actor=office.clerk)


def test_after_a_reopen_with_a_reason_the_change_goes_through_and_the_report_names_it(office, token, world):
    signed = services.sign_report(office.draft, office.signer)
    assert services.changes_since_signing(signed) == []
    with pytest.raises(ReasonRequired):
        services.reopen(signed, office.signer, "   ")
    assert services.reopen(signed, office.signer, "Cục Thống kê công bố số chính thức") == 1
    assert not PeriodLock.objects.exists()
    entry = LogEntry.objects.get(action_flag=DELETION)
    assert entry.change_message == "Mở lại số liệu đã ký: Cục Thống kê công bố số chính thức"
    assert entry.user == office.signer
    figure(office.indicator, world.phu_luong, "55", actor=office.clerk)
    changes = services.changes_since_signing(signed)
    assert any(
        change.startswith("1. Thu nhập bình quân đầu người:") and "52,5 → 55" in change for change in changes
    )
    signed.refresh_from_db()
    assert signed.reopen_reason == "Cục Thống kê công bố số chính thức"


def test_a_report_whose_figures_changed_since_its_pdf_is_not_signed(office, token, world):
    figure(office.indicator, world.phu_luong, "53")
    with pytest.raises(services.SigningRefused, match="Số liệu đã thay đổi sau khi soạn"):
        services.sign_report(office.draft, office.signer)


def test_differences_name_the_column_and_both_values():
    before = {
        "annex": {
            "headers": ["STT", "Chỉ tiêu", "TH 2023"],
            "lines": [{"key": "1. A", "cells": ["1.", "A", "5"]}],
        }
    }
    after = {
        "annex": {
            "headers": ["STT", "Chỉ tiêu", "TH 2023"],
            "lines": [{"key": "1. A", "cells": ["1.", "A", "6"]}],
        }
    }
    assert differences(before, after) == ["1. A: TH 2023 5 → 6"]
