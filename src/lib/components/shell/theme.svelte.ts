// Light/dark theme: follows the system until the user toggles; the choice is kept in localStorage.
// app.html applies a stored choice before first paint (an inline script allowed by its CSP hash).

export type ThemeName = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'webrtc-lab-theme';

export class Theme {
	/** The theme in effect; undefined until mounted (server HTML does not know the system setting). */
	current = $state<ThemeName | undefined>(undefined);

	/** Reads the stored choice or the system preference; call from an effect/onMount. */
	init() {
		const stored = document.documentElement.dataset.theme;
		if (stored === 'light' || stored === 'dark') this.current = stored;
		else this.current = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	}

	toggle() {
		const next: ThemeName = this.current === 'dark' ? 'light' : 'dark';
		this.current = next;
		document.documentElement.dataset.theme = next;
		try {
			localStorage.setItem(THEME_STORAGE_KEY, next);
		} catch {
			// Storage can be disabled (private mode, policy); the toggle still works for this page.
		}
	}
}
