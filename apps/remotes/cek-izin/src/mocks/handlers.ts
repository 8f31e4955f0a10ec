import { bearerUser } from '@bas/sdk/testing';
import { http, HttpResponse } from 'msw';
import type { PermitStatus } from '../api/permit.ts';

/** Two applications on file, both belonging to the demo citizen `warga`. */
const applications: (PermitStatus & { owner: string })[] = [
  {
    number: 'IZN-2027-000123',
    owner: 'warga',
    permit: 'Persetujuan Bangunan Gedung (PBG)',
    applicant: 'Siti Aminah',
    stage: 'survei',
    stages: [
      { stage: 'diterima', at: '2027-02-01T09:00:00+07:00' },
      { stage: 'verifikasi', at: '2027-02-03T10:30:00+07:00' },
      { stage: 'survei', at: '2027-02-10T08:00:00+07:00' },
    ],
  },
  {
    number: 'IZN-2027-000456',
    owner: 'warga',
    permit: 'Sertifikat Laik Fungsi (SLF)',
    applicant: 'Siti Aminah',
    stage: 'terbit',
    stages: [
      { stage: 'diterima', at: '2027-01-05T09:00:00+07:00' },
      { stage: 'verifikasi', at: '2027-01-06T13:00:00+07:00' },
      { stage: 'penerbitan', at: '2027-01-12T11:00:00+07:00' },
      { stage: 'terbit', at: '2027-01-14T15:45:00+07:00' },
    ],
  },
];

/** DPMPTSP's status lookup: an applicant sees their own applications; any other number is not found. */
export function createHandlers() {
  return [
    http.get('*/api/izin/:number', ({ request, params }) => {
      const user = bearerUser(request);
      if (user === undefined)
        return HttpResponse.json({ message: 'Masuk dulu untuk melacak izin.' }, { status: 401 });
      const found = applications.find(
        (item) => item.number === params.number && item.owner === user.username,
      );
      if (found === undefined) {
        return HttpResponse.json(
          { message: `Permohonan ${String(params.number)} tidak ditemukan atas nama Anda.` },
          { status: 404 },
        );
      }
      const { owner: _owner, ...status } = found;
      return HttpResponse.json(status);
    }),
  ];
}
