// RFC 8445 §7.3.1.1 Detecting and Repairing Role Conflicts (a Binding request received) and §7.2.5.1 (a 487
// Role Conflict response received).
//
//   I am controlling, request carries ICE-CONTROLLING:
//     my tie-breaker >= theirs → reply 487 (Role Conflict), keep my role
//     otherwise                → switch to controlled
//   I am controlled, request carries ICE-CONTROLLED:
//     my tie-breaker >= theirs → switch to controlling
//     otherwise                → reply 487, keep my role
//   roles differ → no conflict.
import type { IceRole } from './pairing';

export interface RoleConflictInput {
	myRole: IceRole;
	myTieBreaker: bigint;
	/** The role the request claims: ICE-CONTROLLING → 'controlling', ICE-CONTROLLED → 'controlled'. */
	theirRole: IceRole;
	theirTieBreaker: bigint;
}

export interface RoleConflictResult {
	action: 'none' | 'switch-role' | 'send-487';
	/** The role after handling the request. */
	newRole: IceRole;
}

const other = (r: IceRole): IceRole => (r === 'controlling' ? 'controlled' : 'controlling');

/** What an agent does with a Binding request, per the RFC 8445 §7.3.1.1 table. */
export function resolveRoleConflict({
	myRole,
	myTieBreaker,
	theirRole,
	theirTieBreaker
}: RoleConflictInput): RoleConflictResult {
	if (myRole !== theirRole) return { action: 'none', newRole: myRole };
	const iWin = myTieBreaker >= theirTieBreaker;
	if (myRole === 'controlling') {
		return iWin ? { action: 'send-487', newRole: myRole } : { action: 'switch-role', newRole: 'controlled' };
	}
	return iWin ? { action: 'switch-role', newRole: 'controlling' } : { action: 'send-487', newRole: myRole };
}

/**
 * RFC 8445 §7.2.5.1: a 487 response to a check the agent sent means it must switch role (controlling ↔
 * controlled) and put the pair in the triggered-check queue to retry it. (It switches only if the role it
 * sent the request with is still its role.)
 */
export function onRoleConflictResponse(roleInRequest: IceRole): {
	action: 'switch-role-and-retry';
	newRole: IceRole;
} {
	return { action: 'switch-role-and-retry', newRole: other(roleInRequest) };
}
