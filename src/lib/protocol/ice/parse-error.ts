// The one error the ICE text parsers throw: a plain-language problem at a character position in the line.
// Decision (see index.ts): a separate class rather than DecodeError, because its position counts characters of
// an SDP line, not bytes of a packet; `position` is 0-based from the first character of the input string.

export class ParseError extends Error {
	override name = 'ParseError';
	constructor(
		message: string,
		/** 0-based character position in the input line where the problem is. */
		readonly position: number,
		/** Machine-readable code, e.g. `missing-field`, `bad-number`, `bad-address`. */
		readonly code: string = 'malformed'
	) {
		super(`${message} (at character ${position})`);
	}
}
