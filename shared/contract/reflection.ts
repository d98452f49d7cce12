export const reflectionChannels = {};
