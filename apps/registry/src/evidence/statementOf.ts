import type { EvidenceService } from '@bas/manifest/evidence';

const numbers = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const percent = (ratio: number) => `${numbers.format(ratio * 100)} %`;

/**
 * The service's evidence in the sentence an evaluation form takes: "<indicator's service> dibuktikan berupa aplikasi
 * <app> yang dikelola <agency> pada data dukung: …", naming only the evidence the registry holds (the addresses
 * always, uptime, openings and the satisfaction index when measured), numbers written the Indonesian way.
 *
 * @example
 * // 'Layanan Publik Sektor 1 dibuktikan berupa aplikasi PBB Online yang dikelola Badan Pendapatan Daerah pada data
 * //  dukung: halaman /layanan/pbb-online di portal BAS; …'
 */
export function statementOf(
  title: string,
  period: string,
  service: Pick<EvidenceService, 'name' | 'agency' | 'url' | 'uptime' | 'loadSuccess' | 'satisfaction'>,
): string {
  const { name, agency, url, uptime, loadSuccess, satisfaction } = service;
  const evidence = [
    `halaman ${url.portal} di portal BAS${url.standalone === null ? '' : ` dan alamat ${url.standalone}`}`,
  ];
  if (uptime.ratio !== null) {
    evidence.push(
      `ketersediaan ${percent(uptime.ratio)} dari ${numbers.format(uptime.probes)} pemeriksaan pemantau tahun ${period}`,
    );
  }
  if (loadSuccess.attempts > 0) {
    evidence.push(`${numbers.format(loadSuccess.attempts)} pembukaan aplikasi tercatat tahun ${period}`);
  }
  if (satisfaction.ikm !== null && satisfaction.grade !== null) {
    evidence.push(
      `IKM ${numbers.format(satisfaction.ikm)} (mutu ${satisfaction.grade}) dari ${numbers.format(satisfaction.answers)} responden`,
    );
  }
  return `${title} dibuktikan berupa aplikasi ${name.id} yang dikelola ${agency.name} pada data dukung: ${evidence.join('; ')}.`;
}
