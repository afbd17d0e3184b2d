"""Filters in the page itself: a form and a small inline script, no network.

Rows carry `data-region`, `data-authority`, `data-date` (and `data-date-end` for a month); a
filter narrows only the tables whose rows carry its attribute. A region filter keeps a row of the
same region, of one of its subdivisions, or of its country (a region's national series stays).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  function near(a, b) { return a === b || a.indexOf(b + "-") === 0 || b.indexOf(a + "-") === 0; }
  function apply() {
    var region = form.elements.region.value, authority = form.elements.authority.value;
    var from = form.elements.from.value, to = form.elements.to.value;
    document.querySelectorAll("table.filterable").forEach(function (table) {
      var rows = table.tBodies[0].rows, shown = 0, total = 0;
      for (var i = 0; i < rows.length; i++) {
        var d = rows[i].dataset, ok = true;
        if (d.empty !== undefined) continue;
        total++;
        if (region && d.region !== undefined) ok = ok && near(d.region, region);
        if (authority && d.authority !== undefined) ok = ok && d.authority === authority;
        if ((from || to) && table.dataset.dated !== undefined) {
          var start = d.date || "", end = d.dateEnd || start;
          ok = ok && start !== "" && (!from || end >= from) && (!to || start <= to);
        }
        rows[i].hidden = !ok;
        if (ok) shown++;
      }
      var note = document.getElementById(table.id + "-shown");
      if (note) note.textContent = shown === total ? total + " rows" : shown + " of " + total + " rows shown";
    });
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
"""


def _options(choices: Iterable[tuple[str, str]]) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in choices)


def filter_form(regions: Iterable[tuple[str, str]], authorities: Iterable[str]) -> str:
    """`regions`: (code, label) pairs; `authorities`: their names."""
    return f"""<form id="filters" class="filters" onsubmit="return false">
<label>Region <select name="region"><option value="">all</option>{_options(regions)}</select></label>
<label>Authority <select name="authority"><option value="">all</option>{_options((a, a) for a in authorities)}</select></label>
<label>From <input type="date" name="from"></label>
<label>To <input type="date" name="to"></label>
<button type="reset">Clear</button>
</form>"""


def filter_script() -> str:
    return f"<script>{SCRIPT}</script>"
