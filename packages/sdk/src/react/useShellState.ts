import { useStore } from 'zustand';
// Through the package name, not a relative path: the SDK is a shared singleton only when imported by its name.
import { shellStore, type ShellState } from '@bas/sdk';

/**
 * Reads the shell's shared state and re-renders when the selected part changes.
 *
 * @example
 * const locale = useShellState((state) => state.locale);
 */
export function useShellState<T>(selector: (state: ShellState) => T): T {
  return useStore(shellStore, selector);
}
