import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parseInput, type InputFormat } from './input';
import { hex, toHex } from './hex';
import { DecodeError } from './span';

// The pasted texts below are the real output of each tool on packets 1 and 2 of
// test/fixtures/captures/stun-turn.pcapng (turnutils_stunclient's Binding Request and coturn's response).

/** Packet 1's STUN payload: Binding Request, transaction ID bbd939baaa71885151 78cd4d. */
const bindingRequest = hex(`
	00 01 00 00   # Binding Request, length 0
	21 12 a4 42   # magic cookie
	bb d9 39 ba   # transaction ID
	aa 71 88 51
	51 78 cd 4d
`);

/** Packet 2's STUN payload: coturn's Binding Success Response (80 bytes). */
const bindingResponse = hex(`
	01 01 00 3c   # Binding Success Response, length 60
	21 12 a4 42   # magic cookie
	bb d9 39 ba aa 71 88 51 51 78 cd 4d   # transaction ID
	00 20 00 08   # XOR-MAPPED-ADDRESS
	00 01 a1 e8 5e 12 a4 43
	00 01 00 08   # MAPPED-ADDRESS
	00 01 80 fa 7f 00 00 01
	80 2b 00 08   # RESPONSE-ORIGIN
	00 01 0d 96 7f 00 00 01
	80 22 00 14   # SOFTWARE "Coturn-4.6.1 'Gorst'"
	43 6f 74 75 72 6e 2d 34 2e 36 2e 31 20 27 47 6f 72 73 74 27
`);

const tsharkX = `0000  00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00   ..............E.
0010  00 30 7a 8e 40 00 40 11 c2 2c 7f 00 00 01 7f 00   .0z.@.@..,......
0020  00 01 80 fa 0d 96 00 1c fe 2f 00 01 00 00 21 12   ........./....!.
0030  a4 42 bb d9 39 ba aa 71 88 51 51 78 cd 4d         .B..9..q.QQx.M
`;

const tsharkXResponse = `0000  00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00   ..............E.
0010  00 6c 7a 8f 40 00 40 11 c1 ef 7f 00 00 01 7f 00   .lz.@.@.........
0020  00 01 0d 96 80 fa 00 58 fe 6b 01 01 00 3c 21 12   .......X.k...<!.
0030  a4 42 bb d9 39 ba aa 71 88 51 51 78 cd 4d 00 20   .B..9..q.QQx.M. 
0040  00 08 00 01 a1 e8 5e 12 a4 43 00 01 00 08 00 01   ......^..C......
0050  80 fa 7f 00 00 01 80 2b 00 08 00 01 0d 96 7f 00   .......+........
0060  00 01 80 22 00 14 43 6f 74 75 72 6e 2d 34 2e 36   ..."..Coturn-4.6
0070  2e 31 20 27 47 6f 72 73 74 27                     .1 'Gorst'`;

/** Wireshark 3.x+ "Copy › …as Hex Dump": three spaces after the offset. */
const wiresharkCopy = `0000   00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00   ..............E.
0010   00 30 7a 8e 40 00 40 11 c2 2c 7f 00 00 01 7f 00   .0z.@.@..,......
0020   00 01 80 fa 0d 96 00 1c fe 2f 00 01 00 00 21 12   ........./....!.
0030   a4 42 bb d9 39 ba aa 71 88 51 51 78 cd 4d         .B..9..q.QQx.M`;

const tcpdumpXX = `03:56:56.462151 IP localhost.33018 > localhost.3478: UDP, length 20
	0x0000:  0000 0000 0000 0000 0000 0000 0800 4500
	0x0010:  0030 7a8e 4000 4011 c22c 7f00 0001 7f00
	0x0020:  0001 80fa 0d96 001c fe2f 0001 0000 2112
	0x0030:  a442 bbd9 39ba aa71 8851 5178 cd4d
`;

const tcpdumpX = `03:56:56.462151 IP localhost.33018 > localhost.3478: UDP, length 20
	0x0000:  4500 0030 7a8e 4000 4011 c22c 7f00 0001  E..0z.@.@..,....
	0x0010:  7f00 0001 80fa 0d96 001c fe2f 0001 0000  .........../....
	0x0020:  2112 a442 bbd9 39ba aa71 8851 5178 cd4d  !..B..9..q.QQx.M
`;

