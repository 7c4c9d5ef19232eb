// Big-endian ("network byte order", RFC 791 Appendix B) reader that reports truncation as a DecodeError.
import { DecodeError } from './span';

export class ByteReader {
	offset: number;
	readonly end: number;

	/** Reads `bytes` from `start` up to `end` (exclusive); offsets stay relative to the whole array. */
	constructor(
		readonly bytes: Uint8Array,
		start = 0,
		end = bytes.length
	) {
		this.offset = start;
		this.end = end;
	}

	get remaining(): number {
		return this.end - this.offset;
	}

	/** Throws a DecodeError naming `what` unless `n` more bytes are available. */
	need(n: number, what: string): void {
		if (this.remaining < n) {
			throw new DecodeError(
				`${what} needs ${n} byte${n === 1 ? '' : 's'} but only ${this.remaining} remain`,
				this.offset,
				'truncated'
			);
		}
	}

	u8(what = 'field'): number {
		this.need(1, what);
		return this.bytes[this.offset++];
	}

	u16(what = 'field'): number {
		this.need(2, what);
		const v = (this.bytes[this.offset] << 8) | this.bytes[this.offset + 1];
		this.offset += 2;
		return v;
	}

	u24(what = 'field'): number {
		this.need(3, what);
		const b = this.bytes;
		const v = (b[this.offset] << 16) | (b[this.offset + 1] << 8) | b[this.offset + 2];
		this.offset += 3;
		return v;
	}

	u32(what = 'field'): number {
		this.need(4, what);
		const b = this.bytes;
		const v =
			((b[this.offset] << 24) |
				(b[this.offset + 1] << 16) |
				(b[this.offset + 2] << 8) |
				b[this.offset + 3]) >>>
			0;
		this.offset += 4;
		return v;
	}

	u64(what = 'field'): bigint {
		const hi = BigInt(this.u32(what));
		return (hi << 32n) | BigInt(this.u32(what));
	}

	/** A view (not a copy) of the next `n` bytes. */
	take(n: number, what = 'field'): Uint8Array {
		this.need(n, what);
		const v = this.bytes.subarray(this.offset, this.offset + n);
		this.offset += n;
		return v;
	}

	skip(n: number, what = 'field'): void {
		this.need(n, what);
		this.offset += n;
	}
}
