// Big-endian byte writer that grows as needed (network byte order, RFC 791 Appendix B).

export class ByteWriter {
	private buf: Uint8Array;
	length = 0;

	constructor(capacity = 256) {
		this.buf = new Uint8Array(capacity);
	}

	private ensure(n: number): void {
		if (this.length + n <= this.buf.length) return;
		let size = this.buf.length * 2;
		while (size < this.length + n) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.buf.subarray(0, this.length));
		this.buf = next;
	}

	u8(v: number): this {
		this.ensure(1);
		this.buf[this.length++] = v & 0xff;
		return this;
	}

	u16(v: number): this {
		this.ensure(2);
		this.buf[this.length++] = (v >>> 8) & 0xff;
		this.buf[this.length++] = v & 0xff;
		return this;
	}

	u24(v: number): this {
		this.ensure(3);
		this.buf[this.length++] = (v >>> 16) & 0xff;
		return this.u16(v & 0xffff);
	}

	u32(v: number): this {
		return this.u16((v >>> 16) & 0xffff).u16(v & 0xffff);
	}

	u64(v: bigint): this {
		return this.u32(Number((v >> 32n) & 0xffffffffn)).u32(Number(v & 0xffffffffn));
	}

	bytes(b: Uint8Array): this {
		this.ensure(b.length);
		this.buf.set(b, this.length);
		this.length += b.length;
		return this;
	}

	/** Zero bytes up to the next multiple of `n` (RFC 8489 §14 pads attributes to 4). */
	pad(n: number, fill = 0): this {
		while (this.length % n !== 0) this.u8(fill);
		return this;
	}

	/** Overwrites a 16-bit value already written at `at`. */
	setU16(at: number, v: number): this {
		this.buf[at] = (v >>> 8) & 0xff;
		this.buf[at + 1] = v & 0xff;
		return this;
	}

	/** A copy of what has been written. */
	finish(): Uint8Array {
		return this.buf.slice(0, this.length);
	}
}
