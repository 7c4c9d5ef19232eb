// One table row per TURN attribute (RFC 8656 §18): decoded through the shared STUN registry.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../bytes/hex';
import { decodeStun, encodeStun, ATTRIBUTE_BY_TYPE } from '../../stun';
import { TURN_ATTRIBUTE_CASES, TRANSACTION_ID } from '../../../../../test/fixtures/stun/attributes';
import { plain, wrapInMessage } from '../../../../../test/fixtures/stun/helpers';
import { TURN_ATTRIBUTES } from '..';

describe('TURN attributes', () => {
	it.each(TURN_ATTRIBUTE_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
		const bytes = wrapInMessage(c.hex, TRANSACTION_ID);
		const { value } = decodeStun(bytes);
		const a = value.attributes[0];
		expect(a.raw).toBeFalsy();
		expect({ type: a.type, name: a.name, value: plain(a.value) }).toEqual(c.expected);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});

	it('every TURN attribute is in the STUN registry', () => {
		for (const codec of TURN_ATTRIBUTES) expect(ATTRIBUTE_BY_TYPE.get(codec.type)).toBe(codec);
		expect(TURN_ATTRIBUTES).toHaveLength(13);
	});

	it('keeps non-zero reserved bits so re-encoding is exact', () => {
		const bytes = wrapInMessage('00 19 00 04  11 00 00 01  00 18 00 01  81 00 00 00', TRANSACTION_ID);
		const { value } = decodeStun(bytes);
		expect(plain(value.attributes.map((a) => a.value))).toEqual([
			{ protocol: 17, reserved: 1 },
			{ reservePort: true, reserved: 1 }
		]);
		expect(toHex(encodeStun(value))).toBe(toHex(bytes));
	});
});
