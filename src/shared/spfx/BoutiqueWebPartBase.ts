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
import type { IAppServices } from '../services/IAppServices';
import { chooseBoutiqueSite, siteUrlProblem } from '../services/boutiqueSite';
import { createSpfxServices, readTenantBoutiqueSite } from './createSpfxServices';

/** Properties every Boutique TPS web part has. */
export interface IBoutiqueWebPartProps {
  /** The site holding the Boutique TPS lists; empty means this site (or, in Teams, the tenant property). */
  siteUrl?: string;
}

/**
 * Wiring shared by every Boutique TPS web part: build services in onInit, follow the section's theme, mount one
 * root, unmount on dispose. A web part class only names its root component.
 */
export abstract class BoutiqueWebPartBase extends BaseClientSideWebPart<IBoutiqueWebPartProps> {
  private services: IAppServices | undefined;
  private theme: IReadonlyTheme | undefined;

  /** The web part's root component: the same one the local workbench and the tests mount. */
  protected abstract get rootComponent(): React.ComponentType<IWebPartRootProps>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    await this.buildServices();
    // Sections can be dark or coloured (supportsThemeVariants): render with the section's theme, and follow changes.
    const themeProvider = this.context.serviceScope.consume(SpThemeProvider.serviceKey);
    this.theme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme;
      this.render();
    });
  }

  /**
   * Services for the Boutique TPS site: the property, else in Teams the tenant property (one request, only there:
   * a tab or personal app is hosted by another site), else this site.
   */
  private async buildServices(): Promise<void> {
    const property: string = this.properties.siteUrl || '';
    const inTeams: boolean = !!this.context.sdks.microsoftTeams;
    const tenant: string | undefined =
      !property.trim() && inTeams ? await readTenantBoutiqueSite(this.context) : undefined;
    const site = chooseBoutiqueSite({ property, tenant, hostWebUrl: this.context.pageContext.web.absoluteUrl });
    this.services = createSpfxServices(this.context, site.url);
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
    if (!this.services) return;
    const root = React.createElement(this.rootComponent, { services: this.services });
    ReactDom.render(
      React.createElement(ThemeProvider, { theme: this.theme as PartialTheme | undefined, applyTo: 'none' }, root),
      this.domElement
    );
  }

  protected onDispose(): void {
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
