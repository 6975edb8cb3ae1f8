import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IWebPartRootProps } from '../components/WebPartShell';
import type { IAppServices } from '../services/IAppServices';
import { createSpfxServices } from './createSpfxServices';

/**
 * Wiring shared by every Boutique TPS web part: build services in onInit, mount one root, unmount on dispose.
 * A web part class only names its root component.
 */
export abstract class BoutiqueWebPartBase extends BaseClientSideWebPart<Record<string, never>> {
  private services: IAppServices | undefined;

  /** The web part's root component: the same one the local workbench and the tests mount. */
  protected abstract get rootComponent(): React.ComponentType<IWebPartRootProps>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.services = createSpfxServices(this.context);
  }

  public render(): void {
    if (!this.services) return;
    ReactDom.render(React.createElement(this.rootComponent, { services: this.services }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
