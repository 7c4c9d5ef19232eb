// The study map: the order lessons are meant to be read in. A lesson file `NN-slug.md` takes its place by NN;
// entries without a file yet are shown as "coming".
import type { Locale } from '$lib/i18n/locale';
import type { TOPICS } from './schema.js';

export type Topic = (typeof TOPICS)[number];

export interface CurriculumEntry {
	order: number;
	slug: string;
	topic: Topic;
	title: Record<Locale, string>;
}

export const CURRICULUM: CurriculumEntry[] = [
	{ order: 1, slug: 'protocol-stack', topic: 'foundations', title: { en: 'The WebRTC protocol stack', 'zh-TW': 'WebRTC 協定堆疊' } },
	{ order: 2, slug: 'nat', topic: 'nat-traversal', title: { en: 'NAT', 'zh-TW': 'NAT 網路位址轉譯' } },
	{ order: 3, slug: 'hole-punching', topic: 'nat-traversal', title: { en: 'P2P hole punching', 'zh-TW': 'P2P 打洞' } },
	{ order: 4, slug: 'stun', topic: 'nat-traversal', title: { en: 'STUN', 'zh-TW': 'STUN' } },
	{ order: 5, slug: 'turn', topic: 'nat-traversal', title: { en: 'TURN', 'zh-TW': 'TURN 中繼' } },
	{ order: 6, slug: 'ice', topic: 'nat-traversal', title: { en: 'ICE', 'zh-TW': 'ICE 互動式連線建立' } },
	{
		order: 7,
		slug: 'ice-priority',
		topic: 'nat-traversal',
		title: { en: 'ICE candidate priority and ordering', 'zh-TW': 'ICE 候選位址的優先順序與排序' }
	},
	{ order: 8, slug: 'sdp', topic: 'signaling', title: { en: 'SDP', 'zh-TW': 'SDP 工作階段描述' } },
	{ order: 9, slug: 'signaling', topic: 'signaling', title: { en: 'Signaling servers', 'zh-TW': '信令伺服器' } },
	{
		order: 10,
		slug: 'peerconnection-flow',
		topic: 'signaling',
		title: { en: 'The PeerConnection connection flow', 'zh-TW': 'PeerConnection 連線流程' }
	},
	{ order: 11, slug: 'rtp', topic: 'media', title: { en: 'RTP', 'zh-TW': 'RTP 即時傳輸協定' } },
	{ order: 12, slug: 'rtcp', topic: 'media', title: { en: 'RTCP', 'zh-TW': 'RTCP 控制協定' } },
	{ order: 13, slug: 'video-streams', topic: 'media', title: { en: 'Video streams', 'zh-TW': '視訊串流' } },
	{
		order: 14,
		slug: 'running-servers',
		topic: 'operations',
		title: { en: 'Running your own STUN/TURN/signaling servers', 'zh-TW': '架設自己的 STUN/TURN/信令伺服器' }
	},
	{
		order: 15,
		slug: 'building-libwebrtc',
		topic: 'operations',
		title: { en: 'Building libwebrtc from source', 'zh-TW': '從原始碼編譯 libwebrtc' }
	},
	{
		order: 16,
		slug: 'multiparty',
		topic: 'operations',
		title: { en: 'Multi-party calls: Mesh, SFU, MCU', 'zh-TW': '多方通話：Mesh、SFU、MCU' }
	}
];
