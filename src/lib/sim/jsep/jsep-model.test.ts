import { describe, expect, it } from 'vitest';
import { JsepModel } from './jsep-model';

const names = (p: { events: { name: string }[] }) => p.events.map((e) => e.name);

describe('JsepModel', () => {
	it('starts where a new RTCPeerConnection starts (webrtc-pc constructor)', () => {
		expect(new JsepModel().snapshot()).toMatchObject({
			signalingState: 'stable',
			iceGatheringState: 'new',
			iceConnectionState: 'new',
			connectionState: 'new',
			localDescription: null,
			remoteDescription: null
		});
	});

	it('an offerer: SLD starts gathering, candidates, complete, then ICE and DTLS connect', () => {
		const pc = new JsepModel({ name: 'A' });
		expect(names(pc.call({ type: 'api.addTrack' }))).toEqual(['negotiationneeded']);
		const sld = pc.call({ type: 'api.setLocalDescription' });
		expect(names(sld)).toEqual(['signalingstatechange', 'icegatheringstatechange']);
		expect(sld.state.iceGatheringState).toBe('gathering');
		expect(
			names(
				pc.transport({
					type: 'transport.iceCandidate',
					candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ host'
				})
			)
		).toEqual(['icecandidate']);
		expect(names(pc.transport({ type: 'transport.gatheringComplete' }))).toEqual([
			'icegatheringstatechange',
			'icecandidate'
		]);
		const answer = pc.call({ type: 'api.setRemoteDescription', description: { type: 'answer', sdp: 'a' } });
		expect(names(answer)).toEqual(['signalingstatechange']);
		expect(answer.state.currentLocalDescription?.type).toBe('offer');
		expect(answer.state.currentRemoteDescription?.type).toBe('answer');
		expect(names(pc.transport({ type: 'transport.iceState', state: 'checking' }))).toEqual([
			'iceconnectionstatechange',
			'connectionstatechange'
		]);
		expect(pc.snapshot().connectionState).toBe('connecting');
		pc.transport({ type: 'transport.iceState', state: 'connected' });
		expect(pc.snapshot()).toMatchObject({ iceConnectionState: 'connected', connectionState: 'connecting' });
		pc.transport({ type: 'transport.dtlsState', state: 'connecting' });
		const dtls = pc.transport({ type: 'transport.dtlsState', state: 'connected' });
		expect(dtls.events).toEqual([{ name: 'connectionstatechange', state: 'connected' }]);
	});

	it('ICE disconnected then failed; DTLS failure fails the connection', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription' });
		pc.transport({ type: 'transport.iceState', state: 'connected' });
		pc.transport({ type: 'transport.dtlsState', state: 'connected' });
		pc.transport({ type: 'transport.iceState', state: 'disconnected' });
		expect(pc.snapshot()).toMatchObject({
			iceConnectionState: 'disconnected',
			connectionState: 'disconnected'
		});
		pc.transport({ type: 'transport.iceState', state: 'connected' });
		pc.transport({ type: 'transport.dtlsState', state: 'failed' });
		expect(pc.snapshot()).toMatchObject({ iceConnectionState: 'connected', connectionState: 'failed' });
	});

	it('close(): closed without events; gathering state kept; later transport events ignored', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription' });
		pc.transport({ type: 'transport.iceState', state: 'checking' });
		const closed = pc.call({ type: 'api.close' });
		expect(closed.events).toEqual([]);
		expect(closed.state).toMatchObject({
			signalingState: 'closed',
			iceConnectionState: 'closed',
			connectionState: 'closed',
			iceGatheringState: 'gathering'
		});
		expect(pc.transport({ type: 'transport.iceState', state: 'connected' }).events).toEqual([]);
		const sld = pc.call({ type: 'api.setLocalDescription' });
		expect(sld.error?.name).toBe('InvalidStateError');
	});

	it('restartIce → negotiationneeded → new offer gathers again', () => {
		const pc = new JsepModel();
		pc.call({ type: 'api.setLocalDescription' });
		pc.transport({ type: 'transport.gatheringComplete' });
		pc.call({ type: 'api.setRemoteDescription', description: { type: 'answer', sdp: 'a' } });
		expect(names(pc.call({ type: 'api.restartIce' }))).toEqual(['negotiationneeded']);
		const offer = pc.call({ type: 'api.setLocalDescription' });
		expect(offer.startsGathering).toBe(true);
		expect(offer.state.iceGatheringState).toBe('gathering');
	});

	it('createOffer resolves with a description; a munged SLD rejects', () => {
		const pc = new JsepModel({ name: 'A' });
		const offer = pc.call({ type: 'api.createOffer' });
		expect(offer.description?.type).toBe('offer');
		const munged = pc.call({
			type: 'api.setLocalDescription',
			description: { type: 'offer', sdp: offer.description!.sdp + 'a=x\r\n' },
			sdpModified: true
		});
		expect(munged.ok).toBe(false);
		expect(munged.error?.name).toBe('InvalidModificationError');
		expect(munged.state.signalingState).toBe('stable');
	});
});
