// Every keyboard shortcut in one table: the help dialog lists it, buttons show their key, and
// README's "Playing in the browser" section mirrors it.
import type { MessageKey } from "../i18n";

export interface Shortcut {
  keys: string;
  description: MessageKey;
}

export const MENU_SHORTCUTS: Shortcut[] = [
  { keys: "N", description: "keys.newGame" },
  { keys: "L", description: "keys.tutorial" },
  { keys: "C", description: "keys.continue" },
  { keys: "R", description: "keys.openReplay" },
  { keys: "S", description: "keys.settings" },
  { keys: "H / ?", description: "keys.help" },
];

export const GAME_SHORTCUTS: Shortcut[] = [
  { keys: "← → / [ ]", description: "keys.cycleCountries" },
  { keys: "Enter", description: "keys.openCountry" },
  { keys: "1 2 3", description: "keys.layers" },
  { keys: "+ − 0", description: "keys.zoom" },
  { keys: "O", description: "keys.offer" },
  { keys: "A", description: "keys.acceptCounter" },
  { keys: "W", description: "keys.walkAway" },
  { keys: "P", description: "keys.policyActions" },
  { keys: "E", description: "keys.endTurn" },
  { keys: "T", description: "keys.turnReport" },
  { keys: "X", description: "keys.exportReplay" },
  { keys: "Esc", description: "keys.close" },
  { keys: "S", description: "keys.settings" },
  { keys: "H / ?", description: "keys.help" },
  { keys: "Q", description: "keys.menu" },
];