const xxd = `00000000: 0101 003c 2112 a442 bbd9 39ba aa71 8851  ...<!..B..9..q.Q
00000010: 5178 cd4d 0020 0008 0001 a1e8 5e12 a443  Qx.M. ......^..C
00000020: 0001 0008 0001 80fa 7f00 0001 802b 0008  .............+..
00000030: 0001 0d96 7f00 0001 8022 0014 436f 7475  ........."..Cotu
00000040: 726e 2d34 2e36 2e31 2027 476f 7273 7427  rn-4.6.1 'Gorst'
`;

const xxdShort = `00000000: 0001 0000 2112 a442 bbd9 39ba aa71 8851  ....!..B..9..q.Q
00000010: 5178 cd4d                                Qx.M
`;

const hexdumpC = `00000000  00 01 00 00 21 12 a4 42  bb d9 39 ba aa 71 88 51  |....!..B..9..q.Q|
00000010  51 78 cd 4d                                       |Qx.M|
00000014
`;

const hexdumpSqueezed = `00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|
*
00000040  61 62 63                                          |abc|
00000043
`;

const xxdI = `unsigned char stun1_bin[] = {
  0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42, 0xbb, 0xd9, 0x39, 0xba,
  0xaa, 0x71, 0x88, 0x51, 0x51, 0x78, 0xcd, 0x4d
};
unsigned int stun1_bin_len = 20;`;

/** Python's repr of packet 2's payload. */
const pythonBytes = String.raw`b'\x01\x01\x00<!\x12\xa4B\xbb\xd99\xba\xaaq\x88QQx\xcdM\x00 \x00\x08\x00\x01\xa1\xe8^\x12\xa4C\x00\x01\x00\x08\x00\x01\x80\xfa\x7f\x00\x00\x01\x80+\x00\x08\x00\x01\r\x96\x7f\x00\x00\x01\x80"\x00\x14Coturn-4.6.1 \'Gorst\''`;

const zeros64abc = new Uint8Array([...new Array(64).fill(0), 0x61, 0x62, 0x63]);

