/**
 * What a phone-width page does wrong: the page body scrolling sideways, and table cells cut off
 * outside a labelled scroll region. Runs in the page (`page.evaluate(phoneProblems)`).
 */
export interface PhoneProblems {
  scrollWidth: number;
  viewport: number;
  /** Elements that stick out of the viewport (their tag, class and text), when the body scrolls sideways. */
  wide: string[];
  /** Table cells neither fully visible nor inside a labelled, focusable scroll region. */
  clipped: string[];
}

export function phoneProblems(): PhoneProblems {
  const vw = document.documentElement.clientWidth;
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
  const wide: string[] = [];
  if (document.documentElement.scrollWidth > vw) {
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 0.5) {
        // Report the outermost offender only.
        const parent = el.parentElement;
        if (parent && parent.getBoundingClientRect().right > vw + 0.5) continue;
        wide.push(`${describe(el)} right=${Math.round(r.right)}`);
      }
    }
  }
  /** A scroll region a keyboard and a screen reader can reach: named region, focusable, scrolling. */
  const scroller = (cell: Element): Element | null => {
    for (let el = cell.parentElement; el; el = el.parentElement) {
      const cs = getComputedStyle(el);
      if (cs.overflowX !== "auto" && cs.overflowX !== "scroll") continue;
      const role = el.getAttribute("role") ?? (el.tagName === "SECTION" ? "region" : "");
      const named = !!(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby"));
      if (role === "region" && named && el.getAttribute("tabindex") === "0") return el;
      return null;
    }
    return null;
  };
  const clipped: string[] = [];
  for (const cell of document.querySelectorAll("main td, main th")) {
    if ((cell as HTMLElement).closest("[hidden], .visually-hidden")) continue;
    const r = cell.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left >= -0.5 && r.right <= vw + 0.5) continue;
    if (scroller(cell)) continue;
    clipped.push(`${describe(cell)} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, viewport: vw, wide, clipped };
}
