import type { Database } from 'better-sqlite3';
import { serializeQuestionsCsv } from '../../../shared/domain/import-export/csv-format';
import type { ExportBank, ExportQuestion } from '../../../shared/domain/import-export/json-format';
import { starterBanks } from '../../../electron/main/services/banks/starter-banks';
import { openDatabase } from '../../../electron/main/storage/open-database';
import { openTestCore } from '../../helpers/test-core';
import { makeTempDir } from '../../helpers/temp-dir';
import { type BenchRow, measure, measureWithSetup, row } from '../measure';

const size = 10_000;

/** A deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 10,000 realistic questions: starter questions reworded with words drawn from the starter texts. */
export function makeQuestions(): ExportQuestion[] {
  const next = random(42);
  const starters = starterBanks().flatMap((b) => b.questions);
  const words = starters.flatMap((q) => `${q.text} ${q.guidance}`.split(/\s+/));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  return Array.from({ length: size }, (_, i) => {
    const base = pick(starters);
    return {
      text: `${base.text} ${phrase(6)} (${i})`,
      category: base.category,
      tags: base.tags,
      difficulty: base.difficulty,
      suggestedSeconds: base.suggestedSeconds,
      guidance: `${base.guidance} ${phrase(10)}`,
      star: base.star,
      notes: { situation: i % 3 === 0 ? phrase(20) : '', task: '', action: i % 3 === 0 ? phrase(30) : '', result: '', free: '' },
      archived: false,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    };
  });
}

