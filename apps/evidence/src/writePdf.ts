import { launchChromium } from './launchChromium.ts';
import { escapeHtml } from './escapeHtml.ts';

/** A4 with room for the running header and footer Chromium prints in the top and bottom margins. */
const margin = { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' } as const;

/**
 * Chromium draws the header and footer outside the page's own CSS, at a default font size of 0: every style is
 * inline. `pageNumber` and `totalPages` are the classes it fills in.
 */
const band = (content: string) =>
  `<div style="width:100%;margin:0 18mm;font:8pt 'DejaVu Sans',sans-serif;color:#555;display:flex;justify-content:space-between">${content}</div>`;

/**
 * Prints the report's HTML to an A4 PDF at `file`, with `header` (escaped) at the top of every page and
 * "Halaman n dari m" at the bottom. The page runs no script and every request it makes is refused: the HTML holds
 * agencies' text, which renderReport escapes, and this is the second line of defence should something slip through.
 */
export async function writePdf(html: string, file: string, header: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: file,
      format: 'A4',
      margin,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: band(`<span>${escapeHtml(header)}</span>`),
      footerTemplate: band(
        '<span></span><span>Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></span>',
      ),
    });
  } finally {
    await browser.close();
  }
}
