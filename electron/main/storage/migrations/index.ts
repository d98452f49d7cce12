import { migration001 } from './001-initial';
import type { Migration } from './types';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration001];

export const latestVersion = migrations.length;
