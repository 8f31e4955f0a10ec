import { RouterProvider, type DataRouter } from 'react-router';

/**
 * The shell's pages for `router`. A navigation renders with the priority of what started it, not as a transition:
 * a click on an app's link renders the app's page, and mounts an app already loaded, in the click's own task, so it
 * is painted in the frame that follows the click. As a transition, React rendered it in a task the browser ran
 * after that frame (it draws the frame after an input first), one frame later (decisions/0041). The shell suspends
 * nowhere, so there is no fallback a transition would have kept off the screen.
 */
export function ShellRouterProvider({ router }: { router: DataRouter }) {
  return <RouterProvider router={router} useTransitions={false} />;
}
