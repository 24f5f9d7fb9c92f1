/**
 * The performance mark main.ts sets once the first view is on screen; `npm run bench` measures
 * up to it. On its own so the bench (Node, no Svelte compiler) can import it.
 */
export const FIRST_SCREEN_MARK = 'workbench:first-screen'
