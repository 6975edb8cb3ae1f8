import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import type { IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { SECTION_BACKGROUNDS, sectionTheme } from './sectionThemes';
import type { SectionBackground } from './sectionThemes';
import { WEB_PARTS } from './webparts';
import { createLocalServices } from './localServices';
import type { ILocalPageContext, IPersona } from './localServices';

export type Layout = 'column' | 'full' | 'teams';

export interface IWorkbenchProps {
  origin: string;
  siteUrl: string;
  /** The page's digest (a SharePoint page carries one; undefined when the server did not give it). */
  pageContext?: ILocalPageContext;
  personas: IPersona[];
  persona: IPersona | undefined;
  webPartId: string;
  layout: Layout;
  /** The background of the page section the web part sits in; it decides the theme the web part is given. */
  section: SectionBackground;
  onPersona: (login: string) => void;
  onWebPart: (id: string) => void;
  onLayout: (layout: Layout) => void;
  onSection: (section: SectionBackground) => void;
}

const LAYOUTS: IChoiceGroupOption[] = [
  { key: 'column', text: 'One-third column' },
  { key: 'full', text: 'Full width' },
  { key: 'teams', text: 'Teams tab' }
];

const SECTIONS: IChoiceGroupOption[] = SECTION_BACKGROUNDS.map((s) => ({ key: s.key, text: s.text }));

const WIDTHS: Record<Layout, number | string> = { column: 360, full: '100%', teams: 1000 };

/** The local workbench: pick a persona and a web part, see it mounted with the services it has in SharePoint. */
export const Workbench: React.FC<IWorkbenchProps> = (props) => {
  const { persona, personas, webPartId, layout, section } = props;
  const theme = sectionTheme(section);
  const webPart = WEB_PARTS.find((w) => w.id === webPartId) || WEB_PARTS[0];
  // One services object per persona and web part, as SPFx builds one per web part context.
  const services = React.useMemo(
    () => (persona ? createLocalServices(props.origin, props.siteUrl, persona, props.pageContext) : undefined),
    [persona && persona.login, webPart.id]
  );
  const personaOptions: IDropdownOption[] = personas.map((p) => ({ key: p.login, text: `${p.title} — ${p.role}` }));
  const Root = webPart.component;

  return (
    <Stack horizontal={true} styles={{ root: { minHeight: '100vh' } }}>
      <Stack
        as="nav"
        aria-label="Workbench"
        tokens={{ childrenGap: 16, padding: 16 }}
        styles={{ root: { width: 260, background: '#ffffff', borderRight: '1px solid #e1dfdd' } }}
      >
        <Text as="h1" variant="large">
          Boutique TPS workbench
        </Text>
        <Dropdown
          label="Signed in as"
          id="persona"
          selectedKey={persona ? persona.login : undefined}
          placeholder="Choose a persona"
          options={personaOptions}
          onChange={(_e, option) => {
            if (option) props.onPersona(String(option.key));
          }}
        />
        <Stack
          as="ul"
          aria-label="Web parts"
          tokens={{ childrenGap: 4 }}
          styles={{ root: { listStyle: 'none', margin: 0, padding: 0 } }}
        >
          {WEB_PARTS.map((w) => (
            <li key={w.id}>
              <Link
                href={`?webpart=${w.id}`}
                title={`${w.title} (for ${w.audience})`}
                aria-current={w.id === webPart.id ? 'page' : undefined}
                styles={{ root: { fontWeight: w.id === webPart.id ? 600 : 400, padding: '4px 0', display: 'block' } }}
                onClick={(e) => {
                  e.preventDefault();
                  props.onWebPart(w.id);
                }}
              >
                {w.title}
              </Link>
            </li>
          ))}
        </Stack>
        <ChoiceGroup
          label="Layout"
          selectedKey={layout}
          options={LAYOUTS}
          onChange={(_e, o) => {
            if (o) props.onLayout(o.key as Layout);
          }}
        />
        <ChoiceGroup
          label="Section background"
          selectedKey={section}
          options={SECTIONS}
          onChange={(_e, o) => {
            if (o) props.onSection(o.key as SectionBackground);
          }}
        />
        <Link href="/outbox" target="_blank">
          Mail outbox
        </Link>
      </Stack>
      <Stack as="main" grow={1} tokens={{ padding: 24 }}>
        {!persona || !services ? (
          <MessageBar messageBarType={MessageBarType.info}>
            Choose a persona to sign in to the local SharePoint.
          </MessageBar>
        ) : (
          <div
            data-testid="webpart-frame"
            data-layout={layout}
            data-section={section}
            style={{
              width: WIDTHS[layout],
              maxWidth: '100%',
              background: theme.semanticColors.bodyBackground,
              color: theme.semanticColors.bodyText,
              boxShadow: '0 1px 3px rgba(0,0,0,.15)',
              padding: 16,
              boxSizing: 'border-box'
            }}
          >
            {/* As BoutiqueWebPartBase does with the section's theme in SharePoint. */}
            <ThemeProvider theme={theme} applyTo="none">
              <Root key={`${persona.login}:${webPart.id}`} services={services} />
            </ThemeProvider>
          </div>
        )}
      </Stack>
    </Stack>
  );
};
