"""A status has one set of words, in display.py: the engine's Vietnamese, English only on an English page, and a
review report always Vietnamese."""

from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.utils import translation

from chitieu.evaluation.display import status_text, status_words
from chitieu.evaluation.engine.definitions import Evaluation, Status
from chitieu.evaluation.engine.wording import STATUS_LABELS


def test_a_status_reads_in_the_engines_vietnamese_by_default():
    with translation.override("vi"):
        assert [status_words(s) for s in Status] == [STATUS_LABELS[s] for s in Status]
    with translation.override(None):
        assert status_words(Status.NOT_MET) == "không đạt"


def test_the_near_band_keeps_its_figure_in_either_language():
    with translation.override("vi"):
        assert status_words(Status.NEAR, Decimal(90)) == "đạt trên 90%"
    with translation.override("en"):
        assert status_words(Status.NEAR, Decimal("92.5")) == "met over 92,5%"


def test_an_english_page_reads_every_status_in_english():
    with translation.override("en"):
        words = [status_words(s) for s in Status]
    assert words == [
        "exceeded",
        "met",
        "nearly met",
        "on track",
        "likely to be met",
        "hard to meet",
        "not met",
        "no data yet",
    ]


def test_a_shortfall_before_its_deadline_reads_not_yet_met_in_either_language():
    evaluation = Evaluation("1", Decimal(40), {}, Decimal(50), Status.NOT_MET, None, None, [], [], [], [], [])
    with translation.override("vi"):
        assert status_text(evaluation, None, due=False) == "chưa đạt"
        assert status_text(evaluation, None, due=True) == "không đạt"
    with translation.override("en"):
        assert status_text(evaluation, None, due=False) == "not met yet"
        assert status_text(evaluation, None, due=True) == "not met"


def test_the_terminal_speaks_vietnamese_after_an_english_request(world):
    out = StringIO()
    with translation.override("en"):
        call_command("evaluate", "Phú Lương", "--until", "31/12/2023", "--near-band", "90", stdout=out)
    assert "Có xếp loại “đạt trên 90%”." in out.getvalue()