export function rawInsert(db: Database, bankName: string, questions: readonly ExportQuestion[]): void {
  const bank = db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES (?, '2026-01-05', '2026-01-05')");
  const insert = db.prepare(`
    INSERT INTO questions (bank_id, text, category, tags, difficulty, suggested_seconds, guidance, is_star,
      notes_situation, notes_task, notes_action, notes_result, notes_free, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    const bankId = bank.run(bankName).lastInsertRowid;
    for (const q of questions) {
      const n = q.notes;
      insert.run(
        bankId,
        q.text,
        q.category,
        JSON.stringify(q.tags),
        q.difficulty,
        q.suggestedSeconds,
        q.guidance,
        q.star ? 1 : 0,
        n.situation,
        n.task,
        n.action,
        n.result,
        n.free,
        q.createdAt,
        q.updatedAt,
      );
    }
  })();
}

function rawBulkInsert(db: Database, bankName: string, questions: readonly ExportQuestion[]): void {
  const bank = db.prepare("INSERT INTO banks (name, created_at, updated_at) VALUES (?, '2026-01-05', '2026-01-05')");
  const insert = db.prepare(`
    INSERT INTO questions (bank_id, text, category, tags, difficulty, suggested_seconds, guidance, is_star,
      notes_situation, notes_task, notes_action, notes_result, notes_free, created_at, updated_at)
    SELECT @bankId, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6,
      r.value ->> 7, r.value ->> 8, r.value ->> 9, r.value ->> 10, r.value ->> 11, r.value ->> 12, r.value ->> 13
    FROM json_each(@rows) r ORDER BY r.key`);
  db.transaction(() => {
    const bankId = bank.run(bankName).lastInsertRowid;
    const rows = questions.map((q) => {
      const n = q.notes;
      return [
        q.text,
        q.category,
        JSON.stringify(q.tags),
        q.difficulty,
        q.suggestedSeconds,
        q.guidance,
        q.star ? 1 : 0,
        n.situation,
        n.task,
        n.action,
        n.result,
        n.free,
        q.createdAt,
        q.updatedAt,
      ];
    });
    insert.run({ bankId, rows: JSON.stringify(rows) });
  })();
}

export async function banksBench(): Promise<BenchRow[]> {
  const questions = makeQuestions();
  const bank = (name: string): ExportBank => ({ name, description: '', archived: false, createdAt: '', updatedAt: '', questions });

  // Import: the whole path (base64, UTF-8 check, CSV parse, validation, duplicate check, pre-import backup, one
  // transaction) through the dispatcher. Files are built before timing: the timer covers only the import itself.
  const files: { fileName: string; base64: string }[] = Array.from({ length: 10 }, (_, i) => ({
    fileName: 'bench.csv',
    base64: Buffer.from(serializeQuestionsCsv([bank(`Imported ${i}`)]), 'utf8').toString('base64'),
  }));
  const importInto = (core: ReturnType<typeof openTestCore>, i: number) => async () => {
    const result = await core.dispatch('banks.import', { ...files[i % files.length]!, duplicates: 'skip' }, { transport: 'test' });
    if (!result.ok) throw new Error(result.error.message);
  };
  // 1. Into a data folder as a person has it when they import a question file: the starter banks (a fresh folder
  //    for each import, opened before the timer starts), so the pre-import backup copies what a real one would.
  let fresh = openTestCore();
  let freshImports = 0;
  const importedFresh = await measureWithSetup(
    () => {
      fresh.close();
      fresh = openTestCore();
    },
    () => importInto(fresh, freshImports++)(),
    { iterations: 8, warmup: 2 },
  );
  fresh.close();
  // 2. Ten imports into one folder (10,000 → 100,000 questions): the pre-import backup grows with the folder.
  const core = openTestCore();
  let imports = 0;
  const imported = await measure(() => importInto(core, imports++)(), { iterations: 8, warmup: 2 });

  // Two raw baselines into the same schema (search-index triggers included): the classic prepared insert per
  // row, and the fastest raw form, one INSERT … SELECT over json_each (what the importer itself uses).
  const rawDb = openDatabase(makeTempDir('rehearse-bench-')).db;
  let rawBanks = 0;
  const rawTiming = await measure(() => rawInsert(rawDb, `Raw ${rawBanks++}`, questions), { iterations: 8, warmup: 2 });
  const bulkTiming = await measure(() => rawBulkInsert(rawDb, `Bulk ${rawBanks++}`, questions), { iterations: 8, warmup: 2 });
  rawDb.close();

  // Search: a fresh data folder with the starter banks plus 10,000 questions.
  const searchCore = openTestCore();
  rawInsert(searchCore.db, 'Search bench', questions);
  const search = (query: string) => searchCore.dispatch('questions.search', { query, limit: 50 }, { transport: 'test' });
  const rawFts = searchCore.db.prepare('SELECT rowid FROM questions_fts WHERE questions_fts MATCH ? ORDER BY rank LIMIT 50');
  const rawLike = searchCore.db.prepare("SELECT id FROM questions WHERE text LIKE ? ESCAPE '\\' LIMIT 50");
  const rows: BenchRow[] = [
    row(`import ${size} questions (CSV, via dispatcher)`, size, importedFresh, rawTiming, 'raw prepared insert per row, one transaction'),
    row(`import ${size} questions (CSV, via dispatcher)`, size, importedFresh, bulkTiming, 'raw one-statement insert, one transaction'),
    row(
      `import ${size} questions, folder growing to ${size * 10}`,
      size,
      imported,
      bulkTiming,
      'raw one-statement insert, one transaction',
    ),
  ];
  for (const [label, query] of [
    ['common word', 'team'],
    ['two-word prefix', 'tell abo'],
    ['rare word', 'scepticism'],
  ] as const) {
    const ftsQuery = query
      .split(' ')
      .map((w) => `"${w}"*`)
      .join(' ');
    rows.push(
      row(
        `search 10k: ${label} “${query}”`,
        size,
        await measure(() => search(query)),
        await measure(() => rawFts.all(ftsQuery)),
        'raw FTS5 MATCH, rank, no mapping',
      ),
    );
  }
  rows.push(
    row(
      'search 10k: filter only (tag)',
      size,
      await measure(() => searchCore.dispatch('questions.search', { query: '', tag: 'teamwork', limit: 50 }, { transport: 'test' })),
      await measure(() => rawLike.all('%team%')),
      'raw LIKE scan, no mapping',
    ),
  );
  core.close();
  searchCore.close();
  return rows;
}
