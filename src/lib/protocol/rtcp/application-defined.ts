// RFC 3550 §6.7 APP: Application-Defined RTCP Packet
import type { FieldSpan } from '../bytes/span';
import type { ByteWriter } from '../bytes/writer';
import { field, hex32 } from '../rtp/span-builder';
import { need, u32at, type DecodedBody, type RtcpBody } from './body';
import type { ApplicationDefined } from './types';

/*
    0                   1                   2                   3
    0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |V=2|P| subtype |   PT=APP=204  |             length            |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                           SSRC/CSRC                           |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                          name (ASCII)                         |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                   application-dependent data                ...
*/
export function decodeApplicationDefined(body: RtcpBody): DecodedBody<ApplicationDefined> {
	const { bytes: b, start: o, path } = body;
	need(body, o, 8, 'APP SSRC and name');
	const ssrc = u32at(b, o);
	const name = String.fromCharCode(b[o + 4], b[o + 5], b[o + 6], b[o + 7]);
	const data = b.slice(o + 8, body.end);
	const spans: FieldSpan[] = [
		field(`${path}.ssrc`, 'SSRC/CSRC', o, 4, ssrc, 'rtcp.senderSsrc', hex32(ssrc)),
		field(`${path}.name`, 'name', o + 4, 4, name, 'rtcp.app.name', JSON.stringify(name))
	];
	if (data.length > 0)
		spans.push(
			field(
				`${path}.data`,
				'application-dependent data',
				o + 8,
				data.length,
				data,
				'rtcp.app.data',
				`${data.length} bytes`
			)
		);
	return { value: { kind: 'APP', subtype: body.count, ssrc, name, data }, spans };
}

export function encodeApplicationDefined(w: ByteWriter, p: ApplicationDefined): void {
	if (p.name.length !== 4) throw new Error('an APP name is exactly four ASCII characters');
	w.u32(p.ssrc);
	for (let i = 0; i < 4; i++) w.u8(p.name.charCodeAt(i));
	w.bytes(p.data);
}
