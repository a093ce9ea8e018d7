// Small helpers shared by the Today, routines and progress specs.

/** Days since 1970-01-01 of an ISO date (the app's `Day`). */
export const dayOf = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86400000);

/** The app's `LocalTime` (local wall-clock seconds) of a date and time. */
export const at = (iso, h = 12, m = 0) => dayOf(iso) * 86400 + h * 3600 + m * 60;

/** A local Date for page.clock (the browser and node share the machine's time zone). */
export const local = (iso, hhmm = '12:00') => new Date(`${iso}T${hhmm}:00`);
