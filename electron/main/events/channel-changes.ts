import { type DataDomain, dataDomains } from '../../../shared/contract/data-domains';
import type { ChannelName } from '../../../shared/contract/index';

const everything = dataDomains;
const none = [] as const;
// A question shows up in bank counts, practice set-up counts, progress lists and the stories that answer it.
const questionWrite = ['questions', 'banks', 'sessions', 'progress', 'stories'] as const;
// Stories show on their questions' pages and in Progress's story gaps.
const storyWrite = ['stories', 'questions', 'progress'] as const;
const reflectionWrite = ['reflection', 'progress'] as const;

/**
 * What each channel's successful call may change, by domain: the source of
 * the `data.changed` event other windows and tabs refresh from. Total on
 * purpose: a new channel without an entry does not compile, so nobody forgets
 * to say whether it writes. Reads (and uploads still in progress) change nothing.
 */
export const channelChanges: { readonly [N in ChannelName]: readonly DataDomain[] } = {
  'app.info': none,
  'app.dismissNotice': ['app'],
  'app.diagnostics': none,
  'app.reportError': none,
  'app.recoverFromBackup': everything,
  'app.startFresh': everything,
  'settings.get': none,
  // Timer defaults feed the practice set-up.
  'settings.update': ['settings', 'sessions'],
  'banks.list': none,
  'banks.get': none,
  'banks.create': questionWrite,
  'banks.update': questionWrite,
  'banks.deletionImpact': none,
  'banks.remove': [...questionWrite, 'reflection'],
  'banks.restore': [...questionWrite, 'reflection'],
  'questions.list': none,
  'questions.get': none,
  'questions.create': questionWrite,
  'questions.update': [...questionWrite, 'reflection'],
  'questions.saveNotes': ['questions'],
  'questions.move': questionWrite,
  'questions.setArchived': [...questionWrite, 'reflection'],
  'questions.search': none,
  'questions.facets': none,
  'banks.export': none,
  'banks.previewImport': none,
  // The import takes a backup first, which the data section lists.
  'banks.import': [...questionWrite, 'data'],
  'sessions.setupOptions': none,
  'sessions.countMatching': none,
  'sessions.start': ['sessions'],
  'sessions.get': none,
  'sessions.unfinished': none,
  'sessions.list': none,
  // Ratings feed progress, the review schedule and the reflection's "recent confidence".
  'sessions.saveAnswer': ['sessions', 'progress', 'reflection', 'stories'],
  'sessions.saveReviewConfidence': ['sessions', 'progress'],
  'sessions.saveGuidedConfidence': ['sessions', 'progress'],
  'sessions.end': ['sessions', 'progress', 'reflection'],
  'sessions.beginRecording': none,
  'sessions.appendRecording': none,
  'sessions.finishRecording': ['sessions', 'data'],
  'sessions.saveDeliveryFacts': ['sessions', 'progress'],
  'sessions.unanalysedRecordings': none,
  'progress.deliveryTrend': none,
  'progress.deliveryMismatches': none,
  'sessions.discardRecording': none,
  'sessions.readRecording': none,
  'reflection.listInterviews': none,
  'reflection.saveInterview': reflectionWrite,
  'reflection.getAsks': none,
  'reflection.saveAsks': ['reflection'],
  'reflection.deleteInterview': reflectionWrite,
  'reflection.get': none,
  'reflection.saveStep': reflectionWrite,
  'reflection.setStep': reflectionWrite,
  'reflection.markEmailSent': reflectionWrite,
  'reflection.dismissReminder': reflectionWrite,
  // Struggled questions go into a practice bank.
  'reflection.addStruggledQuestion': [...reflectionWrite, ...questionWrite],
  'reflection.listActions': none,
  'reflection.createAction': reflectionWrite,
  'reflection.saveAction': reflectionWrite,
  'reflection.deleteAction': reflectionWrite,
  'reflection.patterns': none,
  'reflection.recentConfidence': none,
  'reflection.exportMarkdown': none,
  'reflection.getForSession': none,
  'reflection.saveForSession': ['reflection', 'sessions'],
  'progress.dashboard': none,
  'progress.categoryTrend': none,
  'progress.questions': none,
  'progress.questionHistory': none,
  'progress.due': none,
  'progress.dueQuestions': none,
  'progress.upcoming': none,
  'progress.plan': none,
  'progress.planSuggestions': none,
  // The plan changes the due queue, and so the due session practice offers.
  'progress.savePlan': ['progress', 'sessions'],
  'progress.readiness': none,
  'data.status': none,
  'data.listBackups': none,
  'data.backupNow': ['data'],
  'data.restoreBackup': everything,
  'data.deleteBackup': ['data'],
  // The check rebuilds progress summaries that drifted.
  'data.checkDatabase': ['data', 'progress'],
  'data.exportEverything': ['data'],
  'data.exportAnswersCsv': ['data'],
  'data.readExport': none,
  'data.beginImport': none,
  'data.appendImport': none,
  'data.finishImport': everything,
  'data.discardImport': none,
  'data.cancelJob': none,
  'files.save': none,
  'files.open': none,
  'stories.list': none,
  'stories.get': none,
  'stories.create': storyWrite,
  'stories.update': storyWrite,
  'stories.remove': storyWrite,
  'stories.linkQuestion': storyWrite,
  'stories.unlinkQuestion': storyWrite,
  'stories.forQuestion': none,
  'stories.addUse': storyWrite,
  'stories.removeUse': storyWrite,
  'stories.competencies': none,
  // The rehearsal bank and its questions may be made on the way.
  'stories.rehearse': ['stories', ...questionWrite],
  'stories.gaps': none,
  'report.build': none,
};
