import { type Scenario, value } from './scenario-types';

/** A backup taken on request: a file in backups/. */
export const backupScenario: Scenario = {
  channel: 'data.backupNow',
  async run(call) {
    const result = await call('data.backupNow', {});
    const backup = value<{ fileName: string }>(result);
    return { result, check: backup ? { kind: 'file', key: backup.fileName, path: `backups/${backup.fileName}` } : null };
  },
};
