import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider as SpThemeProvider } from '@microsoft/sp-component-base';
import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'BoutiqueSharedStrings';
import type { IReadonlyTheme, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IWebPartRootProps } from '../components/WebPartShell';
import { WebPartLoading } from '../components/WebPartLoading';
import type { IAppServices } from '../services/IAppServices';
import { chooseBoutiqueSite, siteUrlProblem } from '../services/boutiqueSite';

/** Properties every Boutique TPS web part has. */
export interface IBoutiqueWebPartProps {
  /** The site holding the Boutique TPS lists; empty means this site (or, in Teams, the tenant property). */
  siteUrl?: string;
}

/**
 * Wiring shared by every Boutique TPS web part: build services, follow the section's theme, mount one root, unmount
 * on dispose. A web part class only says how to load its root component.
 *
 * The four web part classes share one bundle (config/config.json) that holds little more than this class: the
 * services (PnPjs, the stores) and each root come in chunks loaded after the page shows, while a placeholder of the
 * same shape as the site gate's first state keeps the space, so the page does not jump. A page with all four web
 * parts loads the bundle and the shared chunks once (README, "Bundles").
 */
export abstract class BoutiqueWebPartBase extends BaseClientSideWebPart<IBoutiqueWebPartProps> {
  private services: IAppServices | undefined;
  private root: React.ComponentType<IWebPartRootProps> | undefined;
  private loadFailed: boolean = false;
  private disposed: boolean = false;
  private theme: IReadonlyTheme | undefined;

  /** Loads the web part's root component (an `import()` with a chunk name): the one the workbench and tests mount. */
  protected abstract loadRootComponent(): Promise<React.ComponentType<IWebPartRootProps>>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Sections can be dark or coloured (supportsThemeVariants): render with the section's theme, and follow changes.
    const themeProvider = this.context.serviceScope.consume(SpThemeProvider.serviceKey);
    this.theme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme;
      this.render();
    });
    // Not awaited: SharePoint renders the placeholder at once; the root replaces it when its chunks have arrived.
    this.loadRoot().catch(() => {
      // A chunk that did not arrive (network, a package replaced under an open page): say so instead of spinning.
      this.loadFailed = true;
      if (!this.disposed) this.render();
    });
  }

  private async loadRoot(): Promise<void> {
    const [root] = await Promise.all([this.loadRootComponent(), this.buildServices()]);
    this.root = root;
    // The page may have removed the web part while its chunks were on their way.
    if (!this.disposed) this.render();
  }

  /**
   * Services for the Boutique TPS site: the property, else in Teams the tenant property (one request, only there:
   * a tab or personal app is hosted by another site), else this site.
   */
  private async buildServices(): Promise<void> {
    const spfx = await import(/* webpackChunkName: 'boutique-services' */ './createSpfxServices');
    const property: string = this.properties.siteUrl || '';
    const inTeams: boolean = !!this.context.sdks.microsoftTeams;
    const tenant: string | undefined =
      !property.trim() && inTeams ? await spfx.readTenantBoutiqueSite(this.context) : undefined;
    const site = chooseBoutiqueSite({ property, tenant, hostWebUrl: this.context.pageContext.web.absoluteUrl });
    this.services = spfx.createSpfxServices(this.context, site.url);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.PropertyPaneSiteGroup,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.PropertyPaneSiteUrl,
                  description: strings.PropertyPaneSiteUrlHelp,
                  placeholder: 'https://contoso.sharepoint.com/sites/boutique',
                  onGetErrorMessage: siteUrlProblem,
                  deferredValidationTime: 500
                })
              ]
            }
          ]
        }
      ]
    };
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    if (propertyPath === 'siteUrl' && oldValue !== newValue && !siteUrlProblem(String(newValue || ''))) {
      // A new site: new services, and a fresh root (its state belonged to the old site).
      this.unmountRoot();
      this.buildServices()
        .then(() => this.render())
        .catch(() => undefined);
    }
  }

  public render(): void {
    const root =
      this.root && this.services
        ? React.createElement(this.root, { services: this.services })
        : React.createElement(WebPartLoading, { failed: this.loadFailed });
    ReactDom.render(
      React.createElement(ThemeProvider, { theme: this.theme as PartialTheme | undefined, applyTo: 'none' }, root),
      this.domElement
    );
  }

  protected onDispose(): void {
    this.disposed = true;
    this.unmountRoot();
    super.onDispose();
  }

  private unmountRoot(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
