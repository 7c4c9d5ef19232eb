// Parses, lints and compares large SDPs off the main thread (see analysis.ts SYNC_LIMIT).
import { handleRequest, transferables, type WorkerRequest } from './analysis';

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const res = handleRequest(event.data);
	self.postMessage(res, { transfer: transferables(res) });
};
