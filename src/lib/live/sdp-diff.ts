// What changed between two SDPs, line by line (longest common subsequence), for "what did renegotiation change".
export type DiffLine = { op: 'same' | 'removed' | 'added'; text: string };

export function diffLines(before: string, after: string): DiffLine[] {
	const a = before.split(/\r?\n/).filter((l) => l !== '');
	const b = after.split(/\r?\n/).filter((l) => l !== '');
	// lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	const out: DiffLine[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			out.push({ op: 'same', text: a[i] });
			i++;
			j++;
		} else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: 'removed', text: a[i++] });
		else out.push({ op: 'added', text: b[j++] });
	}
	while (i < a.length) out.push({ op: 'removed', text: a[i++] });
	while (j < b.length) out.push({ op: 'added', text: b[j++] });
	return out;
}

/** The a=ice-ufrag of the first m-section that has one (RFC 8839 §5.4); a new one means an ICE restart. */
export function iceUfrag(sdp: string | undefined | null): string | null {
	return /^a=ice-ufrag:(\S+)/m.exec(sdp ?? '')?.[1] ?? null;
}
