// The game screen: the map (with layers, legend, tooltip), the HUD, the toolbar and the country panel.
// Rules live in the core: every change goes through session.dispatch, and this scene re-renders.
import Phaser from "phaser";
import { visibleScore, type Action, type GameEvent, type ScoreBreakdown } from "../../core";
import { t, localized } from "../../i18n";
import { palette } from "../palette";
import { cssToCanvas } from "../viewport";
import { el, byId, button, isTypingTarget } from "../dom";
import { announce } from "../announce";
import { app } from "../app";
import { setAutomationSession, setCountryLocator } from "../automation";
import { onSettingsChange, settings } from "../settings";
import { openSettings } from "../settingsView";
import { openHelp } from "../helpView";
import { downloadText } from "../files";
import { dismissInfoToast, showToast } from "../messages";
import { play } from "../sound";
import { requestRender } from "../renderOnDemand";
import { Hud, TOP_BAR_CSS_HEIGHT } from "../hud";
import { MapView } from "../map/mapView";
import { LAYERS, type LayerId } from "../map/layers";
import { worldMap } from "./Menu";
import { CountryPanel, type ReplyEvent } from "../panels/countryPanel";
import { openTurnReport } from "../panels/turnReport";
import { showHint, clearHint } from "../panels/hintCard";
import { openPolicyActions } from "../panels/policyActions";
import { dilemmaTitle, hasDecisions, openDilemmas } from "../panels/dilemmaView";
import { nameOf, nounOf } from "../panels/countryFacts";
import { rejectionText } from "../panels/rejections";
import { renderScoreButton, removeScoreButton } from "../scoreView";
import type { Session } from "../game/session";
import { afterPresented } from "../frames";
import { toolbarOverflow, type ToolbarOverflow } from "../toolbarOverflow";

export class GameScene extends Phaser.Scene {
  private session!: Session;
  private mapView!: MapView;
  private hud!: Hud;
  private panel!: CountryPanel;
  private toolbar!: HTMLElement;
  /** The map's place in the focus order: Esc and closed reports return here, so Enter opens a country. */
  private mapFocus!: HTMLElement;
  private replies = new Map<string, ReplyEvent>();
  private countryOrder: string[] = [];
  private cleanups: (() => void)[] = [];
  private overflow: ToolbarOverflow | undefined;

  constructor() {
    super("Game");
  }

  init(data: { session: Session }): void {
    this.session = data.session;
    this.replies.clear();
  }

  create(): void {
    const session = this.session;
    setAutomationSession(session);
    this.cameras.main.setBackgroundColor(palette().ocean);
    this.countryOrder = Object.keys(session.state.countries).sort((a, b) => nameOf(session.state, a).localeCompare(nameOf(session.state, b)));
    this.hud = new Hud(this);
    this.mapView = new MapView(this, worldMap(this), () => this.session.state, (id) => this.openCountry(id));
    this.panel = new CountryPanel({
      state: () => this.session.state,
      dispatch: (action) => this.dispatch(action),
      lastReply: (id) => this.replies.get(id),
      close: () => this.closeCountry(),
    });
    this.toolbar = this.buildToolbar();
    this.mapFocus = el("div", { id: "map-focus", class: "map-focus", tabindex: 0, role: "group", "aria-label": t("map.focusLabel") });
    byId("overlay").appendChild(this.mapFocus);
    this.updateToolbar();
    setCountryLocator((id) => this.mapView.locate(id));
    this.cleanups.push(session.onChange((events, action) => this.onGameChange(events, action)));
    const locale = settings().locale;
    this.cleanups.push(onSettingsChange((next) => {
      // A new language rebuilds the screen (DOM panels included); other settings only need a new layout.
      if (next.locale !== locale) this.scene.restart({ session: this.session });
      else this.layout();
    }));
    let size = { width: this.scale.width, height: this.scale.height };
    const onResize = () => {
      if (this.scale.width === size.width && this.scale.height === size.height) return;
      size = { width: this.scale.width, height: this.scale.height };
      this.layout();
    };
    this.scale.on("resize", onResize);
    this.cleanups.push(() => this.scale.off("resize", onResize));
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    document.addEventListener("keydown", onKey);
    this.cleanups.push(() => document.removeEventListener("keydown", onKey));
    this.events.once("shutdown", () => this.teardown());
    this.layout();
    announce(t("game.started", { scenario: localized(session.scenario.title), seed: session.state.seed }));
    const hint = this.hintFor(session.state.turn);
    if (hint) showHint(hint);
    app.markReady();
  }

