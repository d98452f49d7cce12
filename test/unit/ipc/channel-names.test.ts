import { expect, test } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';
import { contract } from '../../../shared/contract/index';

// The preload builds window.api from this plain list, so it must name exactly the contract's channels.
test('the plain channel-name list names exactly the contract’s channels, once each', () => {
  expect(new Set(channelNames).size).toBe(channelNames.length);
  expect([...channelNames].sort()).toEqual(Object.keys(contract).sort());
});
