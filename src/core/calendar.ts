// Months without Date: a game month is an integer (year * 12 + month - 1), so calendars never depend on
// time zones or the engine's clock.

export function monthIndex(yearMonth: string): number {
  const [year, month] = yearMonth.split("-").map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

export function yearMonthOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/** The YYYY-MM of a given turn of a game starting at `startDate`. */
export function turnDate(startDate: string, turn: number): string {
  return yearMonthOf(monthIndex(startDate) + turn);
}
