"""Who writes through the door: a signed-in person, or a named system loader run by the operator."""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


@dataclass(frozen=True)
class System:
    """A command-line loader (the demo, the national generator) laying down figures taken from published
    sources or marked illustrative. It is not a person: it holds no scope and is not stopped by locks, which
    govern what people change in a running office; its name is recorded in the history instead of a user."""

    name: str
    publishes: bool = True  # figures it loads are published ones, shown on the public page


Actor = AbstractBaseUser | AnonymousUser | System


def person(actor: Actor) -> AbstractBaseUser | None:
    """The user to record as author, None for a system loader or an anonymous caller."""
    if isinstance(actor, System) or not actor.is_authenticated:
        return None
    return actor  # type: ignore[return-value]


def via_label(actor: Actor, via: str) -> str:
    """What the history records as the door: the loader's name for a system actor."""
    return f"system:{actor.name}" if isinstance(actor, System) else via
