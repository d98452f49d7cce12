import { summaryPosition } from '../../../../shared/domain/reflection/drafts';
import { ActionsPage } from './ActionsPage';
import { InterviewEditor } from './InterviewEditor';
import { ReflectionHome } from './ReflectionHome';
import { ReflectionWizard } from './ReflectionWizard';
import './reflection.css';

function positiveInt(text: string | undefined): number | null {
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

/**
 * Routes inside `#/reflection/…`: the home (log and patterns), `new`,
 * `actions`, and `interview/<id>` with `edit`, `step/<n>` or `summary`.
 */
export function ReflectionArea({ subPath }: { subPath: string[] }) {
  return <div className="reflection-area">{route(subPath)}</div>;
}

function route(subPath: string[]) {
  const [first, id, part, n] = subPath;
  if (first === 'new') return <InterviewEditor interviewId={null} />;
  if (first === 'actions') return <ActionsPage />;
  const interviewId = first === 'interview' ? positiveInt(id) : null;
  if (interviewId !== null) {
    if (part === 'edit') return <InterviewEditor key={`edit-${interviewId}`} interviewId={interviewId} />;
    const step = part === 'summary' ? summaryPosition : part === 'step' ? positiveInt(n) : null;
    const position = step !== null && step <= summaryPosition ? step : null;
    return <ReflectionWizard interviewId={interviewId} urlPosition={position} />;
  }
  return <ReflectionHome />;
}
