import { describe, expect, it } from 'vitest';
import { classifyCaptureError } from './media-sources';

const err = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('classifyCaptureError', () => {
	it.each([
		{ args: err('NotAllowedError', 'Permission denied'), expected: 'denied' },
		{ args: err('SecurityError'), expected: 'denied' },
		{ args: err('NotFoundError', 'Requested device not found'), expected: 'no-device' },
		{ args: err('OverconstrainedError'), expected: 'no-device' },
		{ args: err('NotReadableError', 'Could not start video source'), expected: 'in-use' },
		{ args: err('AbortError'), expected: 'in-use' },
		{ args: new TypeError('getDisplayMedia is not a function'), expected: 'unsupported' },
		{ args: err('NotSupportedError'), expected: 'unsupported' },
		{ args: 'something odd', expected: 'other' }
	])('$args.name → $expected', ({ args, expected }) => {
		expect(classifyCaptureError(args).problem).toBe(expected);
	});
	it('keeps the browser’s own name and message for the page', () => {
		expect(classifyCaptureError(err('NotAllowedError', 'Permission denied')).detail).toBe(
			'NotAllowedError: Permission denied'
		);
	});
});
