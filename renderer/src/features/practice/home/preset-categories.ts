import type { SessionSetup } from '../../../../../shared/domain/sessions';

/**
 * Categories named in `categories=A,B` (each name percent-encoded, so a comma
 * inside a name survives: split first, then decode). Malformed parts are dropped.
 */
export function categoriesFromQuery(query: string): string[] {
  const part = query.split('&').find((p) => p.startsWith('categories='));
  if (!part) return [];
  return part
    .slice('categories='.length)
    .split(',')
    .flatMap((raw) => {
      try {
        const name = decodeURIComponent(raw).trim();
        return name ? [name] : [];
      } catch {
        return [];
      }
    });
}

/** The set-up to start from, narrowed to `categories` when a link asked for them (across every bank, any tag). */
export function withCategories(setup: SessionSetup, categories: string[], allBankIds: number[]): SessionSetup {
  return categories.length === 0 || allBankIds.length === 0 ? setup : { ...setup, bankIds: allBankIds, tags: [], categories };
}
