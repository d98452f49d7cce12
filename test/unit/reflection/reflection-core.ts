import { createAppCore } from '../../../electron/main/app-core';
import { confBackend } from '../../../electron/main/settings/conf-backend';
import type { InterviewFieldsInput } from '../../../shared/domain/reflection/interview';
import { afterEach } from 'vitest';
import { makeTempDir, removeTempDirs } from '../../helpers/temp-dir';
import { callOk } from '../../helpers/test-core';

/** A clock the test moves by hand. */
export interface Clock {
  now: Date;
}

/** The real app core with a hand-set clock, in a fresh (or given) data folder. */
export function openCoreAt(clock: Clock, dataDir = makeTempDir()) {
  const core = createAppCore({ dataDir, mode: 'browser', version: '0.0.0-test', settingsBackend: confBackend, now: () => clock.now });
  return Object.assign(core, { dataDir });
}

export type Core = ReturnType<typeof openCoreAt>;

export const acme: InterviewFieldsInput = {
  company: 'Acme Ltd',
  role: 'Data Analyst',
  heldAt: '2026-03-02T14:00:00.000Z',
  stage: 'first',
  format: 'video',
  interviewerName: 'Sam Lee',
  interviewerEmail: 'sam.lee@acme.example',
  outcome: 'rejected',
};

export async function logInterview(core: Core, fields: Partial<InterviewFieldsInput> = {}) {
  return callOk(core, 'reflection.saveInterview', { ...acme, ...fields });
}

/**
 * Registers the clean-up for a test file and returns its opener: each core opened is closed, and the
 * temporary folders removed, after every test.
 */
export function coresClosedAfterEach(): (clock: Clock, dataDir?: string) => Core {
  const cores: Core[] = [];
  afterEach(() => {
    cores.splice(0).forEach((c) => c.close());
    removeTempDirs();
  });
  return (clock, dataDir) => {
    const core = openCoreAt(clock, dataDir);
    cores.push(core);
    return core;
  };
}
