/** The page's module scripts and their preloads, as the shell's build wrote them into `index.html`. */
const moduleTags =
  /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>|<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g;
const nonceAttribute = /<(?:script|link)\b[^>]*\snonce="([^"]+)"/;
/** How many tags the loader adds in one task. */
const perTask = 6;
/** When the scripts are requested if the browser reports no first paint (a tab in the background, an old browser). */
const fallbackMs = 3000;

/**
 * The page with its module scripts requested only once it has painted: their tags taken out, and an inline script
 * at the end of the body that adds them when the browser reports the first contentful paint (or after 3 s, when it
 * reports none: a tab opened in the background paints only once it is shown). A server-rendered page is whole without JavaScript; on a phone's network the
 * scripts, requested with it, took bandwidth and main-thread time from its first paint (decisions/0033).
 */
export function scriptsAfterFirstPaint(html: string): string {
  const nonce = nonceAttribute.exec(html)?.[1];
  const tags: Array<['script' | 'modulepreload', string]> = [];
  const without = html.replace(
    moduleTags,
    (_tag, script: string | undefined, preload: string | undefined) => {
      if (script !== undefined) tags.push(['script', script]);
      else if (preload !== undefined) tags.push(['modulepreload', preload]);
      return '';
    },
  );
  if (tags.length === 0) return html;
  // The page's policy runs no inline script without the nonce: a loader without it would leave the page dead.
  if (nonce === undefined) {
    throw new Error(
      "The shell's index.html has module scripts without a nonce: build the shell with html.cspNonce set (vite.config.ts).",
    );
  }
  // The entry first, then its imports' preloads a few at a time: adding them all in one go took 30 ms of a slow
  // phone's main thread, a long task of its own. The entry is imported, not added as a script element: a script's
  // src is a sink the page's Trusted Types policy guards, and import() fetches it as the tag would (same-origin,
  // CORS), so the preloads are used.
  tags.sort(([a], [b]) => Number(b === 'script') - Number(a === 'script'));
  const loader =
    `{const t=${JSON.stringify(tags).replaceAll('<', '\\u003c')};let d=!1;` +
    `const a=(i)=>{for(const[k,u]of t.slice(i,i+${perTask})){if(k==="script"){import(u);continue}` +
    `const e=document.createElement("link");e.rel="modulepreload";e.href=u;e.crossOrigin="";document.head.append(e)}` +
    `if(i+${perTask}<t.length)setTimeout(()=>a(i+${perTask}))};` +
    `const l=()=>{if(!d){d=!0;a(0)}};setTimeout(l,${fallbackMs});` +
    `try{const o=new PerformanceObserver((s)=>{if(s.getEntriesByName("first-contentful-paint").length>0){o.disconnect();l()}});` +
    `o.observe({type:"paint",buffered:!0})}catch{}}`;
  return without.replace('</body>', () => `<script nonce="${nonce}">${loader}</script></body>`);
}
