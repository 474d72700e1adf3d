"""The one write door: every write of observations, plan values, commentary and submissions passes here.

The entry page, its workbook and the background import, the many-unit workbook, the API's bulk endpoints, the
reading screen, the setup page, the back office and the loaders (with an explicit `System` actor) call these
functions and nothing else writes those tables (a convention test keeps it so). Each checks, inside its
transaction and under row locks, the writer's scope, that the figure's dates are those of a stored reporting
period, the lock layer of that period and of any period holding it, the submission's state, and the role
(plan values need the office). It is also where the read model is kept in step with every write.
"""

from chitieu.results.door.actors import Actor, System
from chitieu.results.door.figures import (
    BulkResult,
    Figure,
    StaleValue,
    delete_loaded,
    delete_observations,
    insert_observations,
    record_observation,
    write_observations,
)
from chitieu.results.door.guard import Refusal, Refused, check_places, place_refusals
from chitieu.results.door.plans import PlanFigure, delete_plan_values, set_plan_values
from chitieu.results.door.submissions import (
    Conflicts,
    Decided,
    Entry,
    EntryRefused,
    Notes,
    approval_levels,
    approval_rule,
    approve_each,
    decide_submission,
    is_open,
    reopen,
    save_entries,
)
from chitieu.results.door.text import clean_text

__all__ = [
    "Actor",
    "BulkResult",
    "Conflicts",
    "Decided",
    "Entry",
    "Figure",
    "EntryRefused",
    "Notes",
    "PlanFigure",
    "Refusal",
    "Refused",
    "StaleValue",
    "System",
    "approval_levels",
    "approval_rule",
    "approve_each",
    "check_places",
    "clean_text",
    "decide_submission",
    "delete_loaded",
    "delete_observations",
    "delete_plan_values",
    "insert_observations",
    "is_open",
    "place_refusals",
    "record_observation",
    "reopen",
    "save_entries",
    "set_plan_values",
    "write_observations",
]
