// Media made in the page, so the call needs no camera or microphone (and asks for no permission): an animated
// canvas with a running clock, captured as a video track, and a WebAudio oscillator tone as an audio track.

export interface SyntheticMedia {
	stream: MediaStream;
	canvas: HTMLCanvasElement;
	stop(): void;
}

export interface SyntheticMediaOptions {
	width?: number;
	height?: number;
	frameRate?: number;
	/** Tone frequency in Hz. */
	tone?: number;
	/** Tone level 0–1 (it is only sent, never played locally). */
	gain?: number;
}

export function createSyntheticMedia(options: SyntheticMediaOptions = {}): SyntheticMedia {
	const { width = 640, height = 360, frameRate = 30, tone = 440, gain = 0.1 } = options;
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	const started = performance.now();
	// A timer, not requestAnimationFrame: rAF stops in background tabs, and the call should keep sending.
	const timer = setInterval(() => {
		if (!ctx) return;
		const elapsed = performance.now() - started;
		const hue = (elapsed / 40) % 360;
		ctx.fillStyle = `hsl(${hue} 55% 32%)`;
		ctx.fillRect(0, 0, width, height);
		// A sweeping bar gives the encoder motion to code.
		ctx.fillStyle = `hsl(${(hue + 180) % 360} 70% 60%)`;
		const x = ((elapsed / 8) % (width + 80)) - 80;
		ctx.fillRect(x, 0, 80, height);
		ctx.fillStyle = '#ffffff';
		ctx.font = `bold ${Math.round(height / 6)}px ui-monospace, monospace`;
		ctx.textAlign = 'center';
		ctx.textBaseline = 'middle';
		ctx.fillText(new Date().toISOString().slice(11, 23), width / 2, height / 2);
		ctx.font = `${Math.round(height / 14)}px ui-monospace, monospace`;
		ctx.fillText(`${(elapsed / 1000).toFixed(1)} s`, width / 2, height / 2 + height / 6);
	}, 1000 / frameRate);
	const video = canvas.captureStream(frameRate).getVideoTracks();
	const audioContext = new AudioContext();
	const oscillator = audioContext.createOscillator();
	oscillator.frequency.value = tone;
	const level = audioContext.createGain();
	level.gain.value = gain;
	const destination = audioContext.createMediaStreamDestination();
	oscillator.connect(level).connect(destination);
	oscillator.start();
	const stream = new MediaStream([...video, ...destination.stream.getAudioTracks()]);
	return {
		stream,
		canvas,
		stop() {
			clearInterval(timer);
			stream.getTracks().forEach((t) => t.stop());
			oscillator.stop();
			void audioContext.close();
		}
	};
}
