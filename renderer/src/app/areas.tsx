import type { ReactElement } from 'react';
import { BanksPage } from '../features/banks/BanksPage';
import { PracticePage } from '../features/practice/PracticePage';
import { ProgressArea } from '../features/progress/ProgressArea';
import { ReflectionArea } from '../features/reflection/ReflectionArea';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Area {
  /** First path segment, e.g. `banks` for `#/banks/3`. */
  id: string;
  label: string;
  /** `query` is the raw text after `?` in the hash, undecoded, e.g. `categories=A,B`. */
  render: (subPath: string[], query: string) => ReactElement;
}

/** The app's areas in navigation order. Only areas that work are listed. */
export const areas: Area[] = [
  { id: 'practice', label: 'Practice', render: (subPath, query) => <PracticePage subPath={subPath} query={query} /> },
  { id: 'banks', label: 'Question banks', render: (subPath) => <BanksPage subPath={subPath} /> },
  { id: 'reflection', label: 'Reflection', render: (subPath) => <ReflectionArea subPath={subPath} /> },
  { id: 'progress', label: 'Progress', render: (subPath) => <ProgressArea subPath={subPath} /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsPage /> },
];

export const homeAreaId = 'practice';
