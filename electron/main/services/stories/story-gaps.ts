import { type StoryGaps, builtInCompetencyNames, storyStaleDays } from '../../../../shared/domain/stories/stories';
import { foldKey } from '../../../../shared/domain/text-rules';
import type { StoryStore } from './story-store';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The story bank's gaps for Progress: the built-in competencies no story
 * shows, and the stories whose last rehearsal is older than `storyStaleDays`
 * (or that were never rehearsed), longest-neglected first.
 */
export function storyGaps(stories: StoryStore, now: Date): StoryGaps {
  const list = stories.list();
  const covered = new Set(list.flatMap((s) => s.competencies.map(foldKey)));
  const cutoff = now.getTime() - storyStaleDays * dayMs;
  const notRehearsedLately = list
    .filter((s) => s.lastRehearsedAt === null || Date.parse(s.lastRehearsedAt) < cutoff)
    .map((s) => ({ id: s.id, title: s.title, lastRehearsedAt: s.lastRehearsedAt }))
    .sort((a, b) => (a.lastRehearsedAt ?? '').localeCompare(b.lastRehearsedAt ?? '') || a.title.localeCompare(b.title));
  return {
    competenciesWithoutStory: builtInCompetencyNames.filter((name) => !covered.has(foldKey(name))),
    notRehearsedLately,
    staleDays: storyStaleDays,
    storyCount: list.length,
  };
}
