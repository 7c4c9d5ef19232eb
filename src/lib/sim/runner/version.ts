// The model version a run was made with. Bump it whenever a change to the simulator can change any run's events,
// so a saved link (scenario, settings, seed, step, model version) can tell that its step numbers no longer apply.
export const MODEL_VERSION = 'sim-2';
