// RFC 3550 Appendix A.8 Estimating the Interarrival Jitter (and §6.4.1 "interarrival jitter")

/** Relative transit time: arrival in RTP timestamp units minus the packet's RTP timestamp. */
export function transitTime(arrivalTimestampUnits: number, rtpTimestamp: number): number {
	return arrivalTimestampUnits - rtpTimestamp;
}

/** One step of J(i) = J(i−1) + (|D(i−1,i)| − J(i−1))/16, with D the difference of successive transit times. */
export function updateJitter(jitter: number, previousTransit: number, transit: number): number {
	const d = Math.abs(transit - previousTransit);
	return jitter + (d - jitter) / 16;
}

/** Jitter after a run of packets given as (arrival, rtpTimestamp) pairs in timestamp units, starting from 0. */
export function jitterOf(packets: readonly { arrival: number; rtpTimestamp: number }[]): number {
	let jitter = 0;
	for (let i = 1; i < packets.length; i++) {
		jitter = updateJitter(
			jitter,
			transitTime(packets[i - 1].arrival, packets[i - 1].rtpTimestamp),
			transitTime(packets[i].arrival, packets[i].rtpTimestamp)
		);
	}
	return jitter;
}
