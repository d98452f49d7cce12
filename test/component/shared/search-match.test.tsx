import { render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { highlightEnd, highlightStart } from '../../../shared/domain/question-search';
import { MatchSnippet } from '../../../renderer/src/components/SearchMatch';

test('a hit found outside the question text says where, with the matched words marked; a text match adds nothing', () => {
  const { container, rerender } = render(
    <MatchSnippet hit={{ matchedIn: 'guidance', snippet: `…stay calm under ${highlightStart}pressure${highlightEnd}…` }} />,
  );
  expect(container.textContent).toBe('Found in guidance: …stay calm under pressure…');
  expect(container.querySelector('mark')?.textContent).toBe('pressure');
  rerender(<MatchSnippet hit={{ matchedIn: 'text', snippet: null }} />);
  expect(container.textContent).toBe('');
});
