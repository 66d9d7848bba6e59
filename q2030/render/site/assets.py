"""The site's stylesheet and its one script, served as files of the site.

The stylesheet is the tool's own, small and sober (system fonts, the report's colours):
the State's design system (DSFR) is not used, because its terms forbid it to anyone but
the State's own sites while this tool is meant for any territory to reuse, and its files
would outweigh the site's pages (see the README). Statuses are an icon and a
word on their colour (q2030.render.badges), the counts' cells shaded by status.

The script only filters the home page's table (operator, status, due year, words of the
title); the page lists every commitment without it, the filter staying hidden.
"""

from __future__ import annotations

from q2030.domain.statuses import TINTS
from q2030.render.badges import COLOURS

_BADGES = "\n".join(
    f".status.s-{status.value} {{ background: {colour}; }}" for status, colour in COLOURS.items()
)
_TINTS = "\n".join(
    f"td.hit.s-{status.value} {{ background: {colour}; }}" for status, colour in TINTS.items()
)

STYLESHEET = (
    """\
/* q2030 site: a small stylesheet of its own, printable page by page */
html { -webkit-text-size-adjust: 100%; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       margin: 0; background: #fff; }
a { color: #0a3f99; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #0a58ca; outline-offset: 2px; }
.skip { position: absolute; left: .5rem; top: -3rem; background: #fff; padding: .3rem .6rem;
        border: 2px solid #0a58ca; z-index: 2; }
.skip:focus { top: .5rem; }
header.site { border-bottom: 3px solid #0a3f99; }
header.site .bar, main, nav.breadcrumb, footer.site { max-width: 1100px; margin: 0 auto;
        padding: 0 1rem; }
header.site .bar { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem 1.5rem;
                   padding-top: .6rem; padding-bottom: .6rem; }
.site-name { margin: 0; font-weight: 700; flex: 1 1 20rem; }
.site-name a { color: inherit; text-decoration: none; }
header.site ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0;
                 padding: 0; }
header.site [aria-current="page"] { font-weight: 700; }
.switch { margin: 0; }
nav.breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; margin: .6rem 0 0;
                    padding: 0; font-size: .9rem; }
nav.breadcrumb li + li::before { content: "\\203A"; margin-right: .3rem; color: #57606a; }
main { padding-bottom: 2rem; }
main:focus { outline: none; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1.2rem 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.lead, .as-of, .muted, .when, caption { color: #57606a; }
.as-of { font-weight: 600; }
blockquote.commitment { margin: .8rem 0; padding: .6rem 1rem; border-left: 4px solid #0a3f99;
                        background: #f6f8fa; font-size: 1.1rem; }
blockquote.commitment p { margin: 0; }
dl.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .3rem 1rem;
           margin: .6rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
caption { text-align: left; font-size: .9rem; padding: .2rem 0; }
th, td { border-bottom: 1px solid #d0d7de; padding: .35rem .4rem; text-align: left;
         vertical-align: top; }
thead th { background: #f6f8fa; }
tbody th { font-weight: normal; }
td.number, th.number { text-align: right; white-space: nowrap; }
.id { font-weight: 700; white-space: nowrap; }
.title { display: block; color: #57606a; font-size: .9rem; }
.when { display: block; font-size: .85rem; }
.date { white-space: nowrap; }
.status { display: inline-block; border-radius: .4rem; padding: 0 .4rem; color: #fff;
          font-weight: 600; font-size: .85rem; white-space: nowrap; }
table.counts td, table.counts th { text-align: center; }
table.counts thead .status { white-space: normal; font-size: .75rem; padding: 0 .2rem; }
table.counts thead th { padding-left: .15rem; padding-right: .15rem; vertical-align: bottom; }
table.counts th[scope="row"], table.counts td:first-child { text-align: left; }
table.counts td.zero { color: #57606a; }
table.counts td.hit { font-weight: 700; }
ul.moved li, ul.due li { margin-bottom: .3rem; }
form.filter { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end;
              background: #f6f8fa; padding: .7rem; border: 1px solid #d0d7de; margin: .6rem 0; }
form.filter[hidden] { display: none; }
form.filter label { display: block; font-weight: 600; font-size: .9rem; }
form.filter select, form.filter input { font: inherit; padding: .2rem .3rem; max-width: 22rem;
                                        border: 1px solid #57606a; border-radius: .2rem; }
#filter-count { flex: 1 0 100%; margin: 0; font-weight: 600; }
.chart-frame { margin: .8rem 0; }
svg.chart { display: block; width: 100%; max-width: 56rem; height: auto; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                 fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 3px;
                 stroke-linejoin: round; }
.trend { font-weight: 600; }
footer.site { border-top: 1px solid #d0d7de; margin-top: 2rem; padding-top: .6rem;
              padding-bottom: 2rem; color: #57606a; font-size: .9rem; }
footer.site p { margin: .2rem 0; }
@media (max-width: 700px) {
  body { font-size: 15px; }
  dl.facts { grid-template-columns: 1fr; }
  .c-latest, .c-gap { display: none; }
}
@media print {
  @page { size: A4; margin: 12mm; }
  body { font-size: 10pt; }
  .skip, header.site nav, .switch, nav.breadcrumb, form.filter { display: none; }
  header.site { border-bottom: 1px solid #000; }
  header.site .bar, main, footer.site { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  tr, li, svg, blockquote, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; }
  .scroll { overflow: visible; }
  .status { border: 1px solid #000; }
  svg.chart { width: 165mm; }
}
"""
    + _BADGES
    + "\n"
    + _TINTS
    + "\n"
)

# The home page's filter: a few lines of plain JavaScript, no library. It reads the words
# it says from the form's attributes (written from the catalogue), and the plural rule of
# the page's language (French: one below 2; English: one for 1).
SCRIPT = """\
// q2030 site: filters the home page's table of commitments; without it, all are listed.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var table = document.getElementById("commitments");
  if (!form || !table) { return; }
  function plain(text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  rows.forEach(function (row) { row.dataset.words = plain(row.cells[0].textContent); });
  var count = document.getElementById("filter-count");
  var french = document.documentElement.lang === "fr";
  function apply() {
    var operator = form.elements.operator.value;
    var status = form.elements.status.value;
    var due = form.elements.due.value;
    var words = plain(form.elements.words.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var data = row.dataset;
      var keep = (!operator || data.family.split(" ").indexOf(operator) >= 0) &&
        (!status || data.status === status) && (!due || data.due === due) &&
        words.every(function (word) { return data.words.indexOf(word) >= 0; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    var one = french ? shown < 2 : shown === 1;
    count.textContent = form.dataset[one ? "one" : "many"].replace("{count}", shown);
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
"""
