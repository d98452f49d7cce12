import type { StarNotes } from '../../shared/domain/questions';
import { notesSave } from '../helpers/notes-save';
import { type Scenario, sql } from './scenario-types';

/** Questions: create, edit, STAR notes, archive and move between banks. */
export const questionScenarios: Scenario[] = [
  {
    channel: 'questions.create',
    async run(call, f, m) {
      const result = await call('questions.create', { bankId: f.bankId, text: m });
      return { result, check: sql(m, 'SELECT count(*) FROM questions WHERE text = ?', [m], 1) };
    },
  },
  {
    channel: 'questions.update',
    async run(call, f, m) {
      const id = f.questionIds[0]!;
      const result = await call('questions.update', { id, patch: { text: m } });
      return { result, check: sql(`q-${id}-text`, 'SELECT text FROM questions WHERE id = ?', [id], m) };
    },
  },
  {
    channel: 'questions.saveNotes',
    async run(call, f, m) {
      const id = f.questionIds[1]!;
      const current = await call('questions.get', { id });
      if (!current.ok)
        return { result: current, check: sql(`q-${id}-notes`, 'SELECT notes_situation FROM questions WHERE id = ?', [id], m) };
      const question = current.value as { version: number; notes: StarNotes };
      const save = notesSave({ ...question.notes, situation: m }, question);
      const result = await call('questions.saveNotes', { id, save });
      return { result, check: sql(`q-${id}-notes`, 'SELECT notes_situation FROM questions WHERE id = ?', [id], m) };
    },
  },
  {
    channel: 'questions.setArchived',
    async run(call, f, _m, round) {
      const id = f.questionIds[2]!;
      const archived = round % 2 === 0;
      const result = await call('questions.setArchived', { id, archived });
      return {
        result,
        check: sql(`q-${id}-archived`, 'SELECT archived_at IS NOT NULL FROM questions WHERE id = ?', [id], archived ? 1 : 0),
      };
    },
  },
  {
    channel: 'questions.move',
    async run(call, f, _m, round) {
      const id = f.questionIds[3]!;
      const bankId = round % 2 === 0 ? f.otherBankId : f.bankId;
      const result = await call('questions.move', { id, bankId });
      return { result, check: sql(`q-${id}-bank`, 'SELECT bank_id FROM questions WHERE id = ?', [id], bankId) };
    },
  },
];
