import type { AuthService } from '@bas/sdk';
import { createApiClient } from '@bas/sdk/http';
import { createContext, useContext } from 'react';
import type { Complaint, FiledComplaint } from './api/complaint.ts';

export interface ComplaintApi {
  mine(): Promise<FiledComplaint[]>;
  file(complaint: Complaint): Promise<FiledComplaint>;
}

/** The city complaint desk's API, with the access token the shell hands out. */
export function createComplaintApi(baseUrl: string, auth: AuthService): ComplaintApi {
  const api = createApiClient(auth, { baseUrl, service: 'Aduan Warga' });
  return {
    mine: () => api.get<{ complaints: FiledComplaint[] }>('aduan').then((body) => body.complaints),
    file: (complaint) => api.post('aduan', complaint),
  };
}

export const ComplaintApiContext = createContext<ComplaintApi | null>(null);

export function useComplaintApi(): ComplaintApi {
  const api = useContext(ComplaintApiContext);
  if (api === null) throw new Error('useComplaintApi() needs the ComplaintApiContext that App provides.');
  return api;
}
