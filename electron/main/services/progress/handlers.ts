import type { FeatureDeps } from '../../feature-deps';

export function progressHandlers(_deps: FeatureDeps) {
  return {};
}
