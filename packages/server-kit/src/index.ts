export { listen } from './listen.ts';
export { precompressed } from './precompressed.ts';
export { preferredEncoding } from './preferredEncoding.ts';
