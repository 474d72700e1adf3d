"""Conventions kept by tests, not by memory: every field and model is labelled in Vietnamese and in the admin."""

from collections.abc import Iterator

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import override

# Labels that are written the same in both languages. Keep it short; each entry is a decision.
SAME_IN_BOTH_LANGUAGES: set[str] = set()


def chitieu_models() -> list[type[models.Model]]:
    return [
        model
        for config in apps.get_app_configs()
        if config.name.startswith("chitieu.")
        for model in config.get_models()
    ]


def labelled_fields() -> Iterator[tuple[str, models.Field]]:
    for model in chitieu_models():
        for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
            if not field.auto_created:
                yield f"{model._meta.label}.{field.name}", field


def _is_translated(label: object) -> bool:
    if not isinstance(label, Promise):
        return False
    with override(None):
        msgid = str(label)
    with override("vi"):
        translated = str(label)
    return translated != msgid or msgid in SAME_IN_BOTH_LANGUAGES


FIELDS = dict(labelled_fields())
MODELS = {model._meta.label: model for model in chitieu_models()}


def test_the_chitieu_apps_have_models():
    assert len(MODELS) >= 18


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_field_has_a_vietnamese_label(name):
    field = FIELDS[name]
    assert isinstance(field.verbose_name, Promise), f"{name}: give it verbose_name=_(…)"
    assert _is_translated(field.verbose_name), (
        f"{name}: “{field.verbose_name}” is missing from the vi catalogue"
    )


@pytest.mark.parametrize("name", sorted(n for n, f in FIELDS.items() if f.help_text))
def test_every_help_text_is_translated(name):
    assert _is_translated(FIELDS[name].help_text), f"{name}: help text missing from the vi catalogue"


@pytest.mark.parametrize("name", sorted(n for n, f in FIELDS.items() if f.choices))
def test_every_choice_is_translated(name):
    untranslated = [str(label) for _value, label in FIELDS[name].choices if not _is_translated(label)]
    assert not untranslated, f"{name}: choices missing from the vi catalogue: {untranslated}"


@pytest.mark.parametrize("label", sorted(MODELS))
def test_every_model_has_a_vietnamese_name(label):
    opts = MODELS[label]._meta
    assert _is_translated(opts.verbose_name), f"{label}: verbose_name missing or untranslated"
    assert _is_translated(opts.verbose_name_plural), f"{label}: verbose_name_plural missing or untranslated"


@pytest.mark.parametrize("label", sorted(MODELS))
def test_every_model_is_in_the_admin(label):
    assert admin.site.is_registered(MODELS[label]), f"{label}: register it in its app's admin.py"


def test_every_app_has_a_vietnamese_name():
    configs = [config for config in apps.get_app_configs() if config.name.startswith("chitieu.")]
    untranslated = [config.name for config in configs if not _is_translated(config.verbose_name)]
    assert not untranslated
