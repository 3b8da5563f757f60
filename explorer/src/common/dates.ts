const DATE = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A publication date as people read it (publication dates are days, kept in UTC). */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** The start of a day given as `YYYY-MM-DD` (a date input's value), as the gateway's DateTime. */
export function startOfDay(day: string): string {
  return `${day}T00:00:00Z`;
}
