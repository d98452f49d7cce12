import type { FeatureDeps } from '../../feature-deps';

export function reflectionHandlers(_deps: FeatureDeps) {
  return {};
}
