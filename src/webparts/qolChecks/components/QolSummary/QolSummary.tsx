import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'QolChecksWebPartStrings';
import { workTypeTitle } from '../../../../domain/workTypes';
import { useWorkTypes } from '../../../../shared/hooks/useWorkTypes';
import { useServices } from '../../../../shared/services';
import { format } from '../../../../shared/text/format';
import { lastMonths, percent } from '../../model';
import type { IQolPeriod } from '../../model';
import { useQolSummary } from '../../hooks/useQolSummary';
import type { IQolSummaryProps } from './IQolSummaryProps';
import { QualityChart } from './QualityChart';
import { TallyTable } from './TallyTable';
import { getClassNames } from './QolSummary.styles';

const PERIODS: Array<{ months: number; label: string }> = [
  { months: 1, label: strings.PeriodThisMonth },
  { months: 3, label: strings.PeriodThreeMonths },
  { months: 12, label: strings.PeriodTwelveMonths }
];

/**
 * Quality at a glance for Team Leaders and SSOs: per officer and per work type over a period of whole months, the
 * checks done, their outcomes, the error rate, send-backs still open and feedback not acknowledged; a bar chart of
 * the error rate by work type beside the same numbers as a table. Loaded on demand (its own chunk).
 */
const QolSummary: React.FC<IQolSummaryProps> = ({ now }) => {
  const { data } = useServices();
  const classes = getClassNames(useTheme());
  const [months, setMonths] = React.useState<number>(1);
  const workTypes = useWorkTypes(data);
  // The summary reads one query per work type: wait for the Work Types list (one request; a failure keeps the
  // built-in types) so a list that differs from them does not read every month twice.
  const [typesReady, setTypesReady] = React.useState<boolean>(false);
  const readTypes = workTypes.read;
  React.useEffect(() => {
    readTypes().then(
      () => setTypesReady(true),
      () => setTypesReady(true)
    );
  }, [readTypes]);
  const today: Date = React.useMemo(() => now || new Date(), [now]);
  const period: IQolPeriod = React.useMemo(() => lastMonths(today, months), [today, months]);
  // Sorted: the Work Types list may hold the same keys in another order, which must not read the summary again.
  const keys: string[] = React.useMemo(() => workTypes.types.map((t) => t.key).sort(), [workTypes.types]);
  const { load, retry } = useQolSummary(typesReady ? keys : [], period);
  const options: IDropdownOption[] = PERIODS.map((p) => ({ key: p.months, text: p.label }));
  const typeName = (k: string): string => workTypeTitle(workTypes.types, k);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown
        label={strings.PeriodLabel}
        options={options}
        selectedKey={months}
        styles={{ root: { maxWidth: 240 } }}
        onChange={(_e, o) => {
          if (o) {
            setMonths(Number(o.key));
          }
        }}
      />
      {load.kind === 'loading' && <Spinner label={strings.SummaryLoading} />}
      {load.kind === 'failed' && (
        <MessageBar
          messageBarType={MessageBarType.error}
          actions={<DefaultButton text={strings.Retry} onClick={retry} />}
        >
          {load.message}
        </MessageBar>
      )}
      {load.kind === 'ready' && load.summary.total.done === 0 && <Text block={true}>{strings.SummaryEmpty}</Text>}
      {load.kind === 'ready' && load.summary.total.done > 0 && (
        <>
          <Text block={true} data-testid="qol-summary-totals">
            {format(
              strings.SummaryTotals,
              load.summary.total.done,
              load.summary.total.correct,
              load.summary.total.nonCritical,
              load.summary.total.critical,
              percent(load.summary.total.errorRate),
              load.summary.total.sendBackOpen,
              load.summary.total.feedbackOpen
            )}
          </Text>
          <TallyTable
            caption={strings.ByOfficerHeading}
            keyHeader={strings.ColOfficer}
            tallies={load.summary.byOfficer}
            nameOf={(k) => k}
            classes={classes}
            testId="qol-by-officer"
          />
          <TallyTable
            caption={strings.ByWorkTypeHeading}
            keyHeader={strings.ColWorkType}
            tallies={load.summary.byWorkType}
            nameOf={typeName}
            classes={classes}
            testId="qol-by-work-type"
          />
          <Text as="h4" variant="mediumPlus" block={true}>
            {strings.ChartHeading}
          </Text>
          <QualityChart tallies={load.summary.byWorkType} nameOf={typeName} classes={classes} />
        </>
      )}
    </Stack>
  );
};

export default QolSummary;
