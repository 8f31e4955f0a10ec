/**
 * The report's print style: A4 (the margins and running header are writePdf's), the fonts Debian installs with
 * Chromium, each indicator from a new page and each service on a page of its own, so a page can be cited or
 * uploaded for one indicator without the others.
 */
export const reportStyle = `
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #111; margin: 0; }
h1 { font-size: 22pt; margin: 0 0 8pt; }
h2 { font-size: 15pt; margin: 0 0 8pt; }
h3 { font-size: 12pt; margin: 0 0 6pt; }
h4 { font-size: 10pt; margin: 10pt 0 4pt; }
h2, h3, h4 { break-after: avoid; }
p { margin: 0 0 6pt; }
.cover { break-after: page; padding-top: 12mm; }
.cover .sources { font-size: 8pt; }
.cover .city { font-size: 12pt; letter-spacing: 0.05em; text-transform: uppercase; }
.cover .scope { font-size: 13pt; margin-bottom: 18pt; }
.summary { break-after: page; }
.indicator { break-before: page; }
.indicator > .lead { margin-bottom: 12pt; }
.service + .service { break-before: page; }
.service { padding-top: 4pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th, td { border: 0.5pt solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eef2f5; }
td.number, th.number { text-align: right; white-space: nowrap; }
table.months { table-layout: fixed; }
tr { break-inside: avoid; }
dl { display: grid; grid-template-columns: 38mm 1fr; gap: 2pt 8pt; margin: 0 0 6pt; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
ul { margin: 0 0 6pt; padding-left: 14pt; }
.gaps { color: #8a1c1c; }
.statement { border-left: 2pt solid #1d5c8c; padding-left: 8pt; }
.muted { color: #555; }
/* The summary's seven columns fit A4's width: figures wrap rather than push the table off the page. */
.summary table { font-size: 8pt; table-layout: fixed; }
.summary th, .summary td.number { white-space: normal; }
.summary th, .summary td { padding: 3pt 3pt; }
.summary col.number { width: 6%; }
.summary col.title { width: 30%; }
.summary col.figure { width: 12.8%; }
.gap-table col.name { width: 34%; }
.gap-table col.number { width: 10%; }
.gap-table col.check { width: 14%; }
.gap-table td.gap { color: #8a1c1c; }
/* Screenshots at the text's width (a 1280 × 800 screen is about 110 mm tall there), each kept with its caption. */
figure.screen { margin: 4pt 0 10pt; break-inside: avoid; }
figure.screen img { display: block; width: 100%; height: auto; border: 0.5pt solid #888; }
figure.screen figcaption { font-size: 8.5pt; margin-top: 3pt; overflow-wrap: anywhere; }
`;
