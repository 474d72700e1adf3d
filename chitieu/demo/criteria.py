"""The demo's new-rural criteria and OCOP products: the counts the articles state, spread over communes as an
illustration."""

from dataclasses import dataclass
from datetime import date

from chitieu.core.collation import vn_key
from chitieu.criteria.catalogue import NEW_RURAL, load_catalogue, new_rural_set
from chitieu.criteria.models import Assessment, CriteriaSet, Criterion, Product, Recognition
from chitieu.criteria.services import assess, set_in_force
from chitieu.demo.seeds import bach_thong, phu_luong
from chitieu.demo.spec import Article, illustrative_text
from chitieu.localities.models import Locality
from chitieu.plans.models import Indicator

STANDARD, ADVANCED, MODEL = "đạt chuẩn", "nâng cao", "kiểu mẫu"
NOTE = illustrative_text("bài viết chỉ nêu số xã, không nêu xã nào đạt những tiêu chí nào")
PRODUCT_NAME = "Sản phẩm OCOP minh họa số"
# A commune the article counts in no group meets fewer criteria than any it counts ("11 - 14 tiêu chí").
FEWEST_MET = 10
# When a level's decisions fall: (years before the article's year, over how many years), lower levels earlier.
DECIDED = {STANDARD: (4, 5), ADVANCED: (2, 2), MODEL: (1, 1)}
# The lowest points of a rating (Product.stars_for); a product's points lie within 20 above them.
POINTS_FROM = {3: 50, 4: 70}
# The indicator by which the districts report the set's count ("12/13 xã đạt chuẩn"): the criteria matrix shows
# it beside its own count of recognition decisions.
REPORTED_BY = ("ty-le-xa-dat-chuan-ntm",)


@dataclass(frozen=True)
class DistrictCriteria:
    """What one article states about the district's communes and OCOP products."""

    district: str
    article: Article
    new_rural: str  # the sentence that counts the communes
    # The communes the sentence counts, by the levels they hold, highest first: (levels, how many communes).
    recognised: tuple[tuple[tuple[str, ...], int], ...]
    partly_met: tuple[int, ...]  # how many criteria each further commune the sentence counts meets
    stars: tuple[int, ...]  # one per product the article counts
    named: tuple[str, ...] = ()  # communes the sentence names, in the order of `recognised`


DISTRICTS = (
    DistrictCriteria(
        district=phu_luong.DISTRICT.name,
        article=phu_luong.ARTICLE,
        new_rural=phu_luong.S_NEW_RURAL,
        # 12/13 communes đạt chuẩn, 3 of them nâng cao, 1 of those kiểu mẫu; the 13th meets 17 criteria.
        recognised=(((STANDARD, ADVANCED, MODEL), 1), ((STANDARD, ADVANCED), 2), ((STANDARD,), 9)),
        partly_met=(17,),
        stars=(3, 3, 3, 4) * 4,  # S_OCOP: 16 products of 3 stars or more
    ),
    DistrictCriteria(
        district=bach_thong.DISTRICT.name,
        article=bach_thong.ARTICLE,
        new_rural=bach_thong.S_NEW_RURAL,
        # The sentence names 3 communes đạt chuẩn and, apart from them, 1 nâng cao: with the 9 that meet
        # 11-14 criteria they make its 13.
        recognised=(((ADVANCED,), 1), ((STANDARD,), 3)),
        partly_met=(11, 12, 13, 14, 11, 12, 13, 14, 12),
        stars=(3,) * 23,  # S_OCOP: 23 products rated 3 stars
        named=("Quang Thuận", "Cẩm Giàng", "Dương Phong", "Quân Hà"),
    ),
)


def load_criteria(districts: dict[str, Locality]) -> None:
    """Write the rows of each district built (by name), replacing what an earlier load wrote for it."""
    criteria_set = new_rural_set()
    criteria = list(criteria_set.criteria.order_by("number"))
    Indicator.objects.filter(code__in=REPORTED_BY).update(criteria_set=criteria_set)
    for spec in DISTRICTS:
        if spec.district in districts:
            _load_district(spec, districts[spec.district], criteria_set, criteria)


