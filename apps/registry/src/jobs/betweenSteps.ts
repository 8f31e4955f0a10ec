/**
 * Lets other work run between two bounded steps of a roll-up or a retention: SQLite's calls hold the process while
 * they run, and steps one after another would otherwise leave no turn to the requests waiting.
 */
export const betweenSteps = () => new Promise((resolve) => setImmediate(resolve));
