"""The back office's scripts speak Vietnamese too, where Django's vi catalogue leaves a sentence in English."""

import json

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_the_timezone_note_of_the_date_widgets_is_vietnamese(admin_client):
    catalogue = admin_client.get(reverse("admin:jsi18n")).content.decode()
    for sentence in (
        "Lưu ý: nhập giờ theo múi giờ %(timezone)s (bạn đang sớm hơn %(offset)s giờ).",
        "Lưu ý: nhập giờ theo múi giờ %(timezone)s (bạn đang muộn hơn %(offset)s giờ).",
    ):
        assert json.dumps(sentence) in catalogue  # the catalogue writes letters as \u escapes
