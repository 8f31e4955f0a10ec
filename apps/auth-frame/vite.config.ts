import { precompress } from '@bas/federation';
import { defineConfig } from 'vite';

// Four pages on the auth origin: the frame the portal embeds, the page the identity provider sends people back
// to after signing in, the page that starts a tab afresh for another agency's app, and the sign-out (README).
export default defineConfig({
  plugins: [precompress()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        frame: 'frame.html',
        callback: 'callback.html',
        switch: 'switch.html',
        logout: 'logout.html',
      },
    },
  },
});
