// Cross-check with sdp-transform 3.0.0 (an independent, widely used parser): where both parse a field, they agree.
import { describe, test } from 'vitest';
import { expectAgreesWithSdpTransform } from './sdp-transform-check';
import { loadFixtures } from './test-fixtures';

describe('agrees with sdp-transform 3.0.0', () => {
	test.each(loadFixtures().map((f) => ({ args: f.file, text: f.text })))('$args', ({ text }) => {
		expectAgreesWithSdpTransform(text);
	});
});
