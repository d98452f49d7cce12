import type { deliveryChannels } from '../../../../shared/contract/delivery';
import type { FeatureDeps } from '../../feature-deps';
import type { HandlersFor } from '../../ipc/handlers';
import { deliveryStore } from './delivery-store';

type DeliveryChannel = keyof typeof deliveryChannels;

export function deliveryHandlers(deps: Pick<FeatureDeps, 'db' | 'now'>): HandlersFor<DeliveryChannel> {
  const store = deliveryStore(deps.db, deps.now);
  return {
    'sessions.saveDeliveryFacts': ({ recordingId, facts }) => store.save(recordingId, facts),
    'sessions.unanalysedRecordings': () => store.unanalysed(),
    'progress.deliveryTrend': ({ limit }) => store.trend(limit),
    'progress.deliveryMismatches': ({ limit }) => store.mismatches(limit),
  };
}
