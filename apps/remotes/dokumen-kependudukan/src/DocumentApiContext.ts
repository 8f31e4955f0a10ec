import { createContext, useContext } from 'react';
import type { DocumentApi } from './api/createDocumentApi.ts';

export const DocumentApiContext = createContext<DocumentApi | null>(null);

export function useDocumentApi(): DocumentApi {
  const api = useContext(DocumentApiContext);
  if (api === null) throw new Error('useDocumentApi() needs the DocumentApiContext that App provides.');
  return api;
}