  private hintFor(turn: number): string | undefined {
    const hint = this.session.scenario.hints.find((h) => h.turn === turn);
    if (!hint) return undefined;
    return localized(hint.text);
  }

  /** Every action goes to the core through the session; a rejection comes back with the core's reason, in the player's words. */
  private dispatch(action: Action): { ok: true } | { ok: false; message: string } {
    const result = this.session.dispatch(action);
    if (!result.ok) {
      play("reject");
      const message = rejectionText(result.code, result.message);
      announce(message);
      return { ok: false, message };
    }
    return { ok: true };
  }

  /** Focus back on the map (with the selected country still selected), never on a button Enter would press. */
  private focusMap(): HTMLElement {
    const selected = this.mapView.selectedId;
    this.mapFocus.setAttribute("aria-label", selected ? t("map.focusSelected", { country: nounOf(this.session.state, selected) }) : t("map.focusLabel"));
    return this.mapFocus;
  }

  private onGameChange(events: GameEvent[], action: Action): void {
    const state = this.session.state;
    for (const event of events) {
      if (event.type === "reply") {
        this.replies.set(event.country, event);
        announce(t(`reply.${event.reply}`, { country: nounOf(state, event.country) }));
      }
      if (event.type === "dealSigned") play("deal");
      if (event.type === "scandal") play("scandal");
      if (event.type === "dilemma") showToast(t("dilemma.arrived", { title: dilemmaTitle(state, event.eventId) }), "info");
    }
    if (action.type === "endTurn") {
      play("turn");
      // The report first: it covers the map, so the map and the HUD are redrawn behind it once it is on
      // screen (the redraw uploads a map-sized texture and dozens of labels; the player waits for the report).
      afterPresented(() => {
        if (this.scene.isActive()) this.refresh();
      });
      if (state.status === "over") {
        // The last month gets its report too; the debrief follows when it is closed.
        openTurnReport(state, state.turn - 1, { onClose: () => this.scene.start("Debrief", { session: this.session }), last: true });
        return;
      }
      openTurnReport(state, state.turn - 1, {
        scores: { before: this.scoreBefore(), after: visibleScore(state) },
        onClose: () => {
          const hint = this.hintFor(state.turn);
          if (hint) showHint(hint);
        },
        returnFocus: () => this.focusMap(),
      });
      return;
    }
    this.refresh();
  }

  private refresh(): void {
    requestRender();
    this.mapView.redraw();
    this.renderHud();
    if (this.panel.isOpen) this.panel.render();
    this.updateToolbar();
  }

  private layout(again = true): void {
    requestRender();
    const topBefore = this.topBarCssHeight();
    const { width, height } = this.scale;
    const topHeight = cssToCanvas(this.topBarCssHeight());
    const panelWidth = this.panel.isOpen ? cssToCanvas(this.panel.element.getBoundingClientRect().width) : 0;
    const mapWidth = width - panelWidth;
    this.hud.render(this.session.state, width, topHeight, mapWidth);
    this.renderScore();
    const mapHeight = height - topHeight - this.hud.stripHeight;
    this.mapView.layout(0, topHeight, mapWidth, mapHeight);
    const css = (v: number) => `${Math.round(v / cssToCanvas(1))}px`;
    Object.assign(this.mapFocus.style, { top: css(topHeight), left: "0px", width: css(mapWidth), height: css(mapHeight) });
    this.mapView.select(this.panel.countryId ?? this.mapView.selectedId);
    document.documentElement.style.setProperty("--top-bar", `${this.topBarCssHeight()}px`);
    // Placing the score may have wrapped the toolbar: lay out once more with the top bar's new height.
    if (again && this.topBarCssHeight() !== topBefore) this.layout(false);
  }

  private renderHud(): void {
    const panelWidth = this.panel.isOpen ? cssToCanvas(this.panel.element.getBoundingClientRect().width) : 0;
    this.hud.render(this.session.state, this.scale.width, cssToCanvas(this.topBarCssHeight()), this.scale.width - panelWidth);
    this.renderScore();
  }

