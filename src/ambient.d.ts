declare module 'virtual:lesson-index' {
	const index: {
		order: number;
		slug: string;
		locale: 'en' | 'zh-TW';
		meta: import('$lib/content/schema.js').LessonFrontmatter;
	}[];
	export default index;
}

// nodertc/stun ships no types; only its decoder is used, beside ours, in the STUN bench.
declare module 'stun' {
	const stun: { decode(message: Uint8Array): unknown };
	export default stun;
}
