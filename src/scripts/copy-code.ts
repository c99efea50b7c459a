/**
 * `<copy-code>`: a read-only text area with code to copy (the embed snippets). Shows its
 * `button[data-copy]` (hidden without JavaScript) and copies the text area's value with the
 * Clipboard API; when that is refused it selects the text so Ctrl+C works, and says which
 * happened in `[data-copy-status]` (a status region; texts from `data-msg-copied`/`-failed`).
 * Focusing the text area selects all of it.
 */
class CopyCode extends HTMLElement {
  connectedCallback(): void {
    if (this.hasAttribute("data-enhanced")) return;
    this.setAttribute("data-enhanced", "");
    const area = this.querySelector("textarea");
    const button = this.querySelector<HTMLButtonElement>("button[data-copy]");
    const status = this.querySelector<HTMLElement>("[data-copy-status]");
    if (!area || !button) return;
    area.addEventListener("focus", () => area.select());
    button.hidden = false;
    button.addEventListener("click", async () => {
      let ok = false;
      try {
        await navigator.clipboard.writeText(area.value);
        ok = true;
      } catch {
        area.focus();
        area.select();
      }
      if (status) {
        // Clear first so the same message is announced again on a second copy.
        status.textContent = "";
        window.setTimeout(() => (status.textContent = (ok ? this.dataset.msgCopied : this.dataset.msgFailed) ?? ""), 50);
      }
    });
  }
}

if (!customElements.get("copy-code")) customElements.define("copy-code", CopyCode);
