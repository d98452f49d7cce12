import { fuzzChannels } from './fuzz-channels';
import { fuzzEdges } from './fuzz-edges';

/**
 * The fuzz suite's negative controls, shared by the quick tests and the full
 * run (`npm run test:fuzz`): each plants a fault the suite exists to catch and
 * reports whether it was caught.
 */

/** A dispatcher that lets every fifth payload through unvalidated and writes a row: caught when both transports see it. */
export async function leakyDispatcherControl(seed: number, perChannel = 20): Promise<{ caught: boolean; detail: string }> {
  let calls = 0;
  const reports = await fuzzChannels({
    perChannel,
    seed,
    channels: ['app.dismissNotice'],
    transports: ['ipc', 'http'],
    tamper: (dispatch, core) => async (channel, input, context) => {
      if (++calls % 5 !== 0) return dispatch(channel, input, context);
      core.db.exec("CREATE TABLE IF NOT EXISTS leak (x); INSERT INTO leak VALUES ('in')");
      return { ok: true, value: null };
    },
  });
  const perTransport = reports.map((report) => ({
    transport: report.transport,
    letThrough: report.failures.filter((f) => f.includes('expected invalid_input') && f.includes('"ok":true')).length,
    dataChanged: report.failures.includes('the data changed'),
  }));
  const caught = perTransport.length === 2 && perTransport.every((t) => t.letThrough >= 3 && t.dataChanged);
  return {
    caught,
    detail: perTransport.map((t) => `${t.transport}: ${t.letThrough} let through, data changed ${t.dataChanged}`).join('; '),
  };
}

/** A channel that leaves a row pointing at nothing: caught when the edge run's consistency check reports it. */
export async function danglingRowControl(seed: number): Promise<{ caught: boolean; detail: string }> {
  const reports = await fuzzEdges({
    perChannel: 2,
    seed,
    channels: ['banks.list'],
    tamper: (core) => {
      core.db.pragma('foreign_keys = OFF');
      core.db.prepare("INSERT INTO questions (bank_id, text, created_at, updated_at) VALUES (999999, 'orphan', 'x', 'x')").run();
      core.db.pragma('foreign_keys = ON');
    },
  });
  const found = reports[0]?.failures.filter((f) => f.startsWith('foreign_key_check')) ?? [];
  return { caught: found.length > 0, detail: found[0] ?? 'no consistency failure reported' };
}
