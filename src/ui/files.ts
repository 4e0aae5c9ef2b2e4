// Reading a file the player picks. Size is checked before reading so a wrong pick (a video, a dump)
// gets a message instead of freezing the tab.
import { t } from "../i18n";
import { showToast } from "./messages";

const MAX_FILE_BYTES = 5_000_000;

export function pickTextFile(accept = ".json,application/json"): Promise<{ name: string; text: string } | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.className = "visually-hidden";
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(undefined);
      void readTextFile(file).then(resolve);
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve(undefined);
    });
    document.body.appendChild(input);
    input.click();
  });
}

export async function readTextFile(file: File): Promise<{ name: string; text: string } | undefined> {
  if (file.size > MAX_FILE_BYTES) {
    showToast(t("file.tooLarge", { name: file.name, size: Math.round(file.size / 1000), limit: MAX_FILE_BYTES / 1000 }), "error");
    return undefined;
  }
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    showToast(t("file.unreadable", { name: file.name }), "error");
    return undefined;
  }
}

export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
