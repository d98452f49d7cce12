import { afterEach, describe, expect, it } from 'vitest';
import { dayOf, formatCalendarDay, formatDate, formatDateTime, formatTime, isCalendarDay } from '../../../shared/domain/dates/format';
import { daysFromToday, dueText, relativeDay, relativeDayPhrase } from '../../../shared/domain/dates/relative';

// Node re-reads TZ when it is assigned, so each case runs in the zone it names. Far west and far east
// of UTC, a half-hour zone, and zones with daylight saving on both hemispheres.
const zones = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Europe/London',
  'Australia/Sydney',
  'Pacific/Pago_Pago',
];
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const gb = { locale: 'en-GB' };

describe('a calendar day (YYYY-MM-DD) is shown as that day, with no time, in every zone', () => {
  it.each(zones)('in %s', (zone) => {
    process.env.TZ = zone;
    expect(formatCalendarDay('2026-12-08', 'medium', gb)).toBe('8 Dec 2026');
    expect(formatCalendarDay('2026-12-08', 'long', gb)).toBe('8 December 2026');
    expect(formatCalendarDay('2026-12-05', 'medium', { locale: 'en-US' })).toBe('Dec 5, 2026');
    // The first and last day of a year, and the days of the clock changes in Europe and the US.
    expect(formatCalendarDay('2027-01-01', 'medium', gb)).toBe('1 Jan 2027');
    expect(formatCalendarDay('2026-12-31', 'medium', gb)).toBe('31 Dec 2026');
    expect(formatCalendarDay('2026-03-29', 'medium', gb)).toBe('29 Mar 2026');
    expect(formatCalendarDay('2026-03-08', 'medium', gb)).toBe('8 Mar 2026');
    expect(formatCalendarDay('2026-10-25', 'medium', gb)).toBe('25 Oct 2026');
    expect(formatCalendarDay('2026-04-05', 'dayMonth', gb)).toBe('5 Apr');
    expect(formatCalendarDay('2026-04-01', 'monthYear', gb)).toBe('Apr 2026');
  });

  it('never contains a time of day', () => {
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(formatCalendarDay('2026-12-05', 'medium', { locale: 'en-US' })).not.toMatch(/\d:\d\d|AM|PM/);
    }
  });

  it('shows text that is not a real day as given, rather than a wrong day', () => {
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(formatCalendarDay('2026-02-30', 'medium', gb)).toBe('2026-02-30');
    expect(formatCalendarDay('soon', 'medium', gb)).toBe('soon');
  });
});

