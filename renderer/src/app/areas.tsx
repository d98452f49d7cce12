import type { ReactElement } from 'react';
import { BanksPage } from '../features/banks/BanksPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Area {
  /** First path segment, e.g. `banks` for `#/banks/3`. */
  id: string;
  label: string;
  render: (subPath: string[]) => ReactElement;
}

/** The app's areas in navigation order. Only areas that work are listed. */
export const areas: Area[] = [
  { id: 'banks', label: 'Question banks', render: () => <BanksPage /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsPage /> },
];

export const homeAreaId = 'banks';
