export const progressChannels = {};
