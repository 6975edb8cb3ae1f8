import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { ThemeProvider as SpThemeProvider } from '@microsoft/sp-component-base';
import type { IReadonlyTheme, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { IWebPartRootProps } from '../components/WebPartShell';
import type { IAppServices } from '../services/IAppServices';
import { createSpfxServices } from './createSpfxServices';

/**
 * Wiring shared by every Boutique TPS web part: build services in onInit, follow the section's theme, mount one
 * root, unmount on dispose. A web part class only names its root component.
 */
export abstract class BoutiqueWebPartBase extends BaseClientSideWebPart<Record<string, never>> {
  private services: IAppServices | undefined;
  private theme: IReadonlyTheme | undefined;

  /** The web part's root component: the same one the local workbench and the tests mount. */
  protected abstract get rootComponent(): React.ComponentType<IWebPartRootProps>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createSpfxServices(this.context);
    // Sections can be dark or coloured (supportsThemeVariants): render with the section's theme, and follow changes.
    const themeProvider = this.context.serviceScope.consume(SpThemeProvider.serviceKey);
    this.theme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.theme = args.theme;
      this.render();
    });
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
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
