import { migration001 } from './001-initial';
import { migration002 } from './002-question-banks';
import { migration003 } from './003-practice-sessions';
import { migration004 } from './004-reflection';
import { migration005 } from './005-progress';
import { migration006 } from './006-text-normalisation';
import { migration007 } from './007-answer-cut-off';
import { migration008 } from './008-ids-never-reused';
import type { Migration } from './types';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

export const latestVersion = migrations.length;
