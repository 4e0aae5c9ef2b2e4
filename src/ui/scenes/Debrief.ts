// End of game: the debrief page (DOM, printable) over a dimmed world map.
import Phaser from "phaser";
import { t } from "../../i18n";
import { palette } from "../palette";
import { byId, isTypingTarget } from "../dom";
import { app, loadClassroomModule } from "../app";
import { buildReport } from "../../core";
import { dealsCsv, tracksCsv } from "../classroom/csv";
import { announce } from "../announce";
import { setAutomationSession } from "../automation";
import { downloadText } from "../files";
import { showToast } from "../messages";
import { debriefPage } from "../panels/debriefView";
import { onSettingsChange, settings } from "../settings";
import type { Session } from "../game/session";

export class DebriefScene extends Phaser.Scene {
  private session!: Session;

  constructor() {
    super("Debrief");
  }

  init(data: { session: Session }): void {
    this.session = data.session;
  }

  create(): void {
    const session = this.session;
    setAutomationSession(session);
    this.cameras.main.setBackgroundColor(palette().background);
    const state = session.state;
    const exportReplay = () => {
      const replay = session.replay();
      if (!replay) return showToast(t("replay.buildFailed"), "error");
      downloadText(`chip-diplomacy-${state.scenarioId}-${state.seed.replace(/[^\w-]+/g, "_")}-final.json`, JSON.stringify(replay, null, 1));
      showToast(t("toolbar.exported"), "info");
    };
    const replay = session.replay();
    const built = replay ? buildReport(replay, session.scenario) : null;
    const report = built?.ok ? built.report : null;
    const fileBase = `chip-diplomacy-${state.scenarioId}-${state.seed.replace(/[^\w-]+/g, "_")}`;
    const page = debriefPage(state, {
      exportReplay,
      exportCsv: (kind) => {
        if (kind === "tracks") downloadText(`${fileBase}-tracks.csv`, tracksCsv(state.history, state.scenario.startDate), "text/csv");
        else downloadText(`${fileBase}-deals.csv`, dealsCsv(report?.deals ?? [], state.scenario.startDate, state.policy === "bilateral"), "text/csv");
      },
      review: () => {
        if (!replay) return showToast(t("replay.buildFailed"), "error");
        void loadClassroomModule().then((classroom) => classroom.openViewerReplay(replay, session.scenario, state.seed, true));
      },
      playAgain: () => void app.startNewGame({ scenario: state.scenario, seed: state.seed, policy: state.policy, origin: state.scenarioId }),
      menu: () => app.showMenu(),
    }, report);
    byId("overlay").appendChild(page);
    (page.querySelector("#debrief-menu") as HTMLElement | null)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || document.querySelector("dialog[open]")) return;
      if (event.key.toLowerCase() === "x") exportReplay();
      if (event.key.toLowerCase() === "q") app.showMenu();
      if (event.key.toLowerCase() === "v") (page.querySelector("#debrief-review") as HTMLButtonElement | null)?.click();
    };
    document.addEventListener("keydown", onKey);
    const locale = settings().locale;
    const offSettings = onSettingsChange((next) => {
      if (next.locale !== locale) this.scene.restart({ session });
    });
    this.events.once("shutdown", () => {
      offSettings();
      document.removeEventListener("keydown", onKey);
      page.remove();
    });
    const score = state.outcome?.score;
    announce(t("debrief.announce", { grade: score?.grade ?? "—", total: score?.total ?? 0 }));
    app.markReady();
  }
}
