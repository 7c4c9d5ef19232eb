// Gathers ICE candidates against the user's STUN/TURN servers with a real RTCPeerConnection: a data channel
// gives the offer one m= section, setLocalDescription starts gathering (JSEP, RFC 8829 §5.2.1 / webrtc-pc
// §4.4.1.6), and every icecandidate and icecandidateerror event is recorded with its time since start, until
// gathering completes or the timeout. Nothing is sent to anyone but the servers in the configuration.

export interface GatheredCandidate {
	/** Milliseconds since start. */
	t: number;
	candidate: string;
	/** The server the candidate came from (RTCIceCandidate.url / RTCPeerConnectionIceEvent.url), when known. */
	url: string | null;
	/** TURN: the transport between the browser and the server (udp, tcp, tls), when the browser says. */
	relayProtocol: string | null;
}

export interface GatherError {
	t: number;
	errorCode: number;
	errorText: string;
	url: string | null;
	address: string | null;
	port: number | null;
}

export type GatherStatus =
	'idle' | 'gathering' | 'complete' | 'timeout' | 'stopped' | 'failed' | 'unsupported';

export const DEFAULT_TIMEOUT_S = 15;

export class IceGatherer {
	status = $state<GatherStatus>('idle');
	candidates = $state<GatheredCandidate[]>([]);
	errors = $state<GatherError[]>([]);
	/** The RTCPeerConnection constructor or an API call threw (e.g. a URL the browser refuses). */
	error = $state<string | null>(null);
	/** Milliseconds from start to the end (complete or timeout). */
	duration = $state<number | null>(null);
	/** Milliseconds since start, updated while gathering. */
	now = $state(0);

	#pc: RTCPeerConnection | null = null;
	#t0 = 0;
	#timeout: ReturnType<typeof setTimeout> | null = null;
	#clock: ReturnType<typeof setInterval> | null = null;

	get running(): boolean {
		return this.status === 'gathering';
	}

	#time(): number {
		return Math.round(performance.now() - this.#t0);
	}

	async start(
		config: { iceServers: RTCIceServer[]; iceTransportPolicy: RTCIceTransportPolicy },
		timeoutSeconds = DEFAULT_TIMEOUT_S
	): Promise<void> {
		this.stop();
		this.candidates = [];
		this.errors = [];
		this.error = null;
		this.duration = null;
		this.now = 0;
		if (typeof RTCPeerConnection !== 'function') {
			this.status = 'unsupported';
			return;
		}
		this.#t0 = performance.now();
		this.status = 'gathering';
		let pc: RTCPeerConnection;
		try {
			pc = new RTCPeerConnection({ ...config, iceCandidatePoolSize: 0 });
		} catch (e) {
			this.#end('failed', e);
			return;
		}
		this.#pc = pc;
		pc.addEventListener('icecandidate', (e) => {
			if (this.#pc !== pc) return;
			if (!e.candidate) return this.#end('complete');
			if (!e.candidate.candidate) return;
			const c = e.candidate as RTCIceCandidate & { url?: string | null; relayProtocol?: string | null };
			this.candidates.push({
				t: this.#time(),
				candidate: c.candidate,
				url: c.url ?? (e as RTCPeerConnectionIceEvent & { url?: string | null }).url ?? null,
				relayProtocol: c.relayProtocol ?? null
			});
		});
		pc.addEventListener('icecandidateerror', (e) => {
			if (this.#pc !== pc) return;
			const ev = e as RTCPeerConnectionIceErrorEvent;
			this.errors.push({
				t: this.#time(),
				errorCode: ev.errorCode,
				errorText: ev.errorText ?? '',
				url: ev.url ?? null,
				address: ev.address ?? null,
				port: ev.port ?? null
			});
		});
		pc.addEventListener('icegatheringstatechange', () => {
			if (this.#pc === pc && pc.iceGatheringState === 'complete') this.#end('complete');
		});
		this.#timeout = setTimeout(() => this.#end('timeout'), timeoutSeconds * 1000);
		this.#clock = setInterval(() => (this.now = this.#time()), 200);
		try {
			pc.createDataChannel('gather');
			await pc.setLocalDescription(await pc.createOffer());
		} catch (e) {
			if (this.#pc === pc) this.#end('failed', e);
		}
	}

	#end(status: GatherStatus, e?: unknown): void {
		if (this.status !== 'gathering') return;
		this.status = status;
		if (e !== undefined) this.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
		this.duration = this.#time();
		this.now = this.duration;
		this.#release();
	}

	/**
	 * The transport to the TURN server of each relay candidate, from getStats() (RTCIceCandidateStats
	 * relayProtocol), for browsers whose RTCIceCandidate lacks relayProtocol; then the pc is closed.
	 */
	async #readRelayProtocols(pc: RTCPeerConnection): Promise<void> {
		const list = this.candidates;
		try {
			const report = await pc.getStats();
			report.forEach((s: { type?: string; address?: string; port?: number; relayProtocol?: string }) => {
				if (s.type !== 'local-candidate' || !s.relayProtocol) return;
				for (const c of list) {
					if (c.relayProtocol === null && c.candidate.includes(` ${s.address} ${s.port} typ relay`))
						c.relayProtocol = s.relayProtocol;
				}
			});
		} catch {
			// Closed meanwhile: the column stays empty.
		} finally {
			pc.close();
		}
	}

	#release(): void {
		if (this.#timeout) clearTimeout(this.#timeout);
		if (this.#clock) clearInterval(this.#clock);
		this.#timeout = null;
		this.#clock = null;
		const pc = this.#pc;
		this.#pc = null;
		if (pc && pc.signalingState !== 'closed') {
			if (this.candidates.some((c) => c.relayProtocol === null && / typ relay/.test(c.candidate)))
				void this.#readRelayProtocols(pc);
			else pc.close();
		}
	}

	/** Stops a run (keeping what it found) and closes the pc. */
	stop(): void {
		if (this.status === 'gathering') this.#end('stopped');
		this.#release();
	}
}
