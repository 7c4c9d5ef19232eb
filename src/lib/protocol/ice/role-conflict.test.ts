import { describe, expect, test } from 'vitest';
import {
	onRoleConflictResponse,
	resolveRoleConflict,
	type RoleConflictInput,
	type RoleConflictResult
} from './role-conflict';

describe('resolveRoleConflict (RFC 8445 §7.3.1.1)', () => {
	const big = 0xffff_ffff_ffff_fff0n;
	const table: { args: RoleConflictInput; expected: RoleConflictResult }[] = [
		// Both controlling: the larger tie-breaker keeps controlling; the receiver answers 487 if it wins.
		{
			args: { myRole: 'controlling', myTieBreaker: big, theirRole: 'controlling', theirTieBreaker: 1n },
			expected: { action: 'send-487', newRole: 'controlling' }
		},
		{
			args: { myRole: 'controlling', myTieBreaker: 5n, theirRole: 'controlling', theirTieBreaker: 5n },
			expected: { action: 'send-487', newRole: 'controlling' }
		},
		{
			args: { myRole: 'controlling', myTieBreaker: 1n, theirRole: 'controlling', theirTieBreaker: big },
			expected: { action: 'switch-role', newRole: 'controlled' }
		},
		// Both controlled: the larger tie-breaker becomes controlling.
		{
			args: { myRole: 'controlled', myTieBreaker: big, theirRole: 'controlled', theirTieBreaker: 1n },
			expected: { action: 'switch-role', newRole: 'controlling' }
		},
		{
			args: { myRole: 'controlled', myTieBreaker: 5n, theirRole: 'controlled', theirTieBreaker: 5n },
			expected: { action: 'switch-role', newRole: 'controlling' }
		},
		{
			args: { myRole: 'controlled', myTieBreaker: 1n, theirRole: 'controlled', theirTieBreaker: big },
			expected: { action: 'send-487', newRole: 'controlled' }
		},
		// Different roles: no conflict.
		{
			args: { myRole: 'controlling', myTieBreaker: 1n, theirRole: 'controlled', theirTieBreaker: big },
			expected: { action: 'none', newRole: 'controlling' }
		},
		{
			args: { myRole: 'controlled', myTieBreaker: big, theirRole: 'controlling', theirTieBreaker: 1n },
			expected: { action: 'none', newRole: 'controlled' }
		}
	];
	test.each(table)('$args.myRole vs $args.theirRole → $expected.action', ({ args, expected }) => {
		expect(resolveRoleConflict(args)).toEqual(expected);
	});

	test('the two agents never end with the same role', () => {
		for (const role of ['controlling', 'controlled'] as const) {
			const a = { role, tb: 7n };
			const b = { role, tb: 9n };
			const atB = resolveRoleConflict({
				myRole: b.role,
				myTieBreaker: b.tb,
				theirRole: a.role,
				theirTieBreaker: a.tb
			});
			// If b answers 487, a switches (§7.2.5.1); if b switches, a keeps its role.
			const aRole = atB.action === 'send-487' ? onRoleConflictResponse(a.role).newRole : a.role;
			expect(aRole).not.toBe(atB.newRole);
		}
	});
});

describe('onRoleConflictResponse (RFC 8445 §7.2.5.1)', () => {
	test.each([
		{ args: 'controlling' as const, expected: 'controlled' },
		{ args: 'controlled' as const, expected: 'controlling' }
	])('$args → $expected', ({ args, expected }) => {
		expect(onRoleConflictResponse(args)).toEqual({ action: 'switch-role-and-retry', newRole: expected });
	});
});
