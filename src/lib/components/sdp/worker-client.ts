// One lazily started worker for large SDPs; falls back to the main thread if workers are unavailable.
import type { OfferAnswerResult } from '$lib/protocol/sdp';
import {
	analyze,
	compare,
	unpack,
	type Analysis,
	type SdpRole,
	type WorkerRequest,
	type WorkerResponse
} from './analysis';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (res: WorkerResponse | undefined) => void>();

function start(): Worker | undefined {
	if (worker) return worker;
	if (typeof Worker === 'undefined') return undefined;
	try {
		worker = new Worker(new URL('./sdp.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return undefined;
	}
	worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
		waiting.get(event.data.id)?.(event.data);
		waiting.delete(event.data.id);
	};
	worker.onerror = () => {
		for (const done of waiting.values()) done(undefined);
		waiting.clear();
		worker?.terminate();
		worker = undefined;
	};
	return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function request(req: WithoutId<WorkerRequest>): Promise<WorkerResponse | undefined> {
	const w = start();
	if (!w) return Promise.resolve(undefined);
	const id = nextId++;
	return new Promise((resolve) => {
		waiting.set(id, resolve);
		w.postMessage({ ...req, id } as WorkerRequest);
	});
}

export async function analyzeAsync(sdp: string, role?: SdpRole): Promise<Analysis> {
	const res = await request({ type: 'analyze', sdp, role });
	return res?.type === 'analyze' ? unpack(sdp, res.packed) : analyze(sdp, role);
}

export async function compareAsync(offer: string, answer: string): Promise<OfferAnswerResult> {
	const res = await request({ type: 'compare', offer, answer });
	return res?.type === 'compare' ? res.result : compare(offer, answer);
}
