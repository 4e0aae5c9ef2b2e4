// Menu: the world in the background, the title, and the DOM menu (buttons and forms are DOM so they are
// keyboard- and screen-reader-accessible). Starting a game loads the core and game scenes on demand.
import Phaser from "phaser";
import { palette, cssColour } from "../palette";
import { cssToCanvas } from "../viewport";
import { decodeWorldMap, drawMap, fitFrame, type WorldMap } from "../map/worldMap";
import { MAP_KEY, mapUrl } from "./Preload";
import { mountMenu } from "../menuView";
import { app, loadGameModule } from "../app";
import { onSettingsChange, settings } from "../settings";
import { requestRender } from "../renderOnDemand";

let backdropSerial = 0;
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
    const offSettings = onSettingsChange((next) => (next.locale !== locale ? this.scene.restart() : this.layout()));
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
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    const prefetch = () => {
      void loadGameModule().catch(() => undefined);
      if (this.cache.json.exists(MAP_KEY) || !this.scene.isActive()) return;
      this.load.json(MAP_KEY, mapUrl);
      this.load.once("complete", () => {
        if (!this.scene.isActive() || !this.cache.json.exists(MAP_KEY)) return;
        // The loop may be asleep (render on demand): wake it for the fade.
        requestRender();
        const backdrop = this.drawBackdrop();
        backdrop?.setAlpha(0);
        if (backdrop) this.tweens.add({ targets: backdrop, alpha: 0.85, duration: 400, onUpdate: () => requestRender() });
      });
      this.load.start();
    };
    requestAnimationFrame(() => window.setTimeout(() => idle(prefetch), 0));
  }

  /** The world, dimmed, behind the menu (once the map has been fetched). */
  private drawBackdrop(): Phaser.GameObjects.Image | undefined {
    const { width, height } = this.scale;
    const colours = palette();
    const map = worldMap(this);
    // Destroy the image before its texture, and never reuse a key: no image may outlive its texture.
    this.backdrop?.destroy();
    this.backdrop = undefined;
    if (this.backdropKey && this.textures.exists(this.backdropKey)) this.textures.remove(this.backdropKey);
    this.backdropKey = `menu-backdrop-${(backdropSerial += 1)}`;
    const texture = this.textures.createCanvas(this.backdropKey, width, height);
    if (!texture) return undefined;
    drawMap(texture.getContext(), map, {
      frame: fitFrame(map, width, height),
      background: cssColour(colours.background),
      border: cssColour(colours.background),
      borderWidth: cssToCanvas(0.6),
      fillFor: (country) => (country.id ? "#1d3550" : "#17293d"),
      markerRadius: 0,
    });
    texture.refresh();
    this.backdrop = this.add.image(0, 0, this.backdropKey).setOrigin(0, 0).setAlpha(0.85).setDepth(-1);
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
