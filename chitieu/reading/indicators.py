"""What each statement measures: the subject before its verb, the noun phrase after its number, the action
before a count, or the subject of the clause before it."""

import re

from chitieu.reading.clauses import clause_start, sentence_start
from chitieu.reading.lexicon import GENERIC_CLASSIFIERS, QUALIFIER, STRUCTURE_NOUNS
from chitieu.reading.mentions import SCALES_AHEAD, Mention
from chitieu.reading.phrases import phrase_after, starts_noun
from chitieu.reading.subjects import (
    header_before,
    object_lead_in,
    previous_clause_subject,
    subject_before,
    verb_phrase_before,
)
from chitieu.reading.units import COUNT, MEASURE

_LINKED = (
    "là",
    "gồm",
    "lên",
    "xuống",
    "còn",
    "chiếm",
    "đạt",
    "đạt được",
    "ước đạt",
    "bằng",
    "tới",
    "duy trì",
    "ở mức",
)
# A frame around a count: "(với) sự tham dự của", "… với": the count is named by its own noun.
_FRAME = re.compile(r"(?:^|\s)(?:sự\s.*(?:của|với)|với)$|^với$", re.IGNORECASE)
_QUALIFIER_AT_END = re.compile(rf"(?:^|\s)(?:{QUALIFIER})\s*$", re.IGNORECASE)
_TIME_WORDS = frozenset("sau trước trong qua từ đến tới".split())  # "Sau │24 chặng đua"
_ADVERBIALS = frozenset(("bình quân", "trung bình", "tổng cộng", "mỗi năm", "hằng năm", "hàng năm", "cả năm"))
_NOT_A_VERB = frozenset("của các những này đó nay năm mới cũ tỉnh huyện xã".split())
_NUMBER_HEAD = re.compile(r"(?:tổng\s+)?số(?:\s+lượng)?\s+\w", re.IGNORECASE)
_FOR = re.compile(r"[ \t]+(?:cho|để)[ \t]+", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|và|hoặc|,\s*và)\s*", re.IGNORECASE)
_NUMBER_OF = re.compile(r"tổng\s+số|tổng|số\s+lượng|số", re.IGNORECASE)
_PREPOSITIONS = (" cho", " với", " tại", " ở", " đến", " của")
_MEASURE_ONLY = re.compile(
    r"(?:(?:tốc\s+độ\s+)?tăng\s+trưởng|tỷ\s+trọng|tỷ\s+lệ|cơ\s+cấu|tốc\s+độ)"
    r"(?:\s+(?:bình\s+quân|hàng\s+năm|hằng\s+năm))*",
    re.IGNORECASE,
)


def name(text: str, statements: list[Mention]) -> None:
    """Give each statement its indicator: the subject before its verb, or the noun phrase after its number."""
    for index, mention in enumerate(statements):
        floor = statements[index - 1].extent if index else 0
        previous = statements[index - 1] if index else None
        if mention.same_subject_as is not None:
            mention.indicator = mention.same_subject_as.indicator
        else:
            mention.indicator = _indicator(text, mention, floor, previous) or None


def _indicator(text: str, mention: Mention, floor: int, previous: Mention | None) -> str:
    """The indicator as written, chosen by the shape of the statement; `floor` is where the one before it ended."""
    if mention.subject_at is not None:
        at = mention.subject_at
        return subject_before(text, at, floor) or header_before(text, at, floor) or mention.phrase
    linked = mention.verb.word in _LINKED and mention.verb.start >= floor
    is_count = mention.unit is not None and mention.unit.kind == COUNT
    lead_in = object_lead_in(text, mention.lead, floor, short=is_count) if mention.phrase else ""
    if lead_in:
        return f"{lead_in} {mention.phrase}"
    if mention.unit_text.lower() in STRUCTURE_NOUNS:
        return mention.phrase  # "37 chỉ tiêu", "6 nhiệm vụ trọng tâm"
    if mention.unit is not None and mention.unit.kind == COUNT and mention.phrase:
        written_unit = text[SCALES_AHEAD.match(text, mention.numeral.end).end() : mention.unit.end]
        if re.sub(r"\s+", " ", written_unit) != mention.phrase:
            return mention.phrase
        action = "" if linked else verb_phrase_before(text, mention.lead, floor)
        generic = mention.phrase.lower() in GENERIC_CLASSIFIERS
        if action and generic and len(action.split()) >= 3 and not action.endswith(_PREPOSITIONS):
            return action  # "xuất khẩu lao động 1.250 người"
        if action:
            return f"{action} {mention.phrase}"
        subject = subject_before(text, mention.lead, floor)
        if subject and _NUMBER_OF.fullmatch(subject):
            return f"{subject} {mention.phrase}"  # "nâng tổng số lên 98/121 xã" → "tổng số xã"
        gap = _qualifiers_off(text[floor : mention.lead]).strip().lower()
        if gap in ("của", "cho", "tại", "ở", "với") and previous is not None and previous.phrase:
            # "thu hồi 4,6 ha │đất của │127 hộ dân", "186 │câu lạc bộ với │2.400 thành viên": the phrase of the
            # figure just before owns this count
            return f"{previous.phrase} {gap} {mention.phrase}"
        if mention.verb.word == "có" or _FRAME.search(subject) or subject.lower() in _TIME_WORDS:
            # "Phường Tân An mới có │28 khu phố", "với sự tham dự của │1.200 đại biểu", "… với │650 đại biểu":
            # the words before are the place or the frame, not what is counted
            return mention.phrase
        if _NUMBER_HEAD.match(subject):
            return subject  # "Số vụ tai nạn giao thông giảm │11 vụ"
        if not linked:
            # "tạm giữ │18 phương tiện": a short verb phrase before the count says what was done with it; a
            # whole clause ("Dự án cấp nước sạch phục vụ │5.600 hộ dân") says more than what is counted
            subject = _what_it_has(subject)
            if subject and len(subject.split()) > 4:
                # "Ngành du lịch đặt mục tiêu năm nay │đón │5,5 triệu lượt khách"
                subject = _last_verb(subject)
            return f"{subject} {mention.phrase}" if subject else mention.phrase
        if not subject and previous is not None and previous.unit_text != mention.unit_text:
            # "dân số 41 nghìn người, gồm │19 ấp": the count before measured another thing
            return mention.phrase
        return subject or _inherited(text, mention, floor, previous) or mention.phrase
    if mention.unit is not None and mention.unit.kind == MEASURE and mention.phrase and not linked:
        action = verb_phrase_before(text, mention.lead, floor) or subject_before(text, mention.lead, floor)
        return f"{action} {mention.phrase}" if action else mention.phrase  # "trồng lại được 34,5ha chè"
    if mention.phrase and not linked:
        return mention.phrase
    subject = subject_before(text, mention.lead, floor) or header_before(text, mention.lead, floor)
    if mention.verb.word is None:
        subject = _what_it_has(subject)
    if f" {subject}".endswith(_PREPOSITIONS[:4]) and mention.unit is not None:
        lead_in = object_lead_in(text, mention.lead, floor, short=True)  # "tiếp xúc cử tri tại │86 điểm"
        return f"{lead_in or subject} {mention.unit_text}"
    purpose = _purpose(text, mention) if subject and not linked else ""
    if purpose:
        return f"{subject} {purpose}"  # "phân bổ │1.240 tỷ đồng cho chương trình kiên cố hóa trường lớp"
    if subject.lower() in ("số tiền", "với số tiền") and previous is not None and previous.indicator:
        return f"{previous.indicator} số tiền"  # "cho 1.120 lao động vay vốn với │số tiền 86 tỷ đồng"
    if subject and _MEASURE_ONLY.fullmatch(subject) and previous is not None and previous.indicator:
        same_sentence = sentence_start(text, mention.lead) <= previous.numeral.start
        if same_sentence:
            return f"{previous.indicator} {subject}"  # "nông nghiệp chiếm 51,3%, tăng trưởng bình quân 3,62%"
    if subject:
        return subject
    return _inherited(text, mention, floor, previous) or mention.phrase