describe('parseInput accepts what people paste', () => {
	it.each<{ name: string; args: string; expected: { bytes: Uint8Array; format: InputFormat } }>([
		{
			name: 'plain hex',
			args: '000100002112a442bbd939baaa71885151 78cd4d'.replace(' ', ''),
			expected: { bytes: bindingRequest, format: 'hex' }
		},
		{
			name: 'plain hex in capitals, wrapped (xxd -p)',
			args: '000100002112A442BBD939BA\naa71885151\n78cd4d\n',
			expected: { bytes: bindingRequest, format: 'hex' }
		},
		{
			name: 'spaced hex',
			args: ' 00 01 00 00 21 12 a4 42 bb d9 39 ba aa 71 88 51 51 78 cd 4d ',
			expected: { bytes: bindingRequest, format: 'spaced-hex' }
		},
		{
			name: 'colon-separated hex (tshark udp.payload)',
			args: '00:01:00:00:21:12:a4:42:bb:d9:39:ba:aa:71:88:51:51:78:cd:4d',
			expected: { bytes: bindingRequest, format: 'spaced-hex' }
		},
		{
			name: 'dash-separated words',
			args: '0001-0000-2112-a442-bbd939ba-aa718851-5178cd4d',
			expected: { bytes: bindingRequest, format: 'spaced-hex' }
		},
		{
			name: 'hex with # comments',
			args: '00 01 00 00 # Binding Request\n21 12 a4 42 # cookie\nbbd939baaa71885151 78cd4d',
			expected: { bytes: bindingRequest, format: 'spaced-hex' }
		},
		{ name: 'xxd -i C array', args: xxdI, expected: { bytes: bindingRequest, format: '0x-hex' } },
		{
			name: '0x bytes without braces',
			args: '0x00 0x01 0x00 0x00, 0x2112a442, 0xbb,0xd9,0x39,0xba,0xaa,0x71,0x88,0x51,0x51,0x78,0xcd,0x4d',
			expected: { bytes: bindingRequest, format: '0x-hex' }
		},
		{
			name: 'Wireshark "Copy as Escaped String"',
			args: '"\\x00\\x01\\x00\\x00\\x21\\x12\\xa4\\x42\\xbb\\xd9\\x39\\xba" \\\n"\\xaa\\x71\\x88\\x51\\x51\\x78\\xcd\\x4d"',
			expected: { bytes: bindingRequest, format: '0x-hex' }
		},
		{
			name: 'bare \\x escapes',
			args: '\\x00\\x01\\x00\\x00\\x21\\x12\\xa4\\x42\\xbb\\xd9\\x39\\xba\\xaa\\x71\\x88\\x51\\x51\\x78\\xcd\\x4d',
			expected: { bytes: bindingRequest, format: '0x-hex' }
		},
		{ name: 'Python bytes repr', args: pythonBytes, expected: { bytes: bindingResponse, format: '0x-hex' } },
		{ name: 'xxd', args: xxd, expected: { bytes: bindingResponse, format: 'hexdump' } },
		{
			name: 'xxd with a short last line',
			args: xxdShort,
			expected: { bytes: bindingRequest, format: 'hexdump' }
		},
		{
			name: 'hexdump -C with its closing offset',
			args: hexdumpC,
			expected: { bytes: bindingRequest, format: 'hexdump' }
		},
		{
			name: 'hexdump -C with * for repeated lines',
			args: hexdumpSqueezed,
			expected: { bytes: zeros64abc, format: 'hexdump' }
		},
		{
			name: 'base64 (coreutils base64)',
			args: 'AAEAACESpEK72Tm6qnGIUVF4zU0=',
			expected: { bytes: bindingRequest, format: 'base64' }
		},
		{
			name: 'base64 without padding',
			args: 'AAEAACESpEK72Tm6qnGIUVF4zU0',
			expected: { bytes: bindingRequest, format: 'base64' }
		},
		{
			name: 'base64 wrapped over lines',
			args: 'AQEAPCESpEK72Tm6qnGIUVF4zU0AIAAIAAGh6F4SpEMAAQAIAAGA+n8AAAGAKwAIAAENln8AAAGA\nIgAUQ290dXJuLTQuNi4xICdHb3JzdCc=\n',
			expected: { bytes: bindingResponse, format: 'base64' }
		},
		{
			name: 'URL-safe base64 (basenc --base64url)',
			args: 'AQEAPCESpEK72Tm6qnGIUVF4zU0AIAAIAAGh6F4SpEMAAQAIAAGA-n8AAAGAKwAIAAENln8AAAGAIgAUQ290dXJuLTQuNi4xICdHb3JzdCc',
			expected: { bytes: bindingResponse, format: 'base64' }
		}
	])('$name', ({ args, expected }) => {
		const r = parseInput(args);
		expect({ bytes: toHex(r.bytes), format: r.format }).toEqual({
			bytes: toHex(expected.bytes),
			format: expected.format
		});
		expect(r.frame).toBeUndefined();
	});

	it.each([
		{ name: 'tshark -x', args: tsharkX, expected: { linkType: 'ethernet', payload: bindingRequest } },
		{
			name: 'tshark -x, ASCII column with a trailing space',
			args: tsharkXResponse,
			expected: { linkType: 'ethernet', payload: bindingResponse }
		},
		{
			name: 'Wireshark Copy as Hex Dump',
			args: wiresharkCopy,
			expected: { linkType: 'ethernet', payload: bindingRequest }
		},
		{
			name: 'tcpdump -xx (with its summary line)',
			args: tcpdumpXX,
			expected: { linkType: 'ethernet', payload: bindingRequest }
		},
		{
			name: 'tcpdump -X (from the IP header)',
			args: tcpdumpX,
			expected: { linkType: 'raw-ip', payload: bindingRequest }
		},
		{
			name: 'tshark -x with trailing spaces trimmed by an editor',
			args: tsharkXResponse.replace(/ +$/gm, ''),
			expected: { linkType: 'ethernet', payload: bindingResponse }
		}
	])('$name → frame stripped to the UDP payload', ({ args, expected }) => {
		const r = parseInput(args);
		expect(r.format).toBe('hexdump');
		const f = r.frame!.value;
		expect(f.linkType).toBe(expected.linkType);
		expect(toHex(r.bytes.subarray(f.payloadOffset, f.payloadOffset + f.payloadLength))).toBe(
			toHex(expected.payload)
		);
	});

	it('follows the link type it is told', () => {
		expect(parseInput(tsharkX, { linkType: 'none' }).frame).toBeUndefined();
		expect(parseInput(tcpdumpX, { linkType: 'raw-ip' }).frame?.value.payloadOffset).toBe(28);
		expect(() => parseInput('00 01 00 00', { linkType: 'ethernet' })).toThrowError(DecodeError);
	});

	it('reads hex made only of hex digits as hex, not base64', () => {
		expect(parseInput('deadbeef')).toMatchObject({ format: 'hex', bytes: hex('deadbeef') });
		expect(parseInput('1234')).toMatchObject({ format: 'hex', bytes: hex('1234') });
		// With padding or letters past f it is base64.
		expect(parseInput('deadbee=')).toMatchObject({ format: 'base64', bytes: hex('75e69d6de7') });
		expect(parseInput('3q2+7w==')).toMatchObject({ format: 'base64', bytes: hex('deadbeef') });
	});

	it('reads whole 0x-hex as hex, but base64 with a line that starts "0x" as base64', () => {
		// "0xaA" is also the base64 of d3 16 80; the documented rule makes it the byte aa.
		expect(parseInput('0xaA', { linkType: 'none' })).toMatchObject({ format: '0x-hex', bytes: hex('aa') });
		// Wrapped base64 whose second line starts "0xa" (python3 base64.b64decode("AAAA0xaQ") = 000000d31690).
		expect(parseInput('AAAA\n0xaQ', { linkType: 'none' })).toMatchObject({
			format: 'base64',
			bytes: hex('000000d31690')
		});
		// Not base64 either: the 0x-hex error stands.
		expect(() => parseInput('0x12, 0xzz')).toThrowError(/"0x" without hex digits/);
	});
});

