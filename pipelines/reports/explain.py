"""The report's "How to read this" section: what its numbers are, in the words of README's warehouse section."""

from __future__ import annotations

from html import escape
from typing import Any


def _n(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else "—"


def _span(first: Any, last: Any) -> str:
    return f"{first} to {last}" if first is not None else "none"


def how_to_read(coverage: dict[str, Any]) -> str:
    c = coverage
    period = (
        f"<p><b>Coverage.</b> Days of the dated claims: {escape(_span(c.get('first_day'), c.get('last_day')))}; "
        f"publication dates: {escape(_span(c.get('first_published'), c.get('last_published')))}. {_n(c.get('documents'))} "
        f"documents, {_n(c.get('claims'))} claims ({_n(c.get('undated_claims'))} without a day), "
        f"{_n(c.get('events'))} events ({_n(c.get('undated_events'))} undated, {_n(c.get('total_events'))} "
        f"totals over several places), {_n(c.get('rejects'))} rejected inputs. A day with no figure may be a day "
        "with no document in the inbox, not a quiet day.</p>"
    )
    return f"""<h2 id="how-to-read">How to read this</h2>
{period}
<dl class="explain">
<dt>Claims</dt>
<dd>A claim is one statement in one document: who said it (the authority, as
<code>role:jurisdiction</code>), how many drones were intercepted, launched or struck, where (an ISO 3166-2
region, or a country for a national figure) and on which day. Three outlets quoting the same governor give
three claims.</dd>
<dt>Events</dt>
<dd>An event is the statement those claims repeat. Every table counts events, so a statement counts once
however many outlets carried it; <i>claims</i> and <i>documents</i> columns say how widely it was repeated.</dd>
<dt>best and high</dt>
<dd>For one region, day and kind of figure, each authority has one figure: one of its statements, or the sum
of its statements for separate stated time windows. A whole-day total replaces that authority's windows and
running counts of the day, and a later update replaces an earlier one. <b>best</b> is the largest
authority's figure, <b>high</b> the sum over authorities (a regional governor's 12 and the defence ministry's
8 over the same region and night: best 12, high 20). Authorities often count the same drones, so the truth
tends to lie between the two; best never double-counts.</dd>
<dt>Undated claims</dt>
<dd>A claim with no readable day takes its event's day when another claim of the same event is dated. An
event that stays undated is shown as undated and never placed on a calendar day: in a region's totals
<b>best</b> is the larger of the dated days' sum and the undated figures' sum (an undated figure may repeat
one of those days), <b>high</b> adds both. Undated rows are missing from the daily chart and hidden when a
date range is set.</dd>
<dt>Totals and unallocated remainders</dt>
<dd>A total over several regions or a whole country is not added to any region; its parts are. The national
series compares a side's country-level figure with the sum of its regions' best figures that day;
<b>unallocated</b> is what the national figure counts beyond its regions ({_n(c.get("unallocated"))} drones
over the whole period), drones that no regional statement places.</dd>
<dt>What the extractor does not see</dt>
<dd>Only numbers written in the text of English and Russian documents: not images, video captions or tables
in pictures. A statement with no number ("several drones", "a massive attack") is no figure, unless it gives
a lower bound ("more than 20", shown as ≥20). A place it cannot resolve stays at country level. Missiles,
aircraft and people are not drones; an alert or a drone launched from somewhere is no interception. Nothing
here is verified against another source: every number is what an authority said, and every number links to
the sentences it comes from.</dd>
</dl>
"""