def _qualifiers_off(words: str) -> str:
    return _QUALIFIER_AT_END.sub("", words)


def _last_verb(clause: str) -> str:
    """The last one or two words before a count, taken as its verb when the clause is too long to keep: "… phục vụ",
    "… thắng"; empty when they are not plain lowercase words."""
    words = clause.split()[-2:]
    if " ".join(words).lower() in _ADVERBIALS:
        return ""  # "… cho công nhân bình quân │1,5 tháng lương"
    if len(words) == 2 and (not words[0].islower() or not words[0].isalpha() or words[0] in _NOT_A_VERB):
        words = words[1:]
    return " ".join(words) if all(w.islower() and w.isalpha() for w in words) else ""


def _purpose(text: str, mention: Mention) -> str:
    """'… 1.240 tỷ đồng │cho chương trình kiên cố hóa trường lớp', '… │để tu bổ 9 di tích': what an amount was
    spent on."""
    if mention.unit is None or mention.unit.kind != MEASURE:
        return ""
    match = _FOR.match(text, mention.span_end)
    if match is None or not starts_noun(text, match.end()):
        return ""
    phrase, _ = phrase_after(text, match.end())
    return f"{match.group().strip().lower()} {phrase}" if phrase else ""


def _what_it_has(subject: str) -> str:
    """'Cây cầu mới có │chiều dài 320 m': what the subject has is measured (but 'lương thực có hạt' is one noun)."""
    had = subject.rsplit(" có ", 1)[-1]
    return had if len(had.split()) >= 2 else subject


def _same_kind(one: Mention, other: Mention) -> bool:
    """Two figures of one kind: amounts (đồng, USD), measures, or the same count noun or percent."""
    if one.unit is not None and other.unit is not None and one.unit.kind == other.unit.kind == MEASURE:
        return True
    return one.unit_text == other.unit_text


def _inherited(text: str, mention: Mention, floor: int, previous: Mention | None) -> str:
    """A statement without a subject of its own (", đạt 92,3%") takes the one of the clause before it."""
    start = clause_start(text, mention.lead, floor)
    if start > floor and text[start - 1] == "(" and previous is not None and previous.indicator:
        return previous.indicator  # "216 tỷ đồng (chiếm 77% …)": the bracket speaks of the figure before it
    if (
        previous is not None
        and previous.indicator
        and _same_kind(previous, mention)
        and _AND.fullmatch(text, floor, mention.lead)
    ):
        return previous.indicator  # "tổng vốn đăng ký 2.430 tỷ đồng và │85 triệu USD"
    if start <= floor or text[start - 1] != ",":
        joined = re.search(r"(?<!\w)và(?!\w)|;", text[floor : mention.lead])
        if previous is not None and start == floor and previous.indicator and not joined:
            return previous.indicator  # "giảm từ 12,5% xuống còn 3,2%"
        return ""
    before = clause_start(text, start - 1, 0)
    same_sentence = previous is not None and sentence_start(text, mention.lead) <= previous.numeral.start
    if previous is not None and same_sentence and previous.extent >= before and previous.indicator:
        return previous.indicator
    return previous_clause_subject(text, start - 1, floor)
