// Small DOM helpers for the overlays. Text always goes in through textContent, never innerHTML, so
// scenario, replay and save data can never inject markup.
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
    previousFocus?.focus?.();
  });
  dialog.addEventListener("cancel", (event) => {
    if (options.dismissable === false) event.preventDefault();
  });
  byId("overlay").appendChild(dialog);
  dialog.showModal();
  return { dialog, close };
}

export function button(label: string, onClick: () => void, attributes: Attributes = {}, shortcut?: string): HTMLButtonElement {
  return el(
    "button",
    { type: "button", ...attributes, onclick: (() => onClick()) as EventListener, "aria-keyshortcuts": shortcut },
    label,
    shortcut ? kbd(shortcut) : null,
  );
}

/** True when a key press belongs to a text field rather than to the game's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
