import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, definePart, type Part } from './startPart.ts';

export interface Upstreams {
  registry: string[];
  portal: string[];
  keycloak: string[];
}

const servers = (origins: string[]) =>
  origins.map((origin) => `    server ${new URL(origin).host} max_fails=1 fail_timeout=2s;`).join('\n');

/**
 * The load balancer in front of every replica, as the city's ingress is: /api/ to the registries, Keycloak's paths
 * to its nodes, the rest to the portal servers. A replica that refuses or drops a connection is taken out for 2 s
 * and an idempotent request (a GET) is tried on the next one; a POST is never sent twice by nginx.
 */
export function nginxConfig(dir: string, port: number, upstreams: Upstreams): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 20m;
  upstream registry {
${servers(upstreams.registry)}
    keepalive 16;
  }
  upstream portal {
${servers(upstreams.portal)}
    keepalive 16;
  }
  upstream keycloak {
${servers(upstreams.keycloak)}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $host;
    proxy_set_header X-Forwarded-Port $server_port;
    proxy_connect_timeout 1s;
    proxy_read_timeout 15s;
    proxy_next_upstream error timeout http_502 http_503;
    # The portal's Content-Security-Policy names every app origin in the catalog: 9 KB of headers for the seed,
    # over nginx's 4 KB default, which answers 502 "upstream sent too big header". deploy/ sets the same size.
    proxy_buffer_size 32k;
    proxy_buffers 8 32k;
    proxy_busy_buffers_size 64k;
    # nginx's own answer, for its readiness: asking a path the upstreams serve would mark them failed before they
    # start, and nginx would then refuse requests to them for fail_timeout after they came up.
    location = /nginx-ready { return 204; }
    location /api/ { proxy_pass http://registry; }
    location /realms/ { proxy_pass http://keycloak; }
    location /resources/ { proxy_pass http://keycloak; }
    location / { proxy_pass http://portal; }
  }
}
`;
}

/** Debian's nginx on a loopback port with a configuration of its own (no system service is touched). */
export function defineNginx(port: number, upstreams: Upstreams): Part & { url: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bas-nginx-'));
  // As root nginx's workers run as nobody: they must reach their temporary folders.
  chmodSync(dir, 0o755);
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig(dir, port, upstreams));
  const url = `http://127.0.0.1:${port}`;
  return {
    ...definePart({
      name: 'nginx',
      command: 'nginx',
      args: ['-p', dir, '-c', config, '-g', 'daemon off;'],
      env: {},
      ready: answers(`${url}/nginx-ready`),
    }),
    url,
  };
}
