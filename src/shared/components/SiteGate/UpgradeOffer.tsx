import * as React from 'react';
import * as strings from 'BoutiqueSharedStrings';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import type { ISchemaStatus, ISetupProgress, ISetupWarning } from '../../services';
import { format } from '../../text/format';
import { SetupWarnings } from './SetupWarnings';

/** Where an owner's update of a site people are already using stands. */
export type UpgradeState =
  | { kind: 'offered' }
  | { kind: 'running'; progress?: ISetupProgress }
  | { kind: 'failed'; step: string; message: string }
  | { kind: 'finished'; warnings: ISetupWarning[] };

/** Props of {@link UpgradeOffer}. */
export interface IUpgradeOfferProps {
  /** The site's status (older than this package, but not too old for the web part). */
  status: ISchemaStatus;
  /** Where the update stands. */
  state: UpgradeState;
  /** Starts (or retries) the update. */
  onUpgrade: () => void;
}

/**
 * Above the web part's content, for site owners only: the update is offered, never forced, and a failed step says
 * which, why, and that people can keep working.
 */
export const UpgradeOffer: React.FC<IUpgradeOfferProps> = ({ status, state, onUpgrade }) => {
  switch (state.kind) {
    case 'offered':
      return (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline={true}
          actions={<DefaultButton onClick={onUpgrade}>{strings.UpgradeButton}</DefaultButton>}
        >
          {format(strings.UpgradeAvailable, status.siteVersion, status.requiredVersion)}
        </MessageBar>
      );
    case 'running':
      return (
        <ProgressIndicator
          label={strings.UpgradeRunning}
          description={state.progress ? state.progress.label : undefined}
          percentComplete={
            state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined
          }
          ariaValueText={state.progress ? state.progress.label : strings.UpgradeRunning}
        />
      );
    case 'failed':
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          role="alert"
          actions={<DefaultButton onClick={onUpgrade}>{strings.Retry}</DefaultButton>}
        >
          {format(strings.UpgradeFailed, state.step, state.message)}
        </MessageBar>
      );
    case 'finished':
      return state.warnings.length > 0 ? <SetupWarnings warnings={state.warnings} /> : null;
  }
};
