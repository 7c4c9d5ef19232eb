// The loopback call's data channels (RFC 8831, over SCTP over DTLS): a small chat on the "lab" channel in both
// directions, and a throughput test on its own channel, negotiated out of band (RFC 8832 §4 is skipped: both
// sides create it with the same id, so no renegotiation and no DATA_CHANNEL_OPEN message is needed).

export type Side = 'caller' | 'callee';

export interface ChatLine {
	seq: number;
	/** Milliseconds since the lab's clock started. */
	t: number;
	from: Side;
	text: string;
}

export interface ThroughputResult {
	bytes: number;
	messages: number;
	chunkBytes: number;
	/** From the first send() to the last byte received, milliseconds. */
	ms: number;
	/** Megabytes (10^6 bytes) per second. */
	mbps: number;
	/** The highest bufferedAmount the sender saw. */
	peakBuffered: number;
}

export type ThroughputStatus = 'idle' | 'opening' | 'running' | 'done' | 'failed';

/** A chat line is text; longer input is cut, never rejected. */
export const MAX_CHAT_LENGTH = 500;
/** The sender waits when this much is queued, and resumes at bufferedAmountLowThreshold. */
const HIGH_WATER = 4 * 1024 * 1024;
const LOW_WATER = 1024 * 1024;
const CHUNK = 16 * 1024;
const OPEN_TIMEOUT_MS = 10_000;

/** Resolves on `event`; rejects if the channel closes first (hang-up) or the lab is reset. */
function next(channel: RTCDataChannel, event: string, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = (ok: boolean) => () => {
			channel.removeEventListener(event, onEvent);
			channel.removeEventListener('close', onClose);
			signal.removeEventListener('abort', onClose);
			if (ok) resolve();
			else reject(new Error('the data channel closed'));
		};
		const onEvent = done(true);
		const onClose = done(false);
		channel.addEventListener(event, onEvent);
		channel.addEventListener('close', onClose);
		signal.addEventListener('abort', onClose);
	});
}

export class DataChannelLab {
	chat = $state<ChatLine[]>([]);
	status = $state<ThroughputStatus>('idle');
	/** Bytes received so far in the running test (updated every few chunks). */
	progress = $state(0);
	total = $state(0);
	result = $state<ThroughputResult | null>(null);
	error = $state<string | null>(null);

	#channels: Partial<Record<Side, RTCDataChannel>> = {};
	#test: RTCDataChannel[] = [];
	#abort = new AbortController();
	#seq = 0;
	#nextId = 100;
	#clock: () => number;

	constructor(clock: () => number = () => performance.now()) {
		this.#clock = clock;
	}

	/** The chat channel as each side sees it: the caller's from createDataChannel, the callee's from ondatachannel. */
	attach(side: Side, channel: RTCDataChannel): void {
		this.#channels[side] = channel;
		const from: Side = side === 'caller' ? 'callee' : 'caller';
		const signal = this.#abort.signal;
		channel.addEventListener(
			'message',
			(e) => {
				if (typeof e.data === 'string')
					this.chat.push({
						seq: this.#seq++,
						t: this.#clock(),
						from,
						text: e.data.slice(0, MAX_CHAT_LENGTH)
					});
			},
			{ signal }
		);
	}

	canChat(side: Side): boolean {
		return this.#channels[side]?.readyState === 'open';
	}

	/** Sends one chat line from `side` to the other side. */
	say(side: Side, text: string): boolean {
		const channel = this.#channels[side];
		const line = text.trim().slice(0, MAX_CHAT_LENGTH);
		if (!line || channel?.readyState !== 'open') return false;
		channel.send(line);
		return true;
	}

	/**
	 * Sends `totalBytes` from caller to callee in 16 KiB messages on a fresh negotiated channel, with flow control:
	 * stop sending above 4 MiB queued, resume on bufferedamountlow (threshold 1 MiB).
	 */
	async throughput(caller: RTCPeerConnection, callee: RTCPeerConnection, totalBytes: number): Promise<void> {
		if (this.status === 'opening' || this.status === 'running') return;
		this.#closeTest();
		const signal = this.#abort.signal;
		const id = this.#nextId++;
		this.status = 'opening';
		this.progress = 0;
		this.total = totalBytes;
		this.result = null;
		this.error = null;
		try {
			const tx = caller.createDataChannel('throughput', { negotiated: true, id, ordered: true });
			const rx = callee.createDataChannel('throughput', { negotiated: true, id, ordered: true });
			this.#test = [tx, rx];
			rx.binaryType = 'arraybuffer';
			const timeout = AbortSignal.timeout(OPEN_TIMEOUT_MS);
			const openSignal = AbortSignal.any([signal, timeout]);
			await Promise.all(
				[tx, rx].map((c) => (c.readyState === 'open' ? undefined : next(c, 'open', openSignal)))
			);
			this.status = 'running';
			let received = 0;
			let messages = 0;
			let peak = 0;
			const chunks = Math.ceil(totalBytes / CHUNK);
			const arrived = new Promise<number>((resolve, reject) => {
				rx.addEventListener(
					'message',
					(e) => {
						received += (e.data as ArrayBuffer).byteLength;
						messages++;
						if (messages % 32 === 0) this.progress = received;
						if (messages === chunks) resolve(this.#clock());
					},
					{ signal }
				);
				rx.addEventListener('close', () => reject(new Error('the data channel closed')), { signal });
			});
			const payload = new Uint8Array(CHUNK).map((_, i) => i & 0xff);
			tx.bufferedAmountLowThreshold = LOW_WATER;
			const t0 = this.#clock();
			for (let sent = 0; sent < totalBytes; sent += CHUNK) {
				if (tx.bufferedAmount > HIGH_WATER) await next(tx, 'bufferedamountlow', signal);
				const size = Math.min(CHUNK, totalBytes - sent);
				tx.send(size === CHUNK ? payload : payload.subarray(0, size));
				peak = Math.max(peak, tx.bufferedAmount);
			}
			const t1 = await arrived;
			const ms = Math.max(1, t1 - t0);
			this.progress = received;
			this.result = {
				bytes: received,
				messages,
				chunkBytes: CHUNK,
				ms: Math.round(ms),
				mbps: received / 1e6 / (ms / 1000),
				peakBuffered: peak
			};
			this.status = 'done';
		} catch (e) {
			if (signal.aborted) return;
			this.status = 'failed';
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	#closeTest(): void {
		for (const c of this.#test) c.close();
		this.#test = [];
	}

	/** Hang-up or a new call: drop listeners and channels. */
	reset(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
		this.#closeTest();
		this.#channels = {};
		this.chat = [];
		this.status = 'idle';
		this.progress = 0;
		this.total = 0;
		this.result = null;
		this.error = null;
	}

	/** Hang-up: the channels close with the pcs; stop listening but keep the last result on screen. */
	stop(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
		this.#closeTest();
		this.#channels = {};
		if (this.status === 'opening' || this.status === 'running') this.status = 'idle';
	}
}
