import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { SessionDetail, SessionSetup } from '../../../shared/domain/sessions';
import { formatElapsed, formatElapsedTotal } from '../../../shared/domain/timer/format';
import { answerFixture } from '../../helpers/answer-fixture';
import { createQueryClient } from '../../../renderer/src/api/query-client';
import { makeItem } from './stage-harness';

// The summary asks for its closing reflection; nothing else reaches the main process while it is only shown.
vi.stubGlobal('api', new Proxy({}, { get: () => new Proxy({}, { get: () => () => Promise.resolve({ ok: true, value: null }) }) }));
const { SessionSummary } = await import('../../../renderer/src/features/practice/summary/SessionSummary');

const seconds = (clock: string) => {
  const [m, s] = clock.split(':').map(Number) as [number, number];
  return m * 60 + s;
};

describe('the session total adds up to the answers shown', () => {
  test('the total is the sum of the whole seconds each answer shows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * 60_000 }), { maxLength: 30 }), (parts) => {
        expect(seconds(formatElapsedTotal(parts))).toBe(parts.reduce((sum, ms) => sum + seconds(formatElapsed(ms)), 0));
      }),
    );
  });

  test('walk 5: three answers under a second each read "0:00", and so does the header', () => {
    const setup = { bankIds: [1], categories: [], tags: [], count: 3 } as unknown as SessionSetup;
    const detail: SessionDetail = {
      id: 1,
      setup,
      status: 'completed',
      startedAt: '2026-11-30T15:12:00.000Z',
      endedAt: '2026-11-30T15:14:00.000Z',
      items: [0, 1, 2].map((position) =>
        makeItem({ position, questionId: 11 + position, answer: answerFixture({ position, timeUsedMs: 900, confidence: 3 }) }),
      ),
    };
    render(
      <QueryClientProvider client={createQueryClient()}>
        <SessionSummary detail={detail} />
      </QueryClientProvider>,
    );
    expect(screen.getAllByText('0:00 of 2:00')).toHaveLength(3);
    expect(screen.getByText(/0:00 answering/)).toBeTruthy();
  });
});
