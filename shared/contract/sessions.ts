export const sessionChannels = {};
