// Entry point: settings, language, the Phaser game with the scenes the menu needs. The game scenes and
// the core are loaded on demand (see app.ts) so the menu is interactive as soon as possible.
import Phaser from "phaser";
// Inlined into the script and added as a <style>: one request fewer before the menu, and no
// render-blocking stylesheet (the CSP allows inline styles, not inline scripts).
import styles from "./style.css?inline";
import { setLocale } from "../i18n";
import { BootScene } from "./scenes/Boot";
import { MenuScene } from "./scenes/Menu";
import { app } from "./app";
import { installAutomationApi } from "./automation";
import { applySettingsToDocument, settings, updateSettings } from "./settings";
import { canvasSize } from "./viewport";
import { palette } from "./palette";
import { bundledCatalogue } from "./scenarioCatalogue";
import { requestRender } from "./renderOnDemand";
import { installDropZone, reloadOnScenarioLink } from "./classroom/drop";

async function main(): Promise<void> {
  document.head.appendChild(Object.assign(document.createElement("style"), { textContent: styles }));
  const catalogue = bundledCatalogue();
  // A game named in the URL needs the scenarios first: fetched while the engine starts. The menu does not:
  // they come after its first frame (app.markReady).
  if (app.urlNamesAGame()) catalogue.start();
  // ?lang=fr (or en) in a link sets the language, as the settings dialog would.
  const lang = new URLSearchParams(window.location.search).get("lang");
  if ((lang === "fr" || lang === "en") && lang !== settings().locale) updateSettings({ locale: lang });
  const current = settings();
  applySettingsToDocument(current);
  if (current.locale !== "en") await setLocale(current.locale).catch(() => setLocale("en"));
  installAutomationApi();
  installDropZone();
  reloadOnScenarioLink();
  const size = canvasSize();
  app.game = new Phaser.Game({
    type: Phaser.AUTO, // WebGL, or Canvas where WebGL is missing (e.g. Firefox headless).
    parent: "game",
    backgroundColor: palette().background,
    width: size.width,
    height: size.height,
    scale: { mode: Phaser.Scale.NONE, zoom: size.zoom },
    // Shortcuts are handled on the document (see the views): Phaser's keyboard capture would swallow
    // keys typed into the DOM forms.
    input: { keyboard: false },
    // The few sounds are synthesised with Web Audio (sound.ts); Phaser's audio system is not needed.
    audio: { noAudio: true },
    banner: false,
  });
  // Added by hand (not in the config, where the first scene would start at once) so that Boot is the one
  // that starts, with the scenario download already under way.
  app.game.scene.add("Menu", MenuScene, false);
  app.game.scene.add("Boot", BootScene, true, { catalogue });
  let resizeTimer: number | undefined;
  window.addEventListener("resize", () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      const next = canvasSize();
      // Resize first, then set the zoom: setZoom writes the canvas's CSS size from the game size, and
      // resize() alone leaves it stale at zoom 1 (device-pixel ratio 1), which cropped or squeezed the map.
      app.game?.scale.resize(next.width, next.height);
      app.game?.scale.setZoom(next.zoom);
      requestRender();
    }, 120);
  });
}

void main();
