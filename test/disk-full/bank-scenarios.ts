import { removeFirst, type Scenario, sql, value } from './scenario-types';

/** Banks: create, rename, remove (delete or archive), restore and import. */
export const bankScenarios: Scenario[] = [
  {
    channel: 'banks.create',
    async run(call, f, m) {
      const result = await call('banks.create', { name: m, description: '' });
      const bank = value<{ id: number }>(result);
      if (bank) f.made.banks.push(bank.id);
      return { result, check: sql(m, 'SELECT count(*) FROM banks WHERE name = ?', [m], 1) };
    },
  },
  {
    channel: 'banks.update',
    async run(call, f, m) {
      const result = await call('banks.update', { id: f.bankId, description: m });
      return { result, check: sql('bank-description', 'SELECT description FROM banks WHERE id = ?', [f.bankId], m) };
    },
  },
  {
    channel: 'banks.remove',
    run: (call, f) =>
      removeFirst(
        f.made.banks,
        (id) => call('banks.remove', { id }),
        (id) => sql(`bank-${id}`, 'SELECT count(*) FROM banks WHERE id = ? AND archived_at IS NULL', [id], 0),
      ),
  },
  {
    channel: 'banks.restore',
    async run(call, f) {
      // A bank with practice history: banks.restore brings it back when archived, else banks.remove archives it
      // again (so the next round has one to restore). Decided by its state, so a refused call is made again as it was.
      const channel = f.historyArchived ? 'banks.restore' : 'banks.remove';
      const result = await call(channel, { id: f.historyBankId });
      if (result.ok) f.historyArchived = !f.historyArchived;
      const archived = channel === 'banks.remove' ? 1 : 0;
      return { result, check: sql('history-bank', 'SELECT archived_at IS NOT NULL FROM banks WHERE id = ?', [f.historyBankId], archived) };
    },
  },
  {
    channel: 'banks.import',
    async run(call, _f, m) {
      const file = { formatVersion: 1, bank: { name: m, description: '' }, questions: [{ text: `${m} question?` }] };
      const base64 = Buffer.from(JSON.stringify(file)).toString('base64');
      const result = await call('banks.import', { fileName: `${m}.json`, base64, duplicates: 'keepBoth' });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [`${m} question?`], 1) };
    },
  },
];
