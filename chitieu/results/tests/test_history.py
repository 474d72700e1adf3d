"""The target's history: who changed what, when, from which value to which, and why."""

from django.urls import reverse


def test_the_history_shows_every_change_with_its_reason(client, reporter, approver, entry, frozen):
    client.force_login(reporter)
    key = f"i{entry.income_indicator.pk}"
    page = reverse("results:entry", args=[entry.period.pk, entry.world.yen_ninh.pk])
    client.post(page, {f"{key}-value": "45", f"{key}-kind": 1, "submit": "1"})
    submission = entry.period.submissions.get()
    client.force_login(approver)
    client.post(
        reverse("results:approval", args=[submission.pk]),
        {"decision": "return", "reason": "Kiểm tra lại số hộ"},
    )
    client.force_login(reporter)
    seen = client.get(page).context["form"][f"{key}-versions"].value()
    client.post(page, {f"{key}-value": "44,8", f"{key}-kind": 1, f"{key}-versions": seen})
    history = client.get(
        reverse("results:history", args=[entry.income.pk]) + f"?locality={entry.world.yen_ninh.pk}"
    )
    text = history.content.decode()
    assert "44,8" in text and ">45<" in text
    assert "Kiểm tra lại số hộ" in text
    assert "Đức" in text  # the reporter's name
