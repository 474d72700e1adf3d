"""A parsed target list as the rows of the review form: row numbers for groups and parents, doubtful fields."""

from chitieu.reading.targets import FIELDS

DOUBTFUL_BELOW = 0.6


def review_rows(parsed: dict) -> tuple[list[dict], list[dict]]:
    """(group rows, target rows): each target row names its group and parent by their row number (1-based)."""
    groups = [
        {"label": g["label"], "name": g["name"], "declared_count": g["declared_count"]}
        for g in parsed["groups"]
    ]
    rows: list[dict] = []

    def add(target: dict, parent: int | None) -> None:
        rows.append(
            {
                **{key: target[key] for key in ("label", "name", "value", "value_high", "total", "unit")},
                **{
                    key: target[key]
                    for key in ("form", "strict", "kind", "direction", "deadline_year", "text")
                },
                "group": target["group"] + 1 if target["group"] is not None else None,
                "parent": parent,
                "doubtful": ",".join(k for k in FIELDS if target["confidence"].get(k, 1) < DOUBTFUL_BELOW),
            }
        )
        number = len(rows)
        for child in target["children"]:
            add(child, number)

    for target in parsed["targets"]:
        add(target, None)
    return groups, rows
