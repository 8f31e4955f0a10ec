export {
  createIntegrityIndex,
  integrityIndexName,
  isIndexed,
  readBuildFiles,
  sriOf,
  writeIntegrityIndex,
} from './integrityIndex.ts';
export type { BuildPin, IntegrityIndex } from './integrityIndex.ts';
export { openingFilesOf } from './openingFiles.ts';
export type { OpeningFile } from './openingFiles.ts';
