export const dataChannels = {};