describe('parseInput errors point at the first bad character', () => {
	it.each([
		{ args: '', expected: { code: 'empty', line: 1, column: 1 } },
		{ args: '  \n ', expected: { code: 'empty', line: 1, column: 1 } },
		{
			args: '00 01 00\n21 12 a4 4',
			expected: { code: 'odd-digits', line: 2, column: 10, message: /the byte "4" on line 2 has one digit/ }
		},
		{
			args: '000100\n2112a44\n',
			expected: {
				code: 'odd-digits',
				line: 2,
				column: 7,
				message: /odd number of hex digits \(13\): the last byte on line 2 has one digit/
			}
		},
		{
			args: '00 01 zz 00',
			expected: { code: 'bad-character', line: 1, column: 7, message: /"z" is not a hex digit/ }
		},
		{ args: '00 01\n00 0g', expected: { code: 'bad-character', line: 2, column: 5 } },
		{ args: 'hello world!', expected: { code: 'bad-character', line: 1, column: 1 } },
		{ args: 'AAEAACESpEK72Tm6q', expected: { code: 'bad-base64', line: 1, column: 17 } },
		{ args: 'AAE+ACE_', expected: { code: 'bad-base64', line: 1, column: 8, message: /mixes URL-safe/ } },
		{ args: 'AAEAAC==ES', expected: { code: 'bad-base64', line: 1, column: 9 } },
		{ args: '0x00, 0x01, 0xg2', expected: { code: 'bad-character', line: 1, column: 13 } },
		{ args: '0x00, 0x012', expected: { code: 'odd-digits', line: 1, column: 7 } },
		{ args: '"\\x00\\x0', expected: { code: 'bad-character', line: 1, column: 6 } },
		{ args: "b'\\x00", expected: { code: 'unclosed-string', line: 1, column: 2 } },
		{
			args: tcpdumpXX.replace('0x0020', '0x0030'),
			expected: { code: 'bad-offset', line: 4, column: 4, message: /does not follow on/ }
		},
		{ args: tsharkX + tsharkX, expected: { code: 'bad-offset', line: 5, column: 1, message: /goes back/ } },
		{ args: xxd.replace('2d34', '2d3x'), expected: { code: 'bad-character', line: 5, column: 19 } },
		{
			args: '0000000 0100 0000 1221 42a4 d9bb ba39 71aa 5188\n0000010 7851 4dcd\n',
			expected: { code: 'unsupported-dump', line: 1, column: 1 }
		}
	])('$expected.code at line $expected.line, column $expected.column', ({ args, expected }) => {
		try {
			parseInput(args);
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			expect(e).toBeInstanceOf(DecodeError);
			const err = e as InputError;
			expect({ code: err.code, line: err.line, column: err.column }).toEqual({
				code: expected.code,
				line: expected.line,
				column: expected.column
			});
			if (expected.message) expect(err.message).toMatch(expected.message);
			expect(err.message).toMatch(new RegExp(`\\(line ${expected.line}, column ${expected.column}\\)$`));
		}
	});
});

