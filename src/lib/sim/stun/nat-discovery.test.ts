import { describe, expect, it } from 'vitest';
import { BEHAVIOURS } from '../nat/behaviour';
import { discoverNatBehaviour } from './nat-discovery';

describe('RFC 5780 NAT behaviour discovery against the simulated NAT', () => {
	const combos = BEHAVIOURS.flatMap((mapping) => BEHAVIOURS.map((filtering) => ({ mapping, filtering })));

	it.each(combos)('finds mapping $mapping, filtering $filtering', ({ mapping, filtering }) => {
		const found = discoverNatBehaviour({ mapping, filtering });
		expect({ mapping: found.mapping, filtering: found.filtering }).toEqual({ mapping, filtering });
	});

	it('sees no NAT for a host with a public address', () => {
		expect(discoverNatBehaviour('none').mapping).toBe('no-nat');
	});

	it('records each test with where the answer came from', () => {
		const found = discoverNatBehaviour('full-cone');
		expect(found.tests.map((t) => t.name)).toEqual([
			'mapping test I',
			'mapping test II',
			'mapping test III',
			'filtering test I',
			'filtering test II'
		]);
		expect(found.tests[4].responseOrigin).toEqual({ address: '192.0.2.3', port: 3479 });
	});
});
