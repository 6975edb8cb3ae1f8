import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import { WebPartShell } from '../../../../shared/components/WebPartShell';
import { AskTpsPosting } from '../AskTpsPosting';
import { MyEnquiries } from '../MyEnquiries';
import { UrgentQolEntry } from '../UrgentQolEntry';
import { useMyEnquiries } from '../../hooks/useMyEnquiries';
import { useWorkTypes } from '../../../../shared/hooks/useWorkTypes';
import { useResources } from '../../../../shared/hooks/useResources';
import { useMyFeedback } from '../../hooks/useMyFeedback';
import { useServices } from '../../../../shared/services';
import type { IAskTpsProps } from './IAskTpsProps';
import { getClassNames } from './AskTps.styles';

/** The lowest schema version this web part runs on. */
// Version 4: the Feedback list's Outcome/ClosedAt columns and the question's length limit. Version 5: the
// enquiry's ReferencesList column (every enquiry read selects it).
const MINIMUM_SCHEMA_VERSION: number = 5;

/**
 * The form and "My enquiries" side by side where there is room (full page, wide Teams tab), one under the other
 * in a narrow column: the officer never loses the form to follow an enquiry.
 */
const AskTpsContent: React.FC = () => {
  // The Work Types list is read the first time the officer works in the form (focus), before they open the work
  // type choice: a first-render read would add a request (a `$batch` needs a digest outside SharePoint pages).
  const { data } = useServices();
  const workTypes = useWorkTypes(data);
  const mine = useMyEnquiries(workTypes.types);
  // The TPS Resources links and the officer's flags are read the first time they work in the web part (pointer or
  // focus), not at first render: first render stays at two requests (issue 3 quality bar; bench/firstRender.ts).
  const resources = useResources(data);
  const flags = useMyFeedback();
  const readExtras = (): void => {
    resources.ensureLoaded();
    flags.ensureLoaded();
  };
  const classes = getClassNames();
  return (
    <div className={classes.columns} onFocusCapture={readExtras} onPointerEnter={readExtras}>
      <div className={classes.form} onFocusCapture={workTypes.ensureLoaded}>
        <AskTpsPosting workTypes={workTypes.types} onPosted={mine.refreshNow} resources={resources.rows} />
        <UrgentQolEntry />
      </div>
      <div className={classes.list}>
        <MyEnquiries model={mine} workTypes={workTypes.types} resources={resources.rows} flags={flags} />
      </div>
    </div>
  );
};

/** Root of the Ask TPS web part: mounted unchanged in SharePoint, Teams, the local workbench and tests. */
export const AskTps: React.FC<IAskTpsProps> = ({ services }) => (
  <WebPartShell services={services} title={strings.Title} minimumSchemaVersion={MINIMUM_SCHEMA_VERSION}>
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.Title}
      </Text>
      <AskTpsContent />
    </Stack>
  </WebPartShell>
);
