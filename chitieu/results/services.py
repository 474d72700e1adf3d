"""Writes of observations with a business meaning: record a value, keeping the one it replaces."""

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator
from chitieu.results.models import Observation, ObservationRevision, PeriodKind, ValueKind


@transaction.atomic
def record_observation(
    *,
    indicator: Indicator,
    locality: Locality,
    period_start: date,
    period_end: date,
    value: Decimal | None,
    reported_on: date,
    kind: int = ValueKind.OFFICIAL,
    period_kind: str = PeriodKind.YEAR,
    text_value: str = "",
    source: str = "",
    source_sentence: str = "",
    note: str = "",
    is_illustrative: bool = False,
    user: AbstractBaseUser | None = None,
    reason: str = "",
) -> Observation:
    """Create or replace the value for (indicator, locality, period, kind); a replaced value goes to the history."""
    observation = (
        Observation.objects.select_for_update()
        .filter(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
        .first()
    )
    if observation is None:
        observation = Observation(
            indicator=indicator,
            locality=locality,
            period_start=period_start,
            period_end=period_end,
            kind=kind,
        )
    elif observation.value != value or observation.text_value != text_value:
        ObservationRevision.objects.create(
            observation=observation,
            value=observation.value,
            text_value=observation.text_value,
            reported_on=observation.reported_on,
            source=observation.source,
            replaced_by=user if user is not None and user.is_authenticated else None,
            reason=reason,
        )
    observation.period_kind = period_kind
    observation.value = value
    observation.text_value = text_value
    observation.reported_on = reported_on
    observation.source = source
    observation.source_sentence = source_sentence
    observation.note = note
    observation.is_illustrative = is_illustrative
    observation.updated_by = user if user is not None and user.is_authenticated else None
    observation.full_clean(validate_unique=False)
    observation.save()
    return observation
