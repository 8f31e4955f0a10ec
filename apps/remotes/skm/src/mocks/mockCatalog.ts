/**
 * The portal's catalog as `/api/manifest` answers a visitor, cut down to the fields the survey reads, for its
 * standalone page, the harness and its tests: three public services, an internal one (which the survey leaves
 * out) and the survey itself.
 */
export const mockCatalog = [
  {
    id: 'dokumen-kependudukan',
    route: 'dokumen-kependudukan',
    name: { id: 'Permohonan Dokumen Kependudukan', en: 'Population Documents' },
    role: 'public',
  },
  {
    id: 'aduan-warga',
    route: 'aduan-warga',
    name: { id: 'Aduan Warga Kota Bogor', en: 'Bogor Citizen Complaints' },
    role: 'public',
  },
  {
    id: 'cek-izin',
    route: 'cek-izin',
    name: { id: 'Cek Status Perizinan', en: 'Permit Status' },
    role: 'public',
  },
  {
    id: 'cuti-online',
    route: 'cuti-online',
    name: { id: 'Cuti Online', en: 'Leave Requests' },
    role: 'internal',
  },
  {
    id: 'skm',
    route: 'skm',
    name: { id: 'Survei Kepuasan Masyarakat', en: 'Public Satisfaction Survey' },
    role: 'public',
  },
];
