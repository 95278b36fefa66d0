// How long a test file may take to get the built app and a server running. The first file that needs the
// production build runs `next build` (minutes on a loaded two-core machine, as a clean clone in CI is); the
// others wait on that build's lock (ensureProductionBuild waits up to 10 minutes) before starting their server.
export const SERVER_SETUP_MS = 15 * 60_000;
