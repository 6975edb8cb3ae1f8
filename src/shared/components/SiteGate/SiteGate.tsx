import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { SetupHeading } from './SetupHeading';
import { SetupPrompt } from './SetupPrompt';
import { AskOwner } from './AskOwner';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'BoutiqueSharedStrings';
import { useServices } from '../../services';
import type { ISchemaStatus, ISetupProgress, ISetupWarning, ISiteOwner } from '../../services';
import { canRunOn, DEFAULT_MINIMUM_SCHEMA_VERSION } from './schemaSupport';
import { SetupWarnings } from './SetupWarnings';
import { UpgradeOffer, UpgradeState } from './UpgradeOffer';
import { format } from '../../text/format';
import { toUserMessage } from '../../text/errorText';
import type { ISiteGateProps } from './ISiteGateProps';
import { useIsMounted } from '../../hooks/useIsMounted';

type GateState =
  | { kind: 'checking' }
  | { kind: 'checkFailed'; message: string }
  | { kind: 'ready' }
  | { kind: 'usable'; status: ISchemaStatus; canManage: boolean }
  | { kind: 'needsSetup'; status: ISchemaStatus; canManage: boolean; owners: ISiteOwner[] }
  | { kind: 'settingUp'; status: ISchemaStatus; progress?: ISetupProgress }
  | { kind: 'setupFailed'; status: ISchemaStatus; step: string; message: string };

/**
 * The first thing every web part does: one request for the site's schema version. When the lists are missing, or
 * older than the lowest version the web part runs on, site owners get "Set up this site" and everyone else is told
 * who to ask. A site older than this package but at or above that minimum keeps working: owners are offered the
 * update above the content. A person the site's lists are closed to (a site Member or Visitor in no Boutique TPS
 * group gets 404 on TPS Settings) is told which site owners to ask.
 */
export const SiteGate: React.FC<ISiteGateProps> = ({
  children,
  minimumSchemaVersion = DEFAULT_MINIMUM_SCHEMA_VERSION
}) => {
  const { setup, canManageSite } = useServices();
  const [state, setState] = React.useState<GateState>({ kind: 'checking' });
  const [warnings, setWarnings] = React.useState<ISetupWarning[]>([]);
  const [upgrade, setUpgrade] = React.useState<UpgradeState>({ kind: 'offered' });
  const mounted = useIsMounted();

  const check = React.useCallback(async (): Promise<void> => {
    setState({ kind: 'checking' });
    try {
      const status = await setup.readSchemaVersion();
      if (status.state === 'ready') {
        if (mounted.current) setState({ kind: 'ready' });
        return;
      }
      const canManage = await canManageSite();
      if (canRunOn(status, minimumSchemaVersion)) {
        if (mounted.current) setState({ kind: 'usable', status, canManage });
        return;
      }
      // Only people who cannot act need names; owners see the button instead.
      const owners = canManage ? [] : await setup.readSiteOwners().catch((): ISiteOwner[] => []);
      if (mounted.current) setState({ kind: 'needsSetup', status, canManage, owners });
    } catch (error) {
      if (mounted.current) setState({ kind: 'checkFailed', message: toUserMessage(error) });
    }
  }, [setup, canManageSite, minimumSchemaVersion]);

  React.useEffect(() => {
    check().catch(() => undefined);
  }, [check]);

  const runSetup = async (status: ISchemaStatus): Promise<void> => {
    let lastStep = strings.SetupRunning;
    setState({ kind: 'settingUp', status });
    try {
      const left = await setup.ensureSite((progress) => {
        lastStep = progress.label;
        if (mounted.current) setState({ kind: 'settingUp', status, progress });
      });
      if (mounted.current) setWarnings(left || []);
      await check();
    } catch (error) {
      if (mounted.current) setState({ kind: 'setupFailed', status, step: lastStep, message: toUserMessage(error) });
    }
  };

  /** An owner's update of a site people keep using: the content stays; only the offer above it changes. */
  const runUpgrade = async (): Promise<void> => {
    let lastStep = strings.UpgradeRunning;
    setUpgrade({ kind: 'running' });
    try {
      const left = await setup.ensureSite((progress) => {
        lastStep = progress.label;
        if (mounted.current) setUpgrade({ kind: 'running', progress });
      });
      if (mounted.current) setUpgrade({ kind: 'finished', warnings: left || [] });
    } catch (error) {
      if (mounted.current) setUpgrade({ kind: 'failed', step: lastStep, message: toUserMessage(error) });
    }
  };

  switch (state.kind) {
    case 'ready':
      return (
        <>
          {warnings.length > 0 ? <SetupWarnings warnings={warnings} /> : null}
          {children}
        </>
      );
    case 'usable':
      return (
        <>
          {state.canManage ? (
            <UpgradeOffer
              status={state.status}
              state={upgrade}
              onUpgrade={() => {
                runUpgrade().catch(() => undefined);
              }}
            />
          ) : null}
          {children}
        </>
      );
    case 'checking':
      return <Spinner size={SpinnerSize.medium} label={strings.CheckingSite} ariaLive="polite" />;
    case 'checkFailed':
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={
            <DefaultButton
              onClick={() => {
                check().catch(() => undefined);
              }}
            >
              {strings.Retry}
            </DefaultButton>
          }
        >
          {strings.SiteCheckFailed} {state.message}
        </MessageBar>
      );
    case 'needsSetup':
      return state.canManage ? (
        <SetupPrompt
          status={state.status}
          onSetup={() => {
            runSetup(state.status).catch(() => undefined);
          }}
        />
      ) : (
        <AskOwner status={state.status} owners={state.owners} />
      );
    case 'settingUp':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <SetupHeading status={state.status} />
          <ProgressIndicator
            label={strings.SetupRunning}
            description={state.progress ? state.progress.label : undefined}
            percentComplete={
              state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined
            }
            progressHidden={false}
            ariaValueText={state.progress ? state.progress.label : strings.SetupRunning}
          />
        </Stack>
      );
    case 'setupFailed':
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <SetupHeading status={state.status} />
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert">
            {format(strings.SetupFailed, state.step, state.message)}
          </MessageBar>
          <Stack horizontal={true}>
            <PrimaryButton
              onClick={() => {
                runSetup(state.status).catch(() => undefined);
              }}
            >
              {strings.Retry}
            </PrimaryButton>
          </Stack>
        </Stack>
      );
  }
};
