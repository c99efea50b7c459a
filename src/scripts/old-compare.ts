/**
 * The 404 page's script for the comparison addresses the site no longer writes (one page per pair,
 * `/bandingkan/<a>/<b>/`, `/en/compare/<a>/<b>/`): when the missing path has that form, it shows a
 * plain link to the comparison page with both regions chosen (`/bandingkan/?a=<a>&b=<b>`).
 */
const OLD = /\/(bandingkan|en\/compare)\/(\d{2}(?:\d{2})?)\/(\d{2}(?:\d{2})?)\/?$/;

export function oldCompareTarget(pathname: string): { lang: "id" | "en"; a: string; b: string } | null {
  const m = OLD.exec(pathname);
  return m ? { lang: m[1] === "bandingkan" ? "id" : "en", a: m[2]!, b: m[3]! } : null;
}

export function offerNewCompare(doc: Document, pathname: string): void {
  const target = oldCompareTarget(pathname);
  if (!target) return;
  // Both languages' notes are shown, each in its section of the page.
  for (const note of doc.querySelectorAll<HTMLElement>(".old-compare")) {
    const link = note.querySelector<HTMLAnchorElement>("a[data-compare]")!;
    link.href = `${link.dataset.compare}?${new URLSearchParams({ a: target.a, b: target.b })}`;
    note.hidden = false;
  }
}

/**
 * The embed pages the site no longer writes (one per chart, `/sematkan/<id>/perbandingan/`,
 * `/en/embed/<id>/comparison/`): the indicator's one embed page shows that chart at its fragment
 * (`/sematkan/<id>/#perbandingan`). Where such an address is still in another site's <iframe>, the
 * frame goes there at once; the page also shows a plain link to it.
 */
const OLD_EMBED = /^(.*\/)(sematkan|en\/embed)\/([a-z0-9][a-z0-9-]*)\/(perbandingan|comparison)\/?$/;

export function oldEmbedTarget(pathname: string): string | null {
  const m = OLD_EMBED.exec(pathname);
  return m ? `${m[1]}${m[2]}/${m[3]}/#${m[4]}` : null;
}

export function offerNewEmbed(doc: Document, pathname: string, go: (url: string) => void): void {
  const target = oldEmbedTarget(pathname);
  if (!target) return;
  for (const note of doc.querySelectorAll<HTMLElement>(".old-embed")) {
    note.querySelector<HTMLAnchorElement>("a")!.href = target;
    note.hidden = false;
  }
  go(target);
}
