import type { FeatureDeps } from '../../feature-deps';

export function dataHandlers(_deps: FeatureDeps) {
  return {};
}