  /**
   * The score at the start of last month, for the trend. Not before month two: at the very start nothing
   * has shipped, and the economy part would "jump" from 0 on the first turn whatever the player did.
   */
  private scoreBefore(): ScoreBreakdown | undefined {
    const turn = this.session.state.turn;
    return turn >= 2 ? this.session.scoreAtStart.get(turn - 1) : undefined;
  }

  /** The score and its trend since the start of last month. */
  private renderScore(): void {
    const state = this.session.state;
    renderScoreButton(state, this.scoreBefore(), this.hud.scoreLeft);
    // The toolbar keeps to the right of the score, on one row: what does not fit goes into "More".
    const right = document.getElementById("hud-score")?.getBoundingClientRect().right ?? 0;
    document.documentElement.style.setProperty("--toolbar-left", `${Math.ceil(right) + 8}px`);
    this.overflow?.fit();
  }

  /** The top bar grows when a narrow window (or large text) wraps the toolbar onto two rows. */
  private topBarCssHeight(): number {
    const toolbar = this.toolbar.querySelector(".toolbar");
    const wrapped = toolbar ? toolbar.getBoundingClientRect().height : 0;
    return Math.max(TOP_BAR_CSS_HEIGHT * this.textScale(), Math.ceil(wrapped));
  }

  private textScale(): number {
    return Number(getComputedStyle(document.documentElement).getPropertyValue("--text-scale")) || 1;
  }

  private openCountry(id: string, compose = false): void {
    const wasOpen = this.panel.isOpen;
    this.panel.open(id, compose);
    this.mapView.select(id);
    if (!wasOpen) this.layout();
  }

  private closeCountry(): void {
    const id = this.panel.countryId;
    this.panel.close();
    // The country stays selected: Enter opens it again, the arrows move on from it.
    this.mapView.select(id);
    this.layout();
    this.focusMap().focus();
  }

  private endTurn(): void {
    this.dispatch({ type: "endTurn" });
  }

  private buildToolbar(): HTMLElement {
    const layerGroup = el(
      "div",
      { class: "layer-switch", role: "radiogroup", "aria-label": t("layer.switchLabel") },
      LAYERS.map((layer, i) =>
        el("label", {}, el("input", { type: "radio", name: "map-layer", value: layer, checked: layer === this.mapView.layer, onchange: (() => this.setLayer(layer)) as EventListener }), t(`layer.${layer}.title`), el("kbd", { "aria-hidden": "true" }, String(i + 1))),
      ),
    );
    const report = button(t("toolbar.report"), () => this.showLastReport(), { id: "toolbar-report" }, "T");
    const replay = button(t("toolbar.export"), () => this.exportReplay(), { id: "toolbar-export" }, "X");
    const help = button(t("toolbar.help"), openHelp, { id: "toolbar-help" }, "H");
    const settingsButton = button(t("toolbar.settings"), openSettings, { id: "toolbar-settings" }, "S");
    const menu = button(t("toolbar.menu"), () => app.showMenu(), { id: "toolbar-menu" }, "Q");
    const endTurn = button(t("toolbar.endTurn"), () => this.endTurn(), { class: "primary", id: "toolbar-end-turn" }, "E");
    const toolbar = el(
      "div",
      { class: "toolbar", role: "toolbar", "aria-label": t("toolbar.label") },
      button(t("toolbar.actions"), () => this.openActions(), { id: "toolbar-actions" }, "P"),
      report,
      button(t("dilemma.open", { count: 0 }), () => this.openDecisions(), { id: "toolbar-dilemmas" }, "D"),
      replay, help, settingsButton, menu, endTurn,
    );
    // Policy, Decisions and End turn always show; the others go into "More", the least used first.
    this.overflow = toolbarOverflow(toolbar, [menu, settingsButton, help, replay, report], endTurn);
    this.cleanups.push(() => this.overflow?.destroy());
    const container = el("div", { class: "game-chrome" }, toolbar, layerGroup);
    byId("overlay").appendChild(container);
    return container;
  }

  private updateToolbar(): void {
    const report = this.toolbar.querySelector<HTMLButtonElement>("#toolbar-report");
    if (report) report.disabled = this.session.state.turn === 0;
    const decisions = this.toolbar.querySelector<HTMLButtonElement>("#toolbar-dilemmas");
    if (decisions) {
      const count = this.session.state.dilemmas.length;
      // Audits keep the dialog useful with no decision waiting (deals' safeguards to exercise each month).
      decisions.disabled = !hasDecisions(this.session.state);
      if (decisions.firstChild) decisions.firstChild.textContent = t("dilemma.open", { count });
    }
    // "Decisions (12)" is wider than "Decisions (0)".
    this.overflow?.fit();
  }

