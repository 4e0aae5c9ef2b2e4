// Menu: the world in the background, the title, and the DOM menu (buttons and forms are DOM so they are
// keyboard- and screen-reader-accessible). Starting a game loads the core and game scenes on demand.
import Phaser from "phaser";
import { palette, cssColour } from "../palette";
import { cssToCanvas } from "../viewport";
import { decodeWorldMap, drawMap, drawMapSteps, fitFrame, type DrawOptions, type WorldMap } from "../map/worldMap";
import { MAP_KEY, mapUrl } from "./Preload";
import { mountMenu } from "../menuView";
import { app, loadGameModule } from "../app";
import { onSettingsChange, settings } from "../settings";
import { requestRender } from "../renderOnDemand";

let backdropSerial = 0;

/** requestIdleCallback, or a short timeout where it is missing (Safari). */
function idleSlice(callback: (deadline?: IdleDeadline) => void): void {
  if (window.requestIdleCallback) window.requestIdleCallback(callback, { timeout: 2000 });
  else window.setTimeout(() => callback(), 50);
}
let decoded: WorldMap | undefined;

export function worldMap(scene: Phaser.Scene): WorldMap {
  decoded ??= decodeWorldMap(scene.cache.json.get(MAP_KEY));
  return decoded;
}

export class MenuScene extends Phaser.Scene {
  private unmount: (() => void) | undefined;
  private backdrop: Phaser.GameObjects.Image | undefined;
  private backdropKey = "";

  constructor() {
    super("Menu");
  }

  create(): void {
    this.layout();
    this.unmount = mountMenu();
    // Phaser also emits "resize" when it merely refreshes: redraw only for a real change of size.
    const size = { width: this.scale.width, height: this.scale.height };
    const onResize = () => {
      if (this.scale.width !== size.width || this.scale.height !== size.height) this.scene.restart();
    };
    this.scale.on("resize", onResize);
    const locale = settings().locale;
    // The change may land after the loop fell asleep (French loads on demand): wake it, or the restart waits for input.
    const offSettings = onSettingsChange((next) => {
      requestRender();
      if (next.locale !== locale) this.scene.restart();
      else this.layout();
    });
    this.events.once("shutdown", () => {
      this.scale.off("resize", onResize);
      offSettings();
      this.unmount?.();
      // The scene's objects are destroyed after this event; the texture goes on the next drawBackdrop.
      this.backdrop = undefined;
    });
    app.markReady();
    // Warm the cache for "New game" while the player reads the menu, without delaying the menu itself:
    // the game code, and the world map, which then fades in behind the menu.
    // Only after the menu's first frame, so the downloads never compete with it.
    // Nothing heavy runs on the main thread while the player reads the menu (no task over 50 ms, see
    // `npm run bench:web`): the game module (the core and the game scenes, a long compile) is fetched at
    // the player's first key or click, which is also what starts a game; the world map is fetched in the
    // background and drawn in small idle slices, then fades in behind the menu.
    const warm = () => void loadGameModule().catch(() => undefined);
    document.addEventListener("pointerdown", warm, { capture: true, once: true });
    document.addEventListener("keydown", warm, { capture: true, once: true });
    this.events.once("shutdown", () => {
      document.removeEventListener("pointerdown", warm, { capture: true });
      document.removeEventListener("keydown", warm, { capture: true });
    });
    const prefetch = () => {
      if (this.cache.json.exists(MAP_KEY) || !this.scene.isActive()) return;
      this.load.json(MAP_KEY, mapUrl);
      this.load.once("complete", () => {
        if (this.scene.isActive() && this.cache.json.exists(MAP_KEY)) idleSlice(() => this.drawBackdropInSlices());
      });
      this.load.start();
    };
    requestAnimationFrame(() => window.setTimeout(() => idleSlice(prefetch), 0));
  }

  /** Decodes the map and draws the dimmed world in idle slices, then fades it in. */
  private drawBackdropInSlices(): void {
    if (!this.scene.isActive()) return;
    const map = worldMap(this);
    const { width, height } = this.scale;
    const key = `menu-backdrop-${(backdropSerial += 1)}`;
    // Half resolution: a dim backdrop needs no more, and a quarter of the pixels uploads four times faster.
    const texture = this.textures.createCanvas(key, Math.max(1, Math.ceil(width / 2)), Math.max(1, Math.ceil(height / 2)));
    if (!texture) return;
    const steps = drawMapSteps(texture.getContext(), map, this.backdropOptions(map, width / 2, height / 2), 12);
    const run = (deadline?: IdleDeadline) => {
      if (!this.scene.isActive() || !this.textures.exists(key)) return;
      const until = performance.now() + Math.min(30, deadline ? deadline.timeRemaining() : 30);
      while (performance.now() < until) {
        if (steps.next().done) return this.showBackdrop(key, texture);
      }
      idleSlice(run);
    };
    idleSlice(run);
  }

  private showBackdrop(key: string, texture: Phaser.Textures.CanvasTexture): void {
    texture.refresh();
    this.backdrop?.destroy();
    if (this.backdropKey && this.textures.exists(this.backdropKey)) this.textures.remove(this.backdropKey);
    this.backdropKey = key;
    // Shown at once, not faded in: with software WebGL every frame of the game canvas costs the main thread
    // a long compositor commit (75-250 ms each on a loaded machine), and a 400 ms fade was a train of them
    // while the player reads the menu (`npm run bench:web`, total blocking time).
    this.backdrop = this.add.image(0, 0, key).setOrigin(0, 0).setScale(2).setAlpha(0.85).setDepth(-1);
    // The loop may be asleep (render on demand): wake it for this one change.
    requestRender();
  }

  private backdropOptions(map: WorldMap, width: number, height: number): DrawOptions {
    const colours = palette();
    return {
      frame: fitFrame(map, width, height),
      background: cssColour(colours.background),
      border: cssColour(colours.background),
      borderWidth: cssToCanvas(0.6) / 2,
      fillFor: (country) => (country.id ? "#1d3550" : "#17293d"),
      markerRadius: 0,
    };
  }

  /** The world, dimmed, behind the menu (once the map has been fetched). */
  private drawBackdrop(): Phaser.GameObjects.Image | undefined {
    const { width, height } = this.scale;
    const map = worldMap(this);
    // Destroy the image before its texture, and never reuse a key: no image may outlive its texture.
    this.backdrop?.destroy();
    this.backdrop = undefined;
    if (this.backdropKey && this.textures.exists(this.backdropKey)) this.textures.remove(this.backdropKey);
    this.backdropKey = `menu-backdrop-${(backdropSerial += 1)}`;
    const texture = this.textures.createCanvas(this.backdropKey, Math.max(1, Math.ceil(width / 2)), Math.max(1, Math.ceil(height / 2)));
    if (!texture) return undefined;
    drawMap(texture.getContext(), map, this.backdropOptions(map, width / 2, height / 2));
    texture.refresh();
    this.backdrop = this.add.image(0, 0, this.backdropKey).setOrigin(0, 0).setScale(2).setAlpha(0.85).setDepth(-1);
    return this.backdrop;
  }

  private layout(): void {
    this.children.removeAll(true);
    this.backdrop = undefined;
    this.cameras.main.setBackgroundColor(palette().background);
    if (this.cache.json.exists(MAP_KEY)) this.drawBackdrop();
    // The title and tagline are DOM (menuView): crisp, selectable, read by screen readers, and they
    // cost no texture upload before the menu can be used.
  }
}
