"""Article text + found facts -> escaped HTML with each fact wrapped in a titled <mark>."""

from __future__ import annotations

import html

from ingest.messages import say

# Okabe-Ito tints; each kind also has its own underline so colour is not the only cue.
STYLES = {
    "money": "background:#F5D58A;border-bottom:2px solid #E69F00;font-weight:600",
    "member_counts": "background:#F2C4A8;border-bottom:2px solid #D55E00;font-weight:600",
    "dates": "background:#BFE3F5;border-bottom:2px dotted #0072B2",
    "places": "background:#BDE8D9;border-bottom:2px dashed #009E73",
}


def tooltip(kind: str, item: dict, lang: str) -> str:
    """What the extractor read at this span, in words."""
    if kind == "money":
        usd = item.get("amount_usd")
        amount = f"{usd:,.0f} USD" if usd else f"{item['amount_original']:,.0f} {item['currency']}"
        return say("ingest.mark.money", lang, amount=amount, status=item.get("status", ""))
    if kind == "member_counts":
        return say("ingest.mark.count", lang, count=item["count"], date=item.get("date", ""))
    if kind == "dates":
        return say("ingest.mark.date", lang, value=item["value"])
    return say("ingest.mark.place", lang, name=item.get("name_en", ""))


def spans(facts: dict) -> list[tuple[int, int, str, dict]]:
    """Non-overlapping spans, money and counts first (a date inside an amount is dropped)."""
    chosen: list[tuple[int, int, str, dict]] = []
    for kind in STYLES:
        for item in facts.get(kind, []):
            start, end = item["start"], item["end"]
            if all(end <= s or start >= e for s, e, _, _ in chosen):
                chosen.append((start, end, kind, item))
    return sorted(chosen, key=lambda span: span[0])


def highlighted_html(text: str, facts: dict, lang: str = "en", text_lang: str = "en") -> str:
    """The whole text escaped, facts in <mark title=...>, right-to-left for Arabic text."""
    parts, cursor = [], 0
    for start, end, kind, item in spans(facts):
        parts.append(html.escape(text[cursor:start]))
        title = html.escape(tooltip(kind, item, lang), quote=True)
        parts.append(f'<mark class="fact-{kind}" style="{STYLES[kind]}" title="{title}">'
                     f"{html.escape(text[start:end])}</mark>")
        cursor = end
    parts.append(html.escape(text[cursor:]))
    body = "".join(parts).replace("\n", "<br>")
    direction = "rtl" if text_lang == "ar" else "ltr"
    return (f'<div dir="{direction}" lang="{text_lang}" style="line-height:1.8;'
            f'max-height:320px;overflow-y:auto;padding:0.5rem 0.8rem;border:1px solid #ddd;'
            f'border-radius:0.4rem;text-align:{"right" if direction == "rtl" else "left"}">'
            f"{body}</div>")


def legend_html(lang: str = "en") -> str:
    """What each highlight means, drawn with the same styles."""
    items = [f'<mark style="{STYLES[kind]}">{html.escape(say(f"ingest.legend.{kind}", lang))}'
             "</mark>" for kind in STYLES]
    return '<div style="margin:0.3rem 0">' + " &nbsp; ".join(items) + "</div>"
