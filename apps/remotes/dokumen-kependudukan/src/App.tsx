import { useAuth, useLocale } from '@bas/sdk/react';
import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import { createDocumentApi } from './api/createDocumentApi.ts';
import { DocumentApiContext } from './DocumentApiContext.ts';
import { RequestForm } from './RequestForm.tsx';
import { RequestList } from './RequestList.tsx';
import { RequestStatus } from './RequestStatus.tsx';

/**
 * Population documents: the applicant's requests, a four-step request form, and a status page per request.
 * `apiBase` is Disdukcapil's API (mocked with msw in development and tests).
 */
export function App({ apiBase }: { apiBase: string }) {
  const auth = useAuth();
  const locale = useLocale();
  const api = useMemo(() => createDocumentApi(apiBase, auth), [apiBase, auth]);
  return (
    <DocumentApiContext value={api}>
      <div className="dokumen-kependudukan" lang={locale}>
        <Routes>
          <Route index element={<RequestList />} />
          <Route path="baru" element={<RequestForm />} />
          <Route path="status/:id" element={<RequestStatus />} />
        </Routes>
      </div>
    </DocumentApiContext>
  );
}