describe('an instant is shown in the user’s zone', () => {
  const lateEvening = '2026-12-08T02:30:00.000Z'; // 7 Dec in the Americas, 8 Dec in Europe and Asia

  it('as its local day when only the day matters', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(dayOf(lateEvening)).toBe('2026-12-07');
    expect(formatDate(lateEvening, 'medium', gb)).toBe('7 Dec 2026');
    process.env.TZ = 'Asia/Tokyo';
    expect(dayOf(lateEvening)).toBe('2026-12-08');
    expect(formatDate(lateEvening, 'medium', gb)).toBe('8 Dec 2026');
  });

  it('with its time, following a change of zone without a restart (cached formatters are per zone)', () => {
    process.env.TZ = 'Europe/London';
    expect(formatDateTime(lateEvening, 'medium', gb)).toBe('8 Dec 2026, 02:30');
    expect(formatTime(lateEvening, gb)).toBe('02:30');
    process.env.TZ = 'America/New_York';
    expect(formatDateTime(lateEvening, 'medium', gb)).toBe('7 Dec 2026, 21:30');
    expect(formatTime(lateEvening, gb)).toBe('21:30');
  });

  it('in a named zone when asked (documents made for a test or another place)', () => {
    expect(formatDateTime('2026-03-02T14:00:00Z', 'long', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe('2 March 2026 at 14:00');
    expect(dayOf('2026-03-02T23:30:00Z', 'Asia/Kolkata')).toBe('2026-03-03');
    expect(formatDate('2026-03-02T23:30:00Z', 'long', { locale: 'en-GB', timeZone: 'Asia/Kolkata' })).toBe('3 March 2026');
  });

  it('across a daylight-saving change: the wall clock on each side', () => {
    process.env.TZ = 'Europe/London';
    // 29 March 2026: clocks go forward at 01:00 GMT.
    expect(formatDateTime('2026-03-29T00:30:00Z', 'medium', gb)).toBe('29 Mar 2026, 00:30');
    expect(formatDateTime('2026-03-29T01:30:00Z', 'medium', gb)).toBe('29 Mar 2026, 02:30');
    // 25 October 2026: clocks go back at 01:00 GMT, so 01:30 happens twice.
    expect(formatDateTime('2026-10-25T00:30:00Z', 'medium', gb)).toBe('25 Oct 2026, 01:30');
    expect(formatDateTime('2026-10-25T01:30:00Z', 'medium', gb)).toBe('25 Oct 2026, 01:30');
    expect(dayOf('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });

  it('returns text that is not a date as given', () => {
    expect(formatDateTime('not a date', 'medium', gb)).toBe('not a date');
    expect(formatDate('', 'medium', gb)).toBe('');
  });
});

describe('one time shape in every date-time style: the locale’s short time', () => {
  const us = { locale: 'en-US', timeZone: 'America/New_York' };
  const gbLondon = { locale: 'en-GB', timeZone: 'Europe/London' };
  const morning = '2026-12-04T14:05:00Z'; // 9:05 AM in New York, 14:05 in London
  const afternoon = '2026-12-04T19:30:00Z'; // 2:30 PM in New York

  it('12-hour locales: no leading zero, on screens and on chart axes alike', () => {
    expect(formatDateTime(morning, 'medium', us)).toBe('Dec 4, 2026, 9:05 AM');
    expect(formatDateTime(afternoon, 'medium', us)).toBe('Dec 4, 2026, 2:30 PM');
    expect(formatDateTime(morning, 'dayMonth', us)).toBe('Dec 4, 9:05 AM');
    expect(formatDateTime(morning, 'long', us)).toBe('December 4, 2026 at 9:05 AM');
    expect(formatTime(morning, us)).toBe('9:05 AM');
  });

  it('24-hour locales keep their two-digit hour', () => {
    expect(formatDateTime('2026-12-04T09:05:00Z', 'medium', gbLondon)).toBe('4 Dec 2026, 09:05');
    expect(formatDateTime('2026-12-04T09:05:00Z', 'dayMonth', gbLondon)).toBe('4 Dec, 09:05');
    expect(formatTime('2026-12-04T09:05:00Z', gbLondon)).toBe('09:05');
  });

  it('the day part of a date-time reads like the day alone (no "04.12.2026" beside "4. Dez. 2026")', () => {
    const de = { locale: 'de-DE', timeZone: 'Europe/Berlin' };
    expect(formatDateTime(morning, 'medium', de).startsWith(formatDate(morning, 'medium', de))).toBe(true);
    expect(formatDateTime(afternoon, 'medium', us).startsWith(formatDate(afternoon, 'medium', us))).toBe(true);
  });
});

describe('days relative to today, in local calendar days', () => {
  it('names the phrases', () => {
    expect([6, 1, 0, -1, -3].map(relativeDayPhrase)).toEqual(['in 6 days', 'tomorrow', 'today', 'yesterday', '3 days ago']);
  });

  it('counts calendar days, not 24-hour spans, in every zone and across daylight saving', () => {
    for (const zone of zones) {
      process.env.TZ = zone;
      const lateTonight = new Date(2026, 9, 24, 23, 50);
      expect(relativeDay(new Date(2026, 9, 25, 0, 10), lateTonight)).toBe('tomorrow');
      // Across the European (25 Oct) and US (1 Nov) clock changes: a 25-hour day still counts as one.
      expect(relativeDay(new Date(2026, 10, 2, 9), new Date(2026, 9, 24, 9))).toBe('in 9 days');
      expect(daysFromToday('2026-10-30', lateTonight)).toBe(6);
      expect(dueText('2026-10-21', lateTonight)).toBe('overdue by 3 days');
      expect(dueText('2026-10-23', lateTonight)).toBe('overdue by 1 day');
      expect(dueText('2026-10-24', lateTonight)).toBe('due today');
      expect(dueText(new Date(2026, 9, 25, 0, 5), lateTonight)).toBe('due tomorrow');
      expect(dueText('2026-10-30', lateTonight)).toBe('due in 6 days');
    }
  });
});
