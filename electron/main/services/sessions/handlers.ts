import type { sessionChannels } from '../../../../shared/contract/sessions';
import type { SessionSetup, SetupOptions } from '../../../../shared/domain/sessions';
import { preselectedBankIds } from '../../../../shared/domain/first-run';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { applyAnswerToProgress, applyReviewConfidenceToProgress } from '../progress/apply-answer';
import { dueQuestionIds, weakestQuestionIds } from '../progress/selection';
import { reconcileRecordings } from '../recordings/recording-cleanup';
import { recordingUploads } from '../recordings/recording-uploads';
import { answerWrites } from './answer-writes';
import { type ProgressRanking } from './question-selection';
import { sessionQueries } from './session-queries';
import { sessionWrites } from './session-writes';
import { startupNotice } from './startup-notice';

type SessionChannel = keyof typeof sessionChannels;

export function sessionHandlers(deps: FeatureDeps): HandlersFor<SessionChannel> {
  const { db, dataDir, settings, notices, now } = deps;
  // Before any upload can start: every recording row names a whole file, and every file has a row.
  const notice = startupNotice(reconcileRecordings(db, dataDir));
  if (notice) notices.add(notice);

  const ranking: ProgressRanking = {
    weakest: (ids, limit) => weakestQuestionIds(db, ids, limit),
    due: (at, ids, limit) => dueQuestionIds(db, at, ids, limit),
  };
  const queries = sessionQueries(db, () => defaults());
  const writes = sessionWrites(db, ranking, now);
  const answers = answerWrites(db, { applyAnswer: applyAnswerToProgress, applyReview: applyReviewConfidenceToProgress }, now);
  const uploads = recordingUploads(db, dataDir, now);

  /**
   * A new set-up: the preferences, the banks of the user's role family (shared/domain/first-run.ts; never the
   * questions to ask), five at random, soft timer.
   */
  function defaults(): SessionSetup {
    const prefs = settings.getPreferences();
    const bankIds = preselectedBankIds(queries.starterKeys(), prefs.roleFamily, prefs.roleLevel);
    return {
      bankIds,
      categories: [],
      tags: [],
      count: 5,
      order: 'random',
      thinkSeconds: prefs.thinkSeconds,
      answerTimeSource: prefs.answerTimeSource,
      answerSeconds: prefs.answerSeconds,
      pressure: 'soft',
      multiplier: 1,
      readAloud: prefs.readAloud,
      voiceName: prefs.voiceName,
      speechRate: prefs.speechRate,
      recording: prefs.recording,
      includeQuestionsToAsk: false,
    };
  }

  function setupOptions(): SetupOptions {
    const banks = queries.banks();
    const last = queries.latestSetup();
    // Banks archived since are dropped from the remembered set-up; with none left it cannot be repeated. Banks of
    // questions to ask are dropped too unless that set-up included them (set-ups stored before version 8 ticked
    // every bank; their sessions never asked those questions, so "same again" does not either).
    const usable = new Set(banks.filter((b) => b.purpose === 'answer' || last?.includeQuestionsToAsk).map((b) => b.id));
    const lastBanks = last?.bankIds.filter((id) => usable.has(id)) ?? [];
    return {
      banks,
      categories: queries.categories(),
      tags: queries.tags(),
      hasHistory: queries.hasHistory(),
      lastSetup: last && lastBanks.length > 0 ? { ...last, bankIds: lastBanks } : null,
      defaults: defaults(),
    };
  }

  return {
    'sessions.setupOptions': () => setupOptions(),
    'sessions.countMatching': (filter) => ({ count: writes.countMatching(filter) }),
    'sessions.start': ({ setup, questionIds, origin }) => queries.detail(writes.start(setup, questionIds, origin)),
    'sessions.get': ({ sessionId }) => queries.detail(sessionId),
    'sessions.unfinished': () => queries.unfinished(),
    'sessions.list': ({ limit }) => queries.list(limit),
    'sessions.saveAnswer': (input) => answers.save(input),
    'sessions.saveReviewConfidence': ({ sessionId, position, reviewConfidence }) =>
      answers.saveReview(sessionId, position, reviewConfidence),
    'sessions.saveGuidedConfidence': ({ sessionId, position, guidedConfidence }) =>
      answers.saveGuided(sessionId, position, guidedConfidence),
    'sessions.end': ({ sessionId }) => ({ status: writes.end(sessionId) }),
    'sessions.beginRecording': ({ sessionId, position, mimeType }) => uploads.begin(sessionId, position, mimeType),
    'sessions.appendRecording': ({ uploadId, index, data }) => uploads.append(uploadId, index, data),
    'sessions.finishRecording': ({ uploadId, durationMs }) => uploads.finish(uploadId, durationMs),
    'sessions.discardRecording': ({ uploadId }) => {
      uploads.discard(uploadId);
      return null;
    },
    'sessions.readRecording': ({ recordingId, offset, length }) => uploads.read(recordingId, offset, length),
  };
}
