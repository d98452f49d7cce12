import { expect, expectTypeOf, test } from 'vitest';
import { channelChanges } from '../../../electron/main/events/channel-changes';
import { createEventHub } from '../../../electron/main/events/event-hub';
import { defineEventNames, eventNames, type EventName, isEventName } from '../../../shared/contract/event-names';
import { checkEventTable, type Emit, type EventPayload, events, type Subscribe } from '../../../shared/contract/events';
import { channelNames } from '../../../shared/contract/index';
import { z } from 'zod';

test('the events table has exactly the names of the plain list the preload uses', () => {
  expect(Object.keys(events).sort()).toEqual([...eventNames].sort());
  for (const name of eventNames) expect(isEventName(name)).toBe(true);
  for (const name of ['banks.list', '__proto__', 'toString', '', 42]) expect(isEventName(name)).toBe(false);
});

test('a duplicate or malformed event name is refused when the list is made', () => {
  expect(() => defineEventNames(['a.one', 'a.two', 'a.one'])).toThrow('Event "a.one" is defined twice');
  expect(() => defineEventNames(['nodot'])).toThrow(/must be "domain.name"/);
  expect(defineEventNames(['a.one', 'b.two'])).toEqual(['a.one', 'b.two']);
});

test('a table that lists a name more or less than the list is refused', () => {
  const schema = z.strictObject({});
  expect(() => checkEventTable({ 'a.one': schema }, ['a.one', 'a.two'])).toThrow(/missing: a\.two/);
  expect(() => checkEventTable({ 'a.one': schema, 'a.extra': schema }, ['a.one'])).toThrow(/extra: a\.extra/);
});

test('emitter and subscribe are typed from the one table', () => {
  expectTypeOf<Parameters<Emit>[0]>().toEqualTypeOf<EventName>();
  expectTypeOf<EventPayload<'data.changed'>>().toEqualTypeOf<{ domains: EventPayload<'data.changed'>['domains'] }>();
  expectTypeOf<Parameters<Subscribe>[0]>().toEqualTypeOf<EventName>();
  // Compiled, never run: the two calls below must not type-check.
  const typeOnly = (hub: ReturnType<typeof createEventHub>) => {
    // @ts-expect-error -- a payload of the wrong shape does not compile
    hub.emit('data.changed', { domain: 'banks' });
    // @ts-expect-error -- nor does an unknown event
    hub.emit('data.unknown', {});
  };
  expect(typeof typeOnly).toBe('function');
});

test('the hub checks each payload, fans out to every transport, and a failing transport stops no other', () => {
  const hub = createEventHub();
  const heard: unknown[] = [];
  const stopFirst = hub.addSink(() => {
    throw new Error('window gone');
  });
  hub.addSink((name, payload) => heard.push([name, payload]));
  hub.emit('data.changed', { domains: ['banks'] });
  // A malformed payload (a bug in main) never leaves.
  hub.emit('data.changed', { domains: ['not-a-domain'] } as never);
  hub.emit('app.notice', { id: 'x', level: 'warning', message: 'm' });
  stopFirst();
  expect(heard).toEqual([
    ['data.changed', { domains: ['banks'] }],
    ['app.notice', { id: 'x', level: 'warning', message: 'm' }],
  ]);
});

test('every channel says what it changes, and reads change nothing', () => {
  expect(Object.keys(channelChanges).sort()).toEqual([...channelNames].sort());
  for (const name of channelNames) {
    if (
      /\.(list|get|search|facets|info|status|setupOptions|countMatching|dashboard|due|dueQuestions|questions|questionHistory)$/.test(name)
    ) {
      expect(channelChanges[name], name).toEqual([]);
    }
  }
});
