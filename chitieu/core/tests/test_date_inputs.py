"""Every date is typed dd/mm/yyyy in a text box: no form or template leaves it to the browser's date input."""

import importlib
import pkgutil
import re
from pathlib import Path

from django import forms

import chitieu
from chitieu.core.widgets import VietnameseDate, VietnameseDateField

ROOT = Path(chitieu.__file__).resolve().parent
BROWSER_DATE = re.compile(
    r"""type\s*=\s*["']date["']|["']type["']\s*:\s*["']date["']|input_type\s*=\s*["']date"""
)


def form_classes() -> list[type[forms.BaseForm]]:
    found = []
    for module in pkgutil.walk_packages([str(ROOT)], "chitieu."):
        if module.name.endswith(".forms"):
            loaded = importlib.import_module(module.name)
            found += [
                value
                for value in vars(loaded).values()
                if isinstance(value, type)
                and issubclass(value, forms.BaseForm)
                and value.__module__ == module.name
            ]
    return found


def test_every_date_field_of_every_form_uses_the_vietnamese_date_box():
    dates = [
        (f"{form.__module__}.{form.__name__}.{name}", field)
        for form in form_classes()
        for name, field in form.base_fields.items()
        if isinstance(field, forms.DateField)
    ]
    assert dates
    wrong = [name for name, field in dates if not isinstance(field.widget, VietnameseDate)]
    assert not wrong


def test_no_template_or_module_asks_the_browser_for_a_date_input():
    sources = [*ROOT.parent.joinpath("templates").rglob("*.html"), *ROOT.rglob("*.py")]
    wrong = [
        str(path.relative_to(ROOT.parent))
        for path in sources
        if "tests" not in path.parts
        and path.name != "test_date_inputs.py"
        and BROWSER_DATE.search(path.read_text())
    ]
    assert not wrong


def test_the_date_box_reads_and_shows_day_first():
    field = VietnameseDateField()
    assert field.clean("05/11/2024").isoformat() == "2024-11-05"
    assert field.clean("2024-11-05").isoformat() == "2024-11-05"
    html = field.widget.render("until", field.clean("05/11/2024"))
    assert 'type="text"' in html and 'value="05/11/2024"' in html and 'placeholder="dd/mm/yyyy"' in html
