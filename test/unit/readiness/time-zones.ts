/**
 * Zones the schedule tests run under (issue 12, item 6): both hemispheres' daylight-saving
 * changes, a half-hour offset, a 30-minute DST shift (Lord Howe), and a zone near the date line.
 * Node re-reads TZ when process.env.TZ is assigned, and SQLite's 'localtime' follows it.
 */
export const testZones = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'Australia/Lord_Howe',
] as const;

/** Sets TZ for the tests of one zone; returns the function that restores the previous value. */
export function useZone(zone: string): () => void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  return () => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  };
}
