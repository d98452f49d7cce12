import { migration001 } from './001-initial';
import { migration002 } from './002-question-banks';
import { migration003 } from './003-practice-sessions';
import { migration004 } from './004-reflection';
import { migration005 } from './005-progress';
import { migration006 } from './006-text-normalisation';
import { migration007 } from './007-answer-cut-off';
import { migration008 } from './008-row-versions';
import { migration009 } from './009-delivery-facts';
import { migration010 } from './010-story-bank';
import { migration011 } from './011-interview-plans';
import { migration012 } from './012-first-run';
import { migration013 } from './013-progress-answer-facts';
import { migration014 } from './014-ids-never-reused';
import { migration015 } from './015-readiness-answer-index';
import { migration016 } from './016-readiness-rollup-and-dismissals';
import { migration017 } from './017-interview-facts-and-draft';
import { migration018 } from './018-interview-draft-as-typed';
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
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
];

export const latestVersion = migrations.length;
