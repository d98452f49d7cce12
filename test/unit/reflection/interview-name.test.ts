import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interviewName, interviewWhen } from '../../../shared/domain/reflection/interview-name';
import { formatCalendarDay, formatDateTime } from '../../../shared/domain/dates/format';

describe('an interview reads the same everywhere', () => {
  it('is named "Role at Company"', () => {
    expect(interviewName({ role: 'Audit Senior', company: 'Harbour Lane' })).toBe('Audit Senior at Harbour Lane');
  });

  it('is dated with the day and the time the user gave, like every other date-time', () => {
    const heldAt = '2026-12-04T14:30:00';
    expect(interviewWhen({ heldAt, heldOn: '2026-12-04' })).toBe(formatDateTime(heldAt));
    expect(interviewWhen({ heldAt, heldOn: '2026-12-04' })).toMatch(/2026.*\d:30/);
  });

  it('is dated with the day alone when the user gave no time (never a made-up 09:00)', () => {
    expect(interviewWhen({ heldAt: null, heldOn: '2026-12-04' })).toBe(formatCalendarDay('2026-12-04'));
    expect(interviewWhen({ heldAt: null, heldOn: '2026-12-04' })).not.toMatch(/:/);
  });

  // The kind, not the example: the walk found "Acme Corp — Role" in Progress beside "Role at Company"
  // elsewhere, and an interview's day without the time the user entered. Every screen goes through the two
  // helpers above, so a new screen that spells its own order or format shows up here.
  it('no screen spells its own interview name or date', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        // interview-when.ts holds the rule (day alone without a time) that interviewWhen applies.
        else if (/\.tsx?$/.test(name) && name !== 'interview-name.ts' && name !== 'interview-when.ts') files.push(path);
      }
    };
    walk('renderer/src');
    walk('shared/domain');
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found: string[] = [];
      if (/\.company\}? —/.test(text)) found.push(`${file}: "Company — Role"`);
      if (/\.role\}? at \$?\{[\w.]*company\}/.test(text)) found.push(`${file}: its own "Role at Company"`);
      if (/format(Date|DateTime|CalendarDay)\([\w.]*heldAt/.test(text)) found.push(`${file}: formats heldAt itself`);
      return found;
    });
    expect(offenders).toEqual([]);
  });
});
