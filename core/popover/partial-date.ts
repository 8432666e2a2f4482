/**
 * Dates as sources give them: `2019`, `2019-12` or `2019-12-24`. A partial date is
 * shown only as precisely as it is known, never padded to a made-up first of the month.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * "24 December 2019", "December 2019", "2019" (or "24 de diciembre de 2019"),
 * following the locale's own order. UTC throughout, so no time zone moves the day.
 * Anything that is not a partial date is returned unchanged rather than hidden.
 */
export function formatPartialDate(published: string, locale: string): string {
  const match = PARTIAL_DATE.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  return dateFormat(locale, day ? 'day' : month ? 'month' : 'year').format(date);
}

// One formatter per locale and precision: a popover formats a date for every quote, and
// building an Intl formatter costs far more than using one.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag must not hide the date.
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** Earlier first; a less precise date sorts before the precise dates inside it. */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
