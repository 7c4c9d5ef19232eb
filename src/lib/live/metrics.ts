// What the live lab charts: each chart is one or more series derived from getStats() by the pure functions in
// ./stats. Chart and series ids name message keys (loopback_chart_<id>_*, loopback_series_<label>).
import type { SeriesDef, Selector } from './stats';

export type SeriesLabel =
	| 'videoOut'
	| 'videoIn'
	| 'audioOut'
	| 'audioIn'
	| 'video'
	| 'audio'
	| 'sent'
	| 'received'
	| 'encoded'
	| 'decoded'
	| 'width'
	| 'height'
	| 'ice'
	| 'nack'
	| 'pli'
	| 'fir'
	| 'available';

export type ChartId =
	| 'bitrate'
	| 'packets'
	| 'frames'
	| 'resolution'
	| 'jitter'
	| 'jitterBuffer'
	| 'rtt'
	| 'lost'
	| 'feedback'
	| 'availableBitrate';

export type Unit = 'kbps' | 'pps' | 'fps' | 'px' | 'ms' | 'packets' | 'count';

export interface ChartDef {
	id: ChartId;
	unit: Unit;
	/** Decimal places for the table alternative. */
	digits: number;
	series: (SeriesDef & { label: SeriesLabel })[];
}

const callerOut = (kind: 'audio' | 'video'): Selector => ({ side: 'caller', type: 'outbound-rtp', kind });
const calleeIn = (kind: 'audio' | 'video'): Selector => ({ side: 'callee', type: 'inbound-rtp', kind });
const remoteIn = (kind: 'audio' | 'video'): Selector => ({
	side: 'caller',
	type: 'remote-inbound-rtp',
	kind
});
const KBIT = 8 / 1000;

export const CHARTS: ChartDef[] = [
	{
		id: 'bitrate',
		unit: 'kbps',
		digits: 0,
		series: [
			{
				id: 'vo',
				label: 'videoOut',
				select: callerOut('video'),
				value: { kind: 'rate', field: 'bytesSent', scale: KBIT }
			},
			{
				id: 'vi',
				label: 'videoIn',
				select: calleeIn('video'),
				value: { kind: 'rate', field: 'bytesReceived', scale: KBIT }
			},
			{
				id: 'ao',
				label: 'audioOut',
				select: callerOut('audio'),
				value: { kind: 'rate', field: 'bytesSent', scale: KBIT }
			},
			{
				id: 'ai',
				label: 'audioIn',
				select: calleeIn('audio'),
				value: { kind: 'rate', field: 'bytesReceived', scale: KBIT }
			}
		]
	},
	{
		id: 'packets',
		unit: 'pps',
		digits: 0,
		series: [
			{ id: 's', label: 'sent', select: callerOut('video'), value: { kind: 'rate', field: 'packetsSent' } },
			{
				id: 'r',
				label: 'received',
				select: calleeIn('video'),
				value: { kind: 'rate', field: 'packetsReceived' }
			}
		]
	},
	{
		id: 'frames',
		unit: 'fps',
		digits: 1,
		series: [
			{
				id: 'e',
				label: 'encoded',
				select: callerOut('video'),
				value: { kind: 'rate', field: 'framesEncoded' }
			},
			{
				id: 'd',
				label: 'decoded',
				select: calleeIn('video'),
				value: { kind: 'rate', field: 'framesDecoded' }
			}
		]
	},
	{
		id: 'resolution',
		unit: 'px',
		digits: 0,
		series: [
			{ id: 'w', label: 'width', select: calleeIn('video'), value: { kind: 'gauge', field: 'frameWidth' } },
			{ id: 'h', label: 'height', select: calleeIn('video'), value: { kind: 'gauge', field: 'frameHeight' } }
		]
	},
	{
		id: 'jitter',
		unit: 'ms',
		digits: 2,
		series: [
			{
				id: 'v',
				label: 'video',
				select: calleeIn('video'),
				value: { kind: 'gauge', field: 'jitter', scale: 1000 }
			},
			{
				id: 'a',
				label: 'audio',
				select: calleeIn('audio'),
				value: { kind: 'gauge', field: 'jitter', scale: 1000 }
			}
		]
	},
	{
		id: 'jitterBuffer',
		unit: 'ms',
		digits: 1,
		series: [
			{
				id: 'v',
				label: 'video',
				select: calleeIn('video'),
				value: { kind: 'ratio', num: 'jitterBufferDelay', den: 'jitterBufferEmittedCount', scale: 1000 }
			},
			{
				id: 'a',
				label: 'audio',
				select: calleeIn('audio'),
				value: { kind: 'ratio', num: 'jitterBufferDelay', den: 'jitterBufferEmittedCount', scale: 1000 }
			}
		]
	},
	{
		id: 'rtt',
		unit: 'ms',
		digits: 2,
		series: [
			{
				id: 'v',
				label: 'video',
				select: remoteIn('video'),
				value: { kind: 'gauge', field: 'roundTripTime', scale: 1000 }
			},
			{
				id: 'a',
				label: 'audio',
				select: remoteIn('audio'),
				value: { kind: 'gauge', field: 'roundTripTime', scale: 1000 }
			},
			{
				id: 'i',
				label: 'ice',
				select: { side: 'caller', type: 'candidate-pair', selectedPair: true },
				value: { kind: 'gauge', field: 'currentRoundTripTime', scale: 1000 }
			}
		]
	},
	{
		id: 'lost',
		unit: 'packets',
		digits: 0,
		series: [
			{ id: 'v', label: 'video', select: calleeIn('video'), value: { kind: 'gauge', field: 'packetsLost' } },
			{ id: 'a', label: 'audio', select: calleeIn('audio'), value: { kind: 'gauge', field: 'packetsLost' } }
		]
	},
	{
		id: 'feedback',
		unit: 'count',
		digits: 0,
		series: [
			{ id: 'n', label: 'nack', select: callerOut('video'), value: { kind: 'gauge', field: 'nackCount' } },
			{ id: 'p', label: 'pli', select: callerOut('video'), value: { kind: 'gauge', field: 'pliCount' } },
			{ id: 'f', label: 'fir', select: callerOut('video'), value: { kind: 'gauge', field: 'firCount' } }
		]
	},
	{
		id: 'availableBitrate',
		unit: 'kbps',
		digits: 0,
		series: [
			{
				id: 'a',
				label: 'available',
				select: { side: 'caller', type: 'candidate-pair', selectedPair: true },
				value: { kind: 'gauge', field: 'availableOutgoingBitrate', scale: 1 / 1000 }
			}
		]
	}
];

/** The categorical stat shown as a strip: why the encoder sends less than it could. */
export const QUALITY_LIMITATION = { select: callerOut('video'), field: 'qualityLimitationReason' } as const;
