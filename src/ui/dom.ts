// Small DOM helpers for the overlays. Text always goes in through textContent, never innerHTML, so
// scenario, replay and save data can never inject markup.
import { sleepUnderDialog } from "./renderOnDemand";
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (name === "class") element.className = String(value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html is missing #${id}`);
  return element as T;
}

/** A keyboard shortcut hint shown beside a control, e.g. <kbd>E</kbd>. */
export function kbd(key: string): HTMLElement {
  return el("kbd", { "aria-hidden": "true" }, key);
}

export interface ModalOptions {
  title: string;
  className?: string;
  /** Called when the dialog closes for any reason (button, Escape). */
  onClose?: () => void;
  /** Escape does not close dialogs that need an answer. */
  dismissable?: boolean;
  /** Where focus goes on close (default: where it was before). */
  returnFocus?: () => HTMLElement | null;
}

/** An accessible modal built on <dialog>: focus is trapped inside and returns where it was on close. */
export function openModal(options: ModalOptions, ...body: (Child | Child[])[]): { dialog: HTMLDialogElement; close: () => void } {
  const previousFocus = document.activeElement as HTMLElement | null;
  const heading = el("h2", { id: `dialog-title-${Date.now()}` }, options.title);
  const dialog = el("dialog", { class: `modal ${options.className ?? ""}`, "aria-labelledby": heading.id }, heading, ...body);
  const close = () => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener("close", () => {
    dialog.remove();
    options.onClose?.();
    const target = options.returnFocus ? options.returnFocus() : previousFocus;
    if (target?.isConnected) target.focus();
  });
  dialog.addEventListener("cancel", (event) => {
    if (options.dismissable === false) event.preventDefault();
  });
  byId("overlay").appendChild(dialog);
  dialog.showModal();
  sleepUnderDialog();
  return { dialog, close };
}

/**
 * How long a button that has just appeared under the pointer ignores it: the second click of a
 * double-click, or a click aimed at what was there a moment before, never lands on a control the player
 * has not seen (a double-click on "Send the offer" must not accept the counter-offer that replaces it).
 */
export const FRESH_CONTROL_MS = 450;

let lastPress: { x: number; y: number; time: number } | null = null;
let pressWatched = false;

function watchPresses(): void {
  if (pressWatched) return;
  pressWatched = true;
  document.addEventListener("pointerdown", (event) => (lastPress = { x: event.clientX, y: event.clientY, time: performance.now() }), { capture: true });
}

/** True when this click is the tail of a press that made the button appear where the pointer already was. */
function landedUnseen(button: HTMLElement, created: number, pressAtCreation: typeof lastPress, event: MouseEvent): boolean {
  if (event.detail === 0) return false; // keyboard activation is always aimed
  if (event.detail > 1) return true; // the second click of a double-click
  if (!pressAtCreation || created - pressAtCreation.time > FRESH_CONTROL_MS || performance.now() - created > FRESH_CONTROL_MS) return false;
  const box = button.getBoundingClientRect();
  return pressAtCreation.x >= box.left && pressAtCreation.x <= box.right && pressAtCreation.y >= box.top && pressAtCreation.y <= box.bottom;
}

export function button(label: string, onClick: () => void, attributes: Attributes = {}, shortcut?: string): HTMLButtonElement {
  watchPresses();
  const created = performance.now();
  const pressAtCreation = lastPress;
  const element: HTMLButtonElement = el(
    "button",
    {
      type: "button",
      ...attributes,
      onclick: ((event: MouseEvent) => {
        if (!landedUnseen(element, created, pressAtCreation, event)) onClick();
      }) as EventListener,
      "aria-keyshortcuts": shortcut,
    },
    label,
    shortcut ? kbd(shortcut) : null,
  );
  return element;
}

export interface ConfirmOptions {
  title: string;
  /** What will happen, one consequence a line. */
  consequences: string[];
  confirm: string;
  cancel: string;
}

/** Asks before a move that cannot be taken back. Cancel has the focus, so Enter never confirms by accident. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = false;
    const yes = button(options.confirm, () => {
      answer = true;
      modal.close();
    }, { class: "danger", id: "confirm-yes" });
    const no = button(options.cancel, () => modal.close(), { class: "primary", id: "confirm-no" });
    const modal = openModal(
      { title: options.title, className: "confirm", onClose: () => resolve(answer) },
      el("ul", { class: "consequences" }, options.consequences.map((line) => el("li", {}, line))),
      el("div", { class: "actions" }, no, yes),
    );
    no.focus();
  });
}

/** True when a key press belongs to a text field rather than to the game's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
