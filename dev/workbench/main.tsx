import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { Workbench } from './Workbench';
import type { Layout } from './Workbench';
import { toSectionBackground } from './sectionThemes';
import type { ILocalPageContext, IPersona } from './localServices';

// SharePoint pages load Fluent's icon font themselves; the workbench has to ask (the CDN may be unreachable offline).
initializeIcons(undefined, { disableWarnings: true });

function readCookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

function writeCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Lax`;
}

async function start(): Promise<void> {
  const origin = window.location.origin;
  const params = new URLSearchParams(window.location.search);
  // A deep link may name the persona (tests and bookmarks); the cookie is what the server reads.
  const fromUrl = params.get('persona');
  if (fromUrl) writeCookie('localUser', fromUrl);
  // The local SharePoint is the page's server: it gives what a SharePoint page embeds (not counted as requests),
  // including the request digest of the persona in the cookie (a digest is one user's).
  const [response, pageResponse] = await Promise.all([fetch('/_local/personas'), fetch('/_local/page-context')]);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const personas = (await response.json()) as IPersona[];
  const pageContext = pageResponse.ok ? ((await pageResponse.json()) as ILocalPageContext) : undefined;
  const siteUrl = '/sites/boutique';
  // The local SharePoint counts requests per page load: tag this one.
  writeCookie('localPageLoad', `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);

  const root = document.getElementById('root');
  const render = (): void => {
    const login = readCookie('localUser');
    const current = new URLSearchParams(window.location.search);
    ReactDom.render(
      <Workbench
        origin={origin}
        siteUrl={`${origin}${siteUrl}`}
        pageContext={pageContext}
        personas={personas}
        persona={personas.find((p) => p.login === login)}
        webPartId={current.get('webpart') || 'ask-tps'}
        layout={(current.get('layout') as Layout) || 'full'}
        section={toSectionBackground(current.get('section'))}
        onPersona={(next) => {
          writeCookie('localUser', next);
          reloadWith('persona', next);
        }}
        onWebPart={(id) => setParam('webpart', id)}
        onLayout={(layout) => setParam('layout', layout)}
        onSection={(section) => setParam('section', section)}
      />,
      root
    );
  };
  const setParam = (key: string, value: string): void => {
    const next = new URLSearchParams(window.location.search);
    next.set(key, value);
    window.history.pushState(undefined, '', `?${next.toString()}`);
    render();
  };
  // Another persona is another signed-in user: a new page load, with that user's page digest (as in SharePoint).
  const reloadWith = (key: string, value: string): void => {
    const next = new URLSearchParams(window.location.search);
    next.set(key, value);
    window.location.search = next.toString();
  };
  window.addEventListener('popstate', render);
  render();
}

start().catch((error: Error) => {
  document.body.textContent = `The workbench could not reach the local SharePoint: ${error.message}`;
});
