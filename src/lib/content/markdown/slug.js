/**
 * Heading id from its text: lower case, letters/digits (any script) joined by '-'.
 * Shared by the TOC builder so ids and links never disagree.
 * @param {string} text
 */
export function slugify(text) {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '') || 'section'
	);
}
