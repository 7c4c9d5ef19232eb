declare module 'virtual:lesson-index' {
	const index: {
		order: number;
		slug: string;
		locale: 'en' | 'zh-TW';
		meta: import('$lib/content/schema.js').LessonFrontmatter;
	}[];
	export default index;
}
