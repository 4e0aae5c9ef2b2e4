// The game's toolbar stays on one row: when the window (or the language, or the text size) leaves too
// little room beside the score, the least-used buttons move, one at a time, into a "More" list that opens
// under its button (a disclosure: aria-expanded, Esc closes it, focus stays with the player). Their
// shortcut keys keep working wherever the buttons are.
import { el } from "./dom";
import { t } from "../i18n";

export interface ToolbarOverflow {
  /** Puts every button back, then moves buttons into the list until the toolbar fits on one row. */
  fit(): void;
  close(): void;
  destroy(): void;
}

/**
 * `toolbar`: the flex row; `overflowOrder`: the buttons that may move, the first to move first; `before`:
 * the button the "More" button goes in front of (End turn, which never moves).
 */
export function toolbarOverflow(toolbar: HTMLElement, overflowOrder: HTMLButtonElement[], before: HTMLElement): ToolbarOverflow {
  // The toolbar's order, to put every button back in its place.
  const order = [...toolbar.children].filter((child) => child !== before);
  const list = el("div", { id: "toolbar-more-list", class: "toolbar-more-list", role: "group", "aria-label": t("toolbar.moreLabel"), hidden: true });
  const more = el(
    "button",
    { type: "button", id: "toolbar-more", class: "toolbar-more", "aria-expanded": "false", "aria-controls": list.id, hidden: true },
    t("toolbar.more"),
    el("span", { "aria-hidden": "true" }, " ▾"),
  );
  toolbar.insertBefore(more, before);
  toolbar.insertBefore(list, before);

  const setOpen = (open: boolean) => {
    list.hidden = !open;
    more.setAttribute("aria-expanded", String(open));
  };
  more.addEventListener("click", () => setOpen(list.hidden));
  // A button chosen in the list closes it (its own action runs first: a dialog takes the focus).
  list.addEventListener("click", (event) => {
    if ((event.target as Element).closest("button")) setOpen(false);
  });
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || list.hidden) return;
    // Esc closes the list, not the country panel behind it or anything else.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    more.focus();
  };
  toolbar.addEventListener("keydown", onKey);
  const onOutside = (event: Event) => {
    if (!list.hidden && !more.contains(event.target as Node) && !list.contains(event.target as Node)) setOpen(false);
  };
  document.addEventListener("pointerdown", onOutside, { capture: true });
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !more.contains(next) && !list.contains(next)) setOpen(false);
  };
  list.addEventListener("focusout", onFocusOut);

  /** The toolbar is on one row when its last item (End turn) is level with its first. */
  const oneRow = () => {
    const first = toolbar.firstElementChild as HTMLElement | null;
    return !first || Math.abs(first.getBoundingClientRect().top - before.getBoundingClientRect().top) < 2;
  };

  return {
    fit() {
      const wasOpen = !list.hidden;
      for (const child of order) toolbar.insertBefore(child, more);
      more.hidden = true;
      setOpen(false);
      for (const button of overflowOrder) {
        if (oneRow()) break;
        more.hidden = false;
        list.prepend(button);
      }
      if (wasOpen && !more.hidden) setOpen(true);
    },
    close: () => setOpen(false),
    destroy() {
      document.removeEventListener("pointerdown", onOutside, { capture: true });
    },
  };
}