describe('parseInput properties', () => {
	const onlyTypedErrors = (text: string) => {
		try {
			parseInput(text);
		} catch (e) {
			if (!(e instanceof DecodeError)) throw e;
		}
	};
	it('random text → bytes or a DecodeError/InputError, nothing else', () => {
		fc.assert(fc.property(fc.string({ maxLength: 200 }), onlyTypedErrors), { numRuns: 1000 });
		const alphabet = fc.constantFrom(...'0123456789abcdefxX:|*\\"\' \t\n=+/-_.{},'.split(''));
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
				onlyTypedErrors
			),
			{ numRuns: 1000 }
		);
	});
	it('pasted dumps with random edits → bytes or a typed error', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(tsharkX, tcpdumpXX, tcpdumpX, xxd, hexdumpC, hexdumpSqueezed, xxdI, pythonBytes),
				fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { maxLength: 4 }),
				(text, edits) => {
					let t = text;
					for (const [at, s] of edits)
						t = t.slice(0, at % (t.length + 1)) + s + t.slice((at % (t.length + 1)) + 1);
					onlyTypedErrors(t);
				}
			),
			{ numRuns: 500 }
		);
	});
	it('large pastes stay typed and bounded', () => {
		const big = '0x' + 'ab'.repeat(300_000);
		expect(parseInput(big, { linkType: 'none' }).bytes.length).toBe(300_000);
		expect(parseInput('ab  '.repeat(200_000), { linkType: 'none' }).bytes.length).toBe(200_000);
		expect(() =>
			parseInput(
				'00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|\n*\nffffff00  00\n'
			)
		).toThrowError(/past the 16777216-byte limit/);
	});
	it('random bytes round trip through every format', () => {
		// The 0x-hex grammar as documented: "0x" then one hex digit or an even run of them, repeated.
		const wholeZeroXHex = (t: string) => {
			let i = 0;
			while (i < t.length) {
				if (!/^0[xX]/.test(t.slice(i, i + 2))) return false;
				let j = i + 2;
				while (j < t.length && /[0-9a-fA-F]/.test(t[j])) j++;
				const n = j - i - 2;
				if (n === 0 || (n > 1 && n % 2)) return false;
				i = j;
			}
			return true;
		};
		// Digits are read greedily, so "0xa0x12" is "0xa0" then a stray "x12".
		expect(['0xaA', '0x7', '0xa0x12', '0xabc', '0xaQ'].map(wholeZeroXHex)).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
		const b64 = (b: Uint8Array) => {
			const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
			let out = '';
			for (let i = 0; i < b.length; i += 3) {
				const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
				out +=
					abc[n >>> 18] +
					abc[(n >>> 12) & 63] +
					(i + 1 < b.length ? abc[(n >>> 6) & 63] : '=') +
					(i + 2 < b.length ? abc[n & 63] : '=');
			}
			return out;
		};
		const xxdLike = (b: Uint8Array) => {
			const lines: string[] = [];
			for (let o = 0; o < b.length; o += 16) {
				const row = b.subarray(o, o + 16);
				const hexPart = toHex(row, ' ').padEnd(47, ' ');
				const ascii = Array.from(row, (x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.')).join('');
				lines.push(
					`${o.toString(16).padStart(8, '0')}  ${hexPart.slice(0, 23)}  ${hexPart.slice(24)}  |${ascii}|`
				);
			}
			return lines.join('\n');
		};
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), (b) => {
				const texts = [
					toHex(b),
					toHex(b, ' '),
					toHex(b, ':'),
					Array.from(b, (x) => `0x${x.toString(16)}`).join(', '),
					xxdLike(b)
				];
				for (const t of texts) expect(toHex(parseInput(t, { linkType: 'none' }).bytes)).toBe(toHex(b));
				// Base64 that is also whole hex or whole 0x-hex reads as hex (documented); others must round-trip.
				const s = b64(b);
				const read = parseInput(s, { linkType: 'none' });
				if (/^[0-9a-fA-F]+$/.test(s)) expect(read.format).toBe('hex');
				else if (wholeZeroXHex(s)) expect(read.format).toBe('0x-hex');
				else {
					expect(read.format).toBe('base64');
					expect(toHex(read.bytes)).toBe(toHex(b));
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('annotated hex whose comments mention 0x values', () => {
	it('is read as hex, not as 0x-prefixed bytes', () => {
		const r = parseInput('80 60 12 34   # V=2, PT=96, seq 0x1234\nde ad be ef   # timestamp 0xdeadbeef\n');
		expect(r.format).toBe('spaced-hex');
		expect(Array.from(r.bytes)).toEqual([0x80, 0x60, 0x12, 0x34, 0xde, 0xad, 0xbe, 0xef]);
	});
});
