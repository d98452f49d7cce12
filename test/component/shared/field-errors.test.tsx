import { expect, test } from 'vitest';
import { errorId, fieldErrors, formErrors, lastSegment } from '../../../renderer/src/lib/field-errors';

const error = {
  code: 'invalid_input' as const,
  message: 'Check the highlighted fields.',
  issues: [
    { path: 'patch.text', message: 'Text cannot be empty' },
    { path: 'patch.text', message: 'second message for the same field' },
    { path: 'setup.count', message: 'At most 50' },
  ],
};

test('one message per field, the first one, keyed by whole path or by last segment', () => {
  expect(fieldErrors(error)).toEqual({ 'patch.text': 'Text cannot be empty', 'setup.count': 'At most 50' });
  expect(fieldErrors(error.issues, lastSegment)).toEqual({ text: 'Text cannot be empty', count: 'At most 50' });
  expect(fieldErrors(null)).toEqual({});
});

test('a form keeps an error none of its fields can show, to show at form level', () => {
  expect(formErrors(error, ['text'])).toEqual({ byField: { text: 'Text cannot be empty' }, other: null });
  expect(formErrors(error, ['name'])).toEqual({ byField: {}, other: error });
});

test('message ids are stable and safe for aria-describedby', () => {
  expect(errorId('req', 'requirements.0.text')).toBe('req-requirements-0-text-error');
});
