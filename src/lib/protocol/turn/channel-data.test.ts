// ChannelData (RFC 8656 §12.4): table of hand-built cases plus pion/turn's Chrome captures.
import { describe, expect, it } from 'vitest';
import { hex, toHex } from '../bytes/hex';
import { DecodeError } from '../bytes/span';
import { decodeStun, verifyStun } from '../stun';
import { decodeChannelData, encodeChannelData, isChannelData } from '.';
import { channelDataCases } from '../../../../test/fixtures/stun/turn-messages';
import { pionChannelData } from '../../../../test/fixtures/stun/captures';

describe('ChannelData', () => {
	it.each(channelDataCases.map((c) => [c.name, c] as const))('%s', (_, c) => {
		const bytes = hex(c.hex);
		const { value, spans } = decodeChannelData(bytes);
		expect([value.channelNumber, toHex(value.data), value.padding && toHex(value.padding)]).toEqual([
			c.channelNumber,
			c.data,
			c.padding
		]);
		expect(spans[0].noteId).toBe(
			c.rfc5766Only ? 'turn.channel-data.channel-number-rfc5766' : 'turn.channel-data.channel-number'
		);
		if (c.rfc5766Only) expect(spans[0].display).toMatch(/valid under RFC 5766/);
		expect(isChannelData(bytes)).toBe(true);
		expect(toHex(encodeChannelData(value))).toBe(toHex(bytes));
	});

	it('pads to 4 on request (TCP) and not by default (UDP)', () => {
		const m = { channelNumber: 0x4000, data: hex('010203') };
		expect(toHex(encodeChannelData(m))).toBe('40000003010203');
		expect(toHex(encodeChannelData(m, { pad: true }))).toBe('4000000301020300');
	});

	it.each([
		{ args: '3f ff 00 00', expected: 'not-channel-data' },
		{ args: '80 00 00 00', expected: 'not-channel-data' },
		{ args: '40 00 00 05 01 02', expected: 'truncated' },
		{ args: '40 00 00 01 01 00 00 00 00', expected: 'trailing-bytes' },
		{ args: '40', expected: 'truncated' }
	])('rejects $args with $expected', ({ args, expected }) => {
		expect.assertions(2);
		try {
			decodeChannelData(hex(args));
		} catch (e) {
			expect(e).toBeInstanceOf(DecodeError);
			expect((e as DecodeError).code).toBe(expected);
		}
	});

	it('Chrome ChannelData carrying an ICE check (pion/turn capture)', () => {
		const { value, spans } = decodeChannelData(hex(pionChannelData.stunInside));
		expect([value.channelNumber, value.data.length, value.padding]).toEqual([0x4000, 100, undefined]);
		expect(spans.map((s) => s.name)).toEqual(['Channel Number', 'Length', 'Application Data']);
		const inner = decodeStun(value.data).value;
		expect(inner.class).toBe('request');
		expect(inner.attributes.map((a) => a.name)).toEqual([
			'USERNAME',
			'0xc057',
			'ICE-CONTROLLING',
			'USE-CANDIDATE',
			'PRIORITY',
			'MESSAGE-INTEGRITY',
			'FINGERPRINT'
		]);
		// Chrome's FINGERPRINT checks out with our CRC-32 and length rewrite.
		expect(verifyStun(value.data).fingerprint.ok).toBe(true);
		expect(toHex(encodeChannelData(value))).toBe(pionChannelData.stunInside);
	});

	it('Chrome ChannelData carrying DTLS (pion/turn capture)', () => {
		const { value } = decodeChannelData(hex(pionChannelData.dtlsInside));
		expect([value.channelNumber, value.data.length, value.data[0]]).toEqual([0x4000, 547, 0x16]);
		expect(toHex(encodeChannelData(value))).toBe(pionChannelData.dtlsInside);
	});
});
