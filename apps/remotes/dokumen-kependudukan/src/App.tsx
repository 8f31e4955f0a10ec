import { useAuth, useLocale, useRemoteContext } from '@bas/sdk/react';
import { UiRoot } from '@bas/ui/react';
import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import { createDocumentApi } from './api/createDocumentApi.ts';
import { withRequestReports } from './api/reportRequest.ts';
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
  const context = useRemoteContext();
  const api = useMemo(
    () => withRequestReports(createDocumentApi(apiBase, auth), context),
    [apiBase, auth, context],
  );
  return (
    <DocumentApiContext value={api}>
      <UiRoot locale={locale} className="dokumen-kependudukan">
        <Routes>
          <Route index element={<RequestList />} />
          <Route path="baru" element={<RequestForm />} />
          <Route path="status/:id" element={<RequestStatus />} />
        </Routes>
      </UiRoot>
    </DocumentApiContext>
  );
}
