import { precompress } from '@bas/federation';
import { defineConfig } from 'vite';

// Three pages on the auth origin: the frame the portal embeds, the page the identity provider sends people back
// to after signing in, and the page that starts a tab afresh for another agency's app (README).
export default defineConfig({
  plugins: [precompress()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        frame: 'frame.html',
        callback: 'callback.html',
        switch: 'switch.html',
      },
    },
  },
});