  private openDecisions(): void {
    openDilemmas({ state: () => this.session.state, dispatch: (action) => this.dispatch(action) }, () => this.refresh());
  }

  private setLayer(layer: LayerId): void {
    this.mapView.setLayer(layer);
    const input = this.toolbar.querySelector<HTMLInputElement>(`input[value="${layer}"]`);
    if (input) input.checked = true;
    announce(t("layer.switched", { layer: t(`layer.${layer}.title`) }));
  }

  private openActions(): void {
    openPolicyActions({ state: () => this.session.state, dispatch: (action) => this.dispatch(action) });
  }

  private showLastReport(): void {
    const turn = this.session.state.turn - 1;
    if (turn >= 0) openTurnReport(this.session.state, turn, { returnFocus: () => this.focusMap() });
  }

  private exportReplay(): void {
    const state = this.session.state;
    const replay = this.session.replay();
    if (!replay) return showToast(t("replay.buildFailed"), "error");
    downloadText(`chip-diplomacy-${state.scenarioId}-${state.seed.replace(/[^\w-]+/g, "_")}-turn${state.turn}.json`, JSON.stringify(replay, null, 1));
    showToast(t("toolbar.exported"), "info");
  }

  private cycleCountry(direction: 1 | -1): void {
    const current = this.mapView.selectedId;
    const index = current ? this.countryOrder.indexOf(current) : direction === 1 ? -1 : 0;
    const next = this.countryOrder[(index + direction + this.countryOrder.length) % this.countryOrder.length];
    if (!next) return;
    this.mapView.select(next);
    announce(nameOf(this.session.state, next));
    this.focusMap();
    if (this.panel.isOpen) this.openCountry(next);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && this.panel.isOpen && !document.querySelector("dialog[open]")) {
      event.preventDefault();
      this.closeCountry();
      return;
    }
    if (isTypingTarget(event.target) || document.querySelector("dialog[open]")) return;
    const key = event.key.toLowerCase();
    const id = this.panel.countryId;
    const handlers: Record<string, () => void> = {
      arrowright: () => this.cycleCountry(1),
      "]": () => this.cycleCountry(1),
      arrowleft: () => this.cycleCountry(-1),
      "[": () => this.cycleCountry(-1),
      enter: () => {
        if (this.mapView.selectedId && !this.panel.isOpen) this.openCountry(this.mapView.selectedId);
      },
      "+": () => this.mapView.zoomBy(1.5),
      "=": () => this.mapView.zoomBy(1.5),
      "-": () => this.mapView.zoomBy(1 / 1.5),
      "0": () => this.mapView.zoomBy(0),
      "1": () => this.setLayer("deal"),
      "2": () => this.setLayer("tier"),
      "3": () => this.setLayer("risk"),
      o: () => {
        if (id) this.openCountry(id, true);
      },
      a: () => {
        if (id && this.session.state.countries[id]?.negotiation?.counter) this.panel.act({ type: "acceptCounter", country: id });
      },
      w: () => {
        if (id && this.session.state.countries[id]?.negotiation) void this.panel.walkAway();
      },
      p: () => this.openActions(),
      d: () => this.openDecisions(),
      e: () => this.endTurn(),
      t: () => this.showLastReport(),
      x: () => this.exportReplay(),
      s: openSettings,
      h: openHelp,
      "?": openHelp,
      q: () => app.showMenu(),
    };
    const handler = handlers[key];
    if (!handler) return;
    // Enter on a focused button belongs to the button.
    if (key === "enter" && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    handler();
  }

  private teardown(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    clearHint();
    dismissInfoToast();
    this.mapView.destroy();
    this.hud.destroy();
    this.panel.close();
    this.panel.element.remove();
    this.toolbar.remove();
    this.mapFocus.remove();
    removeScoreButton();
    // The settings dialog stays across a restart for a new language (it reopens itself in that language).
    document.querySelectorAll("dialog[open]:not(.keep-open)").forEach((d) => (d as HTMLDialogElement).close());
    setCountryLocator(() => null);
  }
}
