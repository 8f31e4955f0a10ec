/** A production process an image runs: its script (relative to the image's /app) and the ports it listens on. */
export interface ImageProcess {
  name: string;
  script: string;
  ports: number[];
}

/** A container image: what it is built from and which processes it runs. */
export interface ContainerImage {
  /** `portal` → ghcr.io/kota-bogor/bas-portal; also the CI matrix entry's name. */
  name: string;
  /** Relative to the repository root, which is the build context. */
  dockerfile: string;
  /** The workspace package deployed into the image. */
  package: string;
  /** The first is the image's default command; the others are chosen with Kubernetes' `args`. */
  processes: ImageProcess[];
  /** The folders the processes write, to mount as volumes under a read-only root filesystem. */
  writable: string[];
}

export const imageRepository = 'ghcr.io/kota-bogor';

/** The images, one for each production process (a process sharing its package's code shares its image). */
export const images: readonly ContainerImage[] = [
  {
    name: 'portal',
    dockerfile: 'apps/portal-server/Dockerfile',
    package: '@bas/portal-server',
    processes: [
      { name: 'portal server', script: 'dist/main.js', ports: [4100, 4110] },
      { name: 'console server', script: 'dist/consoleMain.js', ports: [4130] },
    ],
    writable: [],
  },
  {
    name: 'registry',
    dockerfile: 'apps/registry/Dockerfile',
    package: '@bas/registry',
    processes: [
      { name: 'registry', script: 'dist/main.js', ports: [4190, 4191] },
      { name: 'monitor', script: 'dist/monitorMain.js', ports: [4193] },
    ],
    writable: ['/data'],
  },
  {
    name: 'evidence',
    dockerfile: 'apps/evidence/Dockerfile',
    package: '@bas/evidence',
    processes: [{ name: 'evidence service', script: 'dist/serve.js', ports: [4140] }],
    writable: ['/data/evidence-reports', '/tmp'],
  },
];
