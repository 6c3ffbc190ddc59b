/** A local calendar day as `YYYY-MM-DD`; the unit of history. Kept free of dayjs so first paint need not load it. */
export type DayKey = string;

const KEY = /^\d{4}-\d{2}-\d{2}$/;

export function isDayKey(value: unknown): value is DayKey {
  return typeof value === 'string' && KEY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
