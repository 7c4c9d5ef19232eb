// W3C webrtc-pc §4.3.2 RTCIceGatheringState: the pc's gathering state derived from its transports'
// gathering states (RTCIceGathererState).
import type { IceGathererState, IceGatheringState } from './types';

/**
 * - gathering: any of the RTCIceTransports are in the "gathering" state.
 * - complete: at least one RTCIceTransport exists, and all are in the "complete" gathering state.
 * - new: any transport is "new" and none is "gathering", or there are no transports.
 */
export function aggregateIceGatheringState(gatherers: readonly IceGathererState[]): IceGatheringState {
	if (gatherers.some((s) => s === 'gathering')) return 'gathering';
	if (gatherers.length > 0 && gatherers.every((s) => s === 'complete')) return 'complete';
	return 'new';
}
