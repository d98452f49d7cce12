import type { FeatureDeps } from '../../feature-deps';

export function sessionHandlers(_deps: FeatureDeps) {
  return {};
}
