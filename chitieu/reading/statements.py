"""Joining mentions into statements: the percentages that qualify a figure, a plan written beside its result,
a bracketed goal, and the plan named once for a list."""

import re

from chitieu.reading import kinds
from chitieu.reading.clauses import clause_start, sentence_start
from chitieu.reading.lexicon import PLAN
from chitieu.reading.mentions import ATTACHING_VERBS, PLAN_WORD, Mention

_ATTACH_GAP = re.compile(r"\s*[,(]?\s*(?:và\s+)?")
_ATTACH_AFTER_BRACKET = re.compile(r"[^()]*\)\s*,?\s*(?:và\s+)?")
_BRACKETED_PLAN = re.compile(
    rf"\s*,?\s*(?:(?:vượt|đạt|hoàn\s+thành|không\s+đạt|chưa\s+đạt|so\s+với|bằng)\s+)?(?:{PLAN})?\s*\("
    rf"\s*(?:(?:{PLAN})\s*(?::|là|đề\s+ra)?\s*)?",
    re.IGNORECASE,
)
_PLAN_FIGURE = re.compile(rf"(?P<plan>{PLAN})\s*:?\s*\Z", re.IGNORECASE)
_RESULT_GAP = re.compile(
    r"\s*[,;]?\s*(?:ước\s+thực\s+hiện|ước\s+TH|thực\s+hiện|TH|ước\s+đạt|ước|đạt|kết\s+quả)\s*:?\s*",
    re.IGNORECASE,
)


def join(text: str, mentions: list[Mention]) -> list[Mention]:
    """Attach to a statement the percentages that qualify it: "2.722 tỉ đồng, tăng 15,7%, đạt 114,3% chỉ tiêu"."""
    statements: list[Mention] = []
    for mention in mentions:
        head = statements[-1] if statements else None
        if (
            head is not None
            and head.bracketed
            and _ATTACH_AFTER_BRACKET.fullmatch(text, head.extent, mention.verb.start)
        ):
            head = head.same_subject_as  # "12.221 tỷ đồng, đạt 51,8% kế hoạch (23.600 tỷ đồng) và tăng 2,5%"
        plan = _plan_of(text, head, mention)
        if head is not None and plan:
            # "dự toán 45 tỷ đồng, thực hiện 48,2 tỷ đồng": the plan's figure is a goal and the result's target
            head.kind, head.subject_at = kinds.TARGET, plan[1]
            mention.target, mention.plan_name, mention.same_subject_as = head.value, plan[0], head
            statements.append(mention)
            continue
        if head is not None and head.plan_name and _measures_plan(text, head, mention):
            head.achievements.append((mention.value, head.plan_name))
            head.span_end, head.extent = mention.span_end, max(head.extent, mention.extent)
            continue
        if (
            head is not None
            and mention.comparison
            and mention.unit_text != "lần"
            and mention.verb.word in ATTACHING_VERBS
            and head.extent <= mention.verb.start
            and (
                _ATTACH_GAP.fullmatch(text, head.extent, mention.verb.start)
                or statements[-1] is not head
                and _ATTACH_AFTER_BRACKET.fullmatch(text, statements[-1].extent, mention.verb.start)
            )
        ):
            head.achievements.extend(mention.achievements)
            if head.change is None:
                head.change = mention.change
            head.span_end = mention.span_end
            head.extent = max(head.extent, mention.extent)
            continue
        if head is not None and _states_target_of(text, head, mention):
            head.target = mention.value  # "đạt 98,5% (chỉ tiêu 98%)": the bracket states the goal
            mention.kind, mention.same_subject_as, mention.bracketed = kinds.TARGET, head, True
        statements.append(mention)
    return statements


def _plan_of(text: str, head: Mention | None, mention: Mention) -> tuple[str, int] | None:
    """The plan's name and where it starts, when `head` is its figure and `mention` the result:
    "dự toán 45 tỷ đồng, thực hiện 48 tỷ đồng"."""
    if head is None or head.comparison or head.unit_text != mention.unit_text or mention.comparison:
        return None
    named = _PLAN_FIGURE.search(text, clause_start(text, head.lead, 0), head.lead)
    if named is None or not _RESULT_GAP.fullmatch(text, head.extent, mention.lead):
        return None
    return re.sub(r"\s+", " ", named.group("plan")).strip(), named.start()


def _measures_plan(text: str, head: Mention, mention: Mention) -> bool:
    """', đạt 104%' after a result set against a plan is that result's share of the plan."""
    return (
        mention.unit_text == "%"
        and not mention.comparison
        and mention.verb.word in ("đạt", "bằng")
        and _ATTACH_GAP.fullmatch(text, head.extent, mention.verb.start) is not None
    )


def _states_target_of(text: str, head: Mention, mention: Mention) -> bool:
    """'8,5%/năm, vượt chỉ tiêu Nghị quyết đề ra (8%)', '95% (KH: 90%)': the bracketed number is the plan's."""
    gap = text[head.extent : mention.lead]
    return (
        head.target is None
        and mention.unit_text.split("/")[0] == head.unit_text.split("/")[0]
        and not mention.comparison
        and _BRACKETED_PLAN.fullmatch(gap) is not None
        and (PLAN_WORD.search(gap) is not None or bool(head.achievements) and gap.strip() == "(")
        and text[mention.span_end : mention.span_end + 2].lstrip().startswith(")")
    )


def share_plans(text: str, statements: list[Mention]) -> None:
    """In a list of "A đạt 101%; B đạt 102%; C đạt 111% chỉ tiêu" the plan written last is meant for each item."""
    for index in range(len(statements) - 1, 0, -1):
        last = statements[index]
        if (
            len(last.achievements) != 1
            or last.verb.word not in ("đạt", "đạt được")
            or last.achievements[0][1] is None
        ):
            continue
        plan = last.achievements[0][1]
        sentence = sentence_start(text, last.numeral.start)
        for earlier in reversed(statements[:index]):
            bare = (
                earlier.unit_text == "%"
                and earlier.verb.word in ("đạt", "đạt được")
                and not earlier.achievements
                and earlier.change is None
                and not earlier.phrase
                and earlier.numeral.start >= sentence
                and re.match(r"\s*;", text[earlier.span_end : earlier.span_end + 3])
            )
            if not bare:
                break
            earlier.achievements = [(earlier.value, plan)]
