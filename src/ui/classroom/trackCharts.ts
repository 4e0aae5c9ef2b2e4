// Which tracks the classroom charts show, and their units: one list for the viewer, the comparison and
// the class, read from the core's per-month records.
import type { Tracks } from "../../core";
import { t, formatCompact, formatMillions, formatBillions, formatNumber, type MessageKey } from "../../i18n";

export interface TrackChart {
  id: string;
  title: string;
  tracks: (keyof Tracks)[];
  format: (v: number) => string;
}

export function trackCharts(): TrackChart[] {
  return [
    { id: "leakage", title: t("debrief.chartLeakage"), tracks: ["leakageTrue", "leakageDetected"], format: formatCompact },
    { id: "money", title: t("track.revenue"), tracks: ["revenue"], format: formatMillions },
    { id: "investment", title: t("track.investment"), tracks: ["investment"], format: formatBillions },
    { id: "politics", title: t("debrief.chartPolitics"), tracks: ["politicalCapital", "hawkishness", "alliedTrust"], format: (v) => formatNumber(v) },
  ];
}

export function trackLabelOf(track: keyof Tracks): string {
  return t(`track.${track}` as MessageKey);
}
