import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { DeliveryPanel } from '../../../renderer/src/components/delivery/DeliveryPanel';
import type { DeliveryFacts } from '../../../shared/domain/delivery/facts';
import { emptySelfCheck } from '../../../shared/domain/self-check';

const facts: DeliveryFacts = {
  analysisVersion: 1,
  durationMs: 30_000,
  firstSpeechMs: 4000,
  speechMs: 13_400,
  pauses: [
    { startMs: 11_200, endMs: 15_200 },
    { startMs: 18_700, endMs: 23_700 },
  ],
  endSilenceMs: 3000,
  quietSpans: [],
  speechSpans: [
    { startMs: 4000, endMs: 11_200 },
    { startMs: 15_200, endMs: 18_700 },
    { startMs: 23_700, endMs: 27_000 },
  ],
  syllablesPerMinuteEstimate: 330,
};

describe('what the recording shows', () => {
  test('facts in words, pauses in the text equivalent, the pace tick beside the rate estimate', () => {
    render(<DeliveryPanel facts={facts} selfCheck={{ ...emptySelfCheck(), pace: true }} label="Question 1" />);
    const panel = screen.getByRole('region', { name: 'What the recording shows: Question 1' });
    expect(panel).toHaveTextContent('First wordsat 0:04');
    expect(panel).toHaveTextContent('2, longest 5.0 s: at 0:11 for 4.0 s; at 0:19 for 5.0 s');
    expect(panel).toHaveTextContent('13 s of 30 s (45%)');
    expect(panel.querySelector('figcaption')).toHaveTextContent('pauses at 0:11 (4.0 s), 0:19 (5.0 s)');
    expect(panel.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(panel).toHaveTextContent('you ticked it · measured: about 330 syllables a minute (estimate), 2 pauses of 3 s or more');
    expect(panel).toHaveTextContent('not measured: filler words need a transcript');
  });

  test('not analysed yet: a labelled button analyses it and a failure is said clearly', async () => {
    const onAnalyse = vi.fn().mockResolvedValue('This recording has no sound track, so there is nothing to analyse.');
    render(<DeliveryPanel facts={null} selfCheck={null} label="Question 2" onAnalyse={onAnalyse} />);
    await userEvent.click(screen.getByRole('button', { name: 'Analyse the recording of question 2' }));
    expect(onAnalyse).toHaveBeenCalledOnce();
    expect(await screen.findByRole('alert')).toHaveTextContent(/no sound track/);
  });
});
