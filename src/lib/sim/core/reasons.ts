// Structured reasons. Every event that carries an English `reason` (or a TURN `detail`) also carries `why`: a
// stable code and its parameters, so a view can word it in any language. The codes and their parameters are
// listed in ../README.md ("Reason codes"); the English text stays the engine's own wording.

export type ReasonCode =
	// NAT (RFC 4787)
	| 'nat.translate.new'
	| 'nat.translate.existing'
	| 'nat.translate.in'
	| 'nat.translate.hairpin'
	| 'nat.drop.noMapping'
	| 'nat.drop.filtered'
	| 'nat.drop.hairpinOff'
	| 'nat.drop.otherSubnet'
	| 'nat.drop.noInsideHost'
	| 'nat.mapping.idle'
	| 'nat.mapping.flushed'
	// the network between devices
	| 'net.drop.private'
	| 'net.drop.noDevice'
	| 'net.lost.scripted'
	| 'net.lost.random'
	| 'fw.drop.udpOut'
	| 'fw.drop.udpIn'
	| 'host.delivered'
	// TURN server (RFC 8656)
	| 'turn.allocated'
	| 'turn.refreshed'
	| 'turn.allocation.expired'
	| 'turn.allocation.deleted'
	| 'turn.permission'
	| 'turn.permission.expired'
	| 'turn.channel'
	| 'turn.channel.expired'
	| 'turn.drop.noPermission'
	| 'turn.drop.unboundChannel'
	| 'turn.drop.noAllocation'
	| 'turn.stopped'
	| 'turn.drop.stopped'
	// ICE agent (RFC 8445, RFC 7675) and the application around it
	| 'ice.role.conflict'
	| 'ice.consent.stale'
	| 'ice.consent.fresh'
	| 'ice.consent.lost'
	| 'ice.checklist.failed'
	| 'ice.restart'
	| 'ice.nominate'
	| 'fault.noNat'
	| 'fault.noTurn'
	| 'fault.nothingToExpire';

export type ReasonParams = Record<string, string | number>;

/** A reason as data: `code` names the sentence, `params` fill it (addresses as "ip:port" text, times in ms). */
export interface Why {
	code: ReasonCode;
	params: ReasonParams;
}

export const why = (code: ReasonCode, params: ReasonParams = {}): Why => ({ code, params });
