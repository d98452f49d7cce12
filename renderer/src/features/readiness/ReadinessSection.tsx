import type { UpcomingInterview } from '../../../../shared/domain/readiness/readiness';
import { useApiQuery } from '../../api/queries';
import { href, paths } from '../../lib/navigation';
import { interviewHeadline } from './format';
import { ReadinessFacts } from './ReadinessFacts';
import './readiness.css';

/** Progress's readiness section for the next interview (absent when none is coming up). */
export function ReadinessSection() {
  const [upcoming] = useApiQuery('progress.upcoming', {});
  const next = upcoming.status === 'ready' ? upcoming.value.next : null;
  return next ? <SectionFor next={next} /> : null;
}

function SectionFor({ next }: { next: UpcomingInterview }) {
  const [readiness] = useApiQuery('progress.readiness', { interviewId: next.id });
  if (readiness.status !== 'ready') return null;
  return (
    <section className="card readiness-section" aria-labelledby="readiness-section-heading">
      <h2 id="readiness-section-heading">Readiness: {interviewHeadline(next)}</h2>
      <ReadinessFacts readiness={readiness.value} />
      <p>
        <a href={href(paths.readiness(next.id))}>Every plan question with its answers</a>
      </p>
    </section>
  );
}
