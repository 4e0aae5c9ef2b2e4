// French catalogue: partial for now; missing keys fall back to English (see index.ts).
import type { MessageKey } from "./en";

export const fr: Partial<Record<MessageKey, string>> = {
  "app.title": "Chip Diplomacy",
  "app.tagline": "Mai 2025 : la règle « AI Diffusion » est abrogée. Secrétaire au Commerce des États-Unis, vous échangez l'accès aux puces d'IA américaines contre des concessions — sans les laisser fuir vers les adversaires.",
  "preload.loading": "Chargement du monde… {percent}",
  "common.ok": "OK",
  "common.close": "Fermer",
  "common.cancel": "Annuler",
  "menu.newGame": "Nouvelle partie",
  "menu.continue": "Continuer",
  "menu.openReplay": "Ouvrir une rediffusion…",
  "menu.settings": "Réglages",
  "menu.help": "Comment jouer",
  "menu.noSave": "Aucune partie sauvegardée.",
  "settings.title": "Réglages",
  "settings.textSize": "Taille du texte",
  "settings.textSize.normal": "Normale",
  "settings.textSize.large": "Grande",
  "settings.textSize.larger": "Très grande",
  "settings.display": "Affichage et son",
  "settings.palette": "Palette adaptée au daltonisme",
  "settings.sound": "Effets sonores",
  "settings.language": "Langue",
  "settings.note": "Les réglages sont conservés dans ce navigateur.",
};
