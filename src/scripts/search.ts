/**
 * `<terang-search>`: runs the search page's form in the page with Pagefind (the index built by
 * scripts/search-index.ts, loaded from `data-bundle` the first time it is needed; Pagefind picks
 * the index of the page's `<html lang>`).
 *
 * - Shows `[data-search-form]` (hidden without JavaScript) and hides `[data-search-fallback]`.
 * - Searches as the reader types (debounced) and on submit; keeps the query in the URL (`?q=`),
 *   and runs the query found there on load.
 * - Lists results in `[data-search-results]` as DOM nodes (title link, kind, excerpt with the
 *   matched words marked): no markup from the index is ever inserted as HTML.
 * - Announces the number of results in `[data-search-status]` (a polite live region).
 * - "Show more" adds the next results and moves the focus to the first one it added.
 *
 * Texts come from `data-msg-*` ({count}, {query}, {shown} placeholders).
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;
const DELAY = 250;

const fill = (template: string | undefined, vars: Record<string, string | number>): string =>
  (template ?? "").replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** Pagefind's excerpt (escaped text with <mark> around matches) as text and <mark> nodes. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out: Node[] = [];
  for (const n of Array.from(doc.body.querySelector("p")?.childNodes ?? [])) {
    if (n.nodeName === "MARK") {
      const m = document.createElement("mark");
      m.textContent = n.textContent;
      out.push(m);
    } else {
      out.push(document.createTextNode(n.textContent ?? ""));
    }
  }
  return out;
}

class TerangSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | null = null;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private section!: HTMLElement;
  private more!: HTMLButtonElement;
  private timer = 0;
  /** Sequence number of the latest search: answers to older ones are dropped. */
  private seq = 0;
  private results: PagefindResult[] = [];
  private shown = 0;

  connectedCallback(): void {
    if (this.hasAttribute("data-enhanced")) return;
    this.setAttribute("data-enhanced", "");
    const form = this.querySelector<HTMLFormElement>("[data-search-form]");
    const input = this.querySelector<HTMLInputElement>("[data-search-input]");
    const status = this.querySelector<HTMLElement>("[data-search-status]");
    const list = this.querySelector<HTMLOListElement>("[data-search-results]");
    const section = this.querySelector<HTMLElement>("[data-search-section]");
    const more = this.querySelector<HTMLButtonElement>("[data-search-more]");
    if (!form || !input || !status || !list || !section || !more) return;
    Object.assign(this, { input, status, list, section, more });
    form.hidden = false;
    this.fallback(false);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      window.clearTimeout(this.timer);
      void this.run(input.value);
    });
    input.addEventListener("input", () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(input.value), DELAY);
    });
    more.addEventListener("click", () => void this.showMore(true));
    const q = new URLSearchParams(window.location.search).get("q");
    if (q) {
      input.value = q;
      void this.run(q);
    }
  }

  private fallback(show: boolean, text?: string): void {
    const box = this.querySelector<HTMLElement>("[data-search-fallback]");
    if (!box) return;
    box.hidden = !show;
    const p = box.querySelector<HTMLElement>("[data-search-fallback-text]");
    if (p && text) p.textContent = text;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ this.dataset.bundle!)) as Pagefind;
      await pf.options({ baseUrl: this.dataset.base ?? "/", excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    return this.pagefind;
  }

  private remember(q: string): void {
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    // The language switch keeps the query: the other language's search page runs it too.
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a.lang-switch")) {
      const other = new URL(a.href);
      if (q) other.searchParams.set("q", q);
      else other.searchParams.delete("q");
      a.href = other.href;
    }
  }

  async run(raw: string): Promise<void> {
    const q = raw.trim();
    const seq = ++this.seq;
    this.remember(q);
    if (!q) {
      this.results = [];
      this.list.replaceChildren();
      this.section.hidden = true;
      this.more.hidden = true;
      this.status.textContent = "";
      return;
    }
    this.list.setAttribute("aria-busy", "true");
    let found: PagefindResult[];
    try {
      const pf = await this.load();
      found = (await pf.search(q))?.results ?? [];
    } catch (err) {
      console.warn("Search unavailable:", err);
      this.pagefind = null;
      this.status.textContent = this.dataset.msgUnavailable ?? "";
      this.fallback(true, this.dataset.msgUnavailable);
      return;
    } finally {
      if (seq === this.seq) this.list.removeAttribute("aria-busy");
    }
    if (seq !== this.seq) return;
    this.results = found;
    this.shown = 0;
    this.list.replaceChildren();
    this.section.hidden = found.length === 0;
    await this.showMore(false);
    if (seq !== this.seq) return;
    const n = found.length;
    this.status.textContent = n === 0 ? fill(this.dataset.msgNone, { query: q }) : fill(n === 1 ? this.dataset.msgCountOne : this.dataset.msgCount, { count: n, query: q });
  }

  /** Adds the next page of results; with `focus`, moves the focus to the first one added. */
  private async showMore(focus: boolean): Promise<void> {
    const seq = this.seq;
    const next = this.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (seq !== this.seq) return;
    const items = data.map((d) => this.item(d));
    this.list.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.results.length;
    if (focus) {
      items[0]?.querySelector("a")?.focus();
      this.status.textContent = fill(this.dataset.msgShown, { shown: this.shown, count: this.results.length });
    }
  }

  private item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement("li");
    const h = document.createElement("h3");
    const a = document.createElement("a");
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    li.append(h);
    if (d.meta.kind) {
      const kind = document.createElement("p");
      kind.className = "result-kind";
      kind.textContent = d.meta.kind;
      // A document's status, as its page shows it: a withdrawn programme must not look current.
      if (d.meta.status) {
        const badge = document.createElement("span");
        badge.className = `badge status status-${d.meta.statuscode ?? ""}`;
        badge.textContent = d.meta.status;
        kind.append(" ", badge);
      }
      li.append(kind);
    }
    const ex = document.createElement("p");
    ex.className = "result-excerpt";
    ex.append(...excerptNodes(d.excerpt));
    li.append(ex);
    return li;
  }
}

if (!customElements.get("terang-search")) customElements.define("terang-search", TerangSearch);
