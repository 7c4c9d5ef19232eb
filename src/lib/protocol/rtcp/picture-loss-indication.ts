// RFC 4585 §6.3.1 Picture Loss Indication (PSFB, FMT = 1): no FCI.
import { DecodeError } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import type { DecodedBody, RtcpBody } from './body';
import { decodeFeedbackSsrcs } from './feedback-header';
import type { PictureLossIndication } from './types';

export function decodePictureLossIndication(body: RtcpBody): DecodedBody<PictureLossIndication> {
	const head = decodeFeedbackSsrcs(body);
	if (head.fci !== body.end) {
		throw new DecodeError('PLI carries no FCI, so its length field must be 2', head.fci, 'bad-length');
	}
	return {
		value: { kind: 'PLI', senderSsrc: head.senderSsrc, mediaSsrc: head.mediaSsrc },
		spans: head.spans
	};
}

export function encodePictureLossIndication(w: ByteWriter, p: PictureLossIndication): void {
	w.u32(p.senderSsrc).u32(p.mediaSsrc);
}