def _load_district(
    spec: DistrictCriteria, district: Locality, criteria_set: CriteriaSet, criteria: list[Criterion]
) -> None:
    units = list(Locality.objects.filter(parent=district, level__slug="commune"))
    communes = _communes(spec, units)
    year = spec.article.known_on.year
    # Each commune's place in the sentence: the levels it holds and the criteria it meets. When the unit list
    # has fewer communes than the article, the recognised ones come first.
    places = [(levels, len(criteria)) for levels, count in spec.recognised for _ in range(count)]
    places += [((), met) for met in spec.partly_met]
    recognitions: list[int] = []
    assessments: list[Assessment] = []
    for index, commune in enumerate(communes):
        levels, met = places[index] if index < len(places) else ((), FEWEST_MET)
        recognitions += [
            _recognise(commune, criteria_set, level, index, year, spec.new_rural) for level in levels
        ]
        reached = {(index * 5 + offset) % len(criteria) for offset in range(met)}
        assessments += [
            Assessment(
                locality=commune,
                criterion=criterion,
                year=year,
                met=position in reached,
                note=NOTE,
                is_illustrative=True,
            )
            for position, criterion in enumerate(criteria)
        ]
    Assessment.objects.bulk_create(
        assessments,
        update_conflicts=True,
        unique_fields=["locality", "criterion", "year"],
        update_fields=["met", "note", "is_illustrative"],
    )
    products = [_product(communes, n, stars, year) for n, stars in enumerate(spec.stars, start=1) if communes]
    # What an earlier load wrote that this one did not (a commune or year that changed since).
    Recognition.objects.filter(
        locality__in=units, criteria_set=criteria_set, is_illustrative=True, source_sentence=spec.new_rural
    ).exclude(pk__in=recognitions).delete()
    Assessment.objects.filter(locality__in=units, is_illustrative=True, note=NOTE).exclude(
        locality__in=communes, year=year
    ).delete()
    Product.objects.filter(locality__in=units, is_illustrative=True, name__startswith=PRODUCT_NAME).exclude(
        pk__in=products
    ).delete()


def _communes(spec: DistrictCriteria, units: list[Locality]) -> list[Locality]:
    """The district's rural communes (xã, not towns): those the sentence names first, then by name."""
    rural = sorted((unit for unit in units if unit.type_name == "Xã"), key=lambda unit: vn_key(unit.name))
    named = [unit for name in spec.named for unit in rural if unit.name == name]
    return named + [unit for unit in rural if unit not in named]


def _recognise(
    commune: Locality, criteria_set: CriteriaSet, level: str, index: int, year: int, sentence: str
) -> int:
    before, spread = DECIDED[level]
    recognition, _ = Recognition.objects.update_or_create(
        locality=commune,
        criteria_set=criteria_set,
        level=level,
        defaults={
            "decided_on": date(year - before - index % spread, 12, 20),
            "revoked_on": None,
            "decision_number": "",
            "source_sentence": sentence,
            "is_illustrative": True,
        },
    )
    return recognition.pk


def _product(communes: list[Locality], n: int, stars: int, year: int) -> int:
    """The n-th product, at the communes in turn, rated in one of the four years before the article."""
    points = POINTS_FROM[stars] + n * 7 % 20
    product, _ = Product.objects.update_or_create(
        locality=communes[(n - 1) % len(communes)],
        name=f"{PRODUCT_NAME} {n}",
        defaults={
            "owner": "",
            "points": points,
            "stars": Product.stars_for(points),
            "rated_on": date(year - 1 - n % 4, 11, 15),
            "decision_number": "",
            "is_illustrative": True,
        },
    )
    return product.pk


CURRENT_NOTE = illustrative_text(
    "xã mới từ 1/7/2025; năm 2025 chấm theo bộ 19 tiêu chí (QĐ 318/QĐ-TTg), từ năm 2026 theo bộ 10 tiêu chí "
    "(QĐ 51/2025/QĐ-TTg); xã nào đạt tiêu chí nào là minh họa"
)
# How many criteria each new commune meets: (of the 19 in 2025, of the 10 in 2026), in the order of the units.
CURRENT_MET = ((17, 6), (14, 4), (11, 3), (16, 5), (19, 7))


def load_current_criteria(communes: list[Locality]) -> None:
    """Each new commune of the demo assessed in 2025 and in 2026, each year against the set in force then."""
    load_catalogue()
    for index, commune in enumerate(communes):
        met_2025, met_2026 = CURRENT_MET[index % len(CURRENT_MET)]
        for year, met in ((2025, met_2025), (2026, met_2026)):
            size = set_in_force(NEW_RURAL, year).criteria.count()
            reached = {(index * 3 + offset) % size + 1 for offset in range(met)}
            assess(
                commune,
                year,
                {number: number in reached for number in range(1, size + 1)},
                standard=NEW_RURAL,
                note=CURRENT_NOTE,
                is_illustrative=True,
            )
