import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { questionFacets, questionsInBank, requireQuestion } from './question-queries';
import { searchQuestions } from './question-search';
import { createQuestion, moveQuestion, saveNotes, setQuestionArchived, updateQuestion } from './question-writes';
import { requireBank } from '../banks/bank-queries';

export type QuestionChannel =
  | 'questions.list'
  | 'questions.get'
  | 'questions.create'
  | 'questions.update'
  | 'questions.saveNotes'
  | 'questions.move'
  | 'questions.setArchived'
  | 'questions.search'
  | 'questions.facets';

export function questionHandlers({ db, now }: FeatureDeps): HandlersFor<QuestionChannel> {
  return {
    'questions.list': ({ bankId, includeArchived }) => {
      requireBank(db, bankId);
      return questionsInBank(db, bankId, includeArchived);
    },
    'questions.get': ({ id }) => requireQuestion(db, id),
    'questions.create': (input) => createQuestion(db, input, now()),
    'questions.update': ({ id, patch, base }) => updateQuestion(db, id, patch, now(), base),
    'questions.saveNotes': ({ id, save }) => saveNotes(db, id, save, now()),
    'questions.move': ({ id, bankId }) => moveQuestion(db, id, bankId, now()),
    'questions.setArchived': ({ id, archived }) => setQuestionArchived(db, id, archived, now()),
    'questions.search': (input) => searchQuestions(db, input),
    'questions.facets': () => questionFacets(db),
  };
}
