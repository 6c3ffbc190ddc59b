/** A local calendar day as `YYYY-MM-DD`; the unit of history. Kept free of dayjs so first paint need not load it. */
export type DayKey = string;

const KEY = /^\d{4}-\d{2}-\d{2}$/;

export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string' || !KEY.test(value)) return false;
  // Rejects dates that do not exist (2026-02-30 rolls over, 2026-13-01 is invalid).
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
