"""Message keys -> strings: the briefing's own catalog part first, then the shared catalog."""

from __future__ import annotations

from catalog import t
from catalog.strings import briefing as strings

TABLES = {"en": strings.EN, "ar": strings.AR}


def bt(key: str, lang: str = "en", **values) -> str:
    """Like catalog.t, but also works before 'briefing' is listed in catalog.PARTS."""
    template = TABLES.get(lang, strings.EN).get(key) or strings.EN.get(key)
    if template is None:
        return t(key, lang, **values)
    return template.format(**values) if values else template
