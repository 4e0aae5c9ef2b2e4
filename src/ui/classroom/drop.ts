// Drag and drop replays anywhere on the page (the menu or a classroom screen): one file opens the replay
// viewer, several files or a course tool's .zip open the class comparison. Tiny on purpose: it is loaded
// with the menu, and the classroom itself only when something is dropped.
import { app, loadClassroomModule } from "../app";

const ACCEPTING = new Set(["Menu", "Classroom"]);

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes("Files");
}

export function installDropZone(): void {
  document.addEventListener("dragover", (event) => {
    if (!carriesFiles(event) || !ACCEPTING.has(app.activeSceneKey())) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    document.body.classList.add("dropping");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) document.body.classList.remove("dropping");
  });
  document.addEventListener("drop", (event) => {
    document.body.classList.remove("dropping");
    if (!carriesFiles(event) || !ACCEPTING.has(app.activeSceneKey())) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    void loadClassroomModule().then((classroom) => classroom.openFiles(files));
  });
}

/**
 * A scenario link pasted into the address bar of a tab already on the game changes only the fragment, which
 * loads nothing: reload, so that the link starts its game as it does in a new tab.
 */
export function reloadOnScenarioLink(): void {
  window.addEventListener("hashchange", () => {
    if (window.location.hash.startsWith("#scenario=")) window.location.reload();
  });
}
