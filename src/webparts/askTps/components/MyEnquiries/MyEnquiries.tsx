import * as React from 'react';
import { Shimmer } from '@fluentui/react/lib/Shimmer';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'AskTpsWebPartStrings';
import { format } from '../../../../shared/text/format';
import { useNow } from '../../../../shared/hooks/useNow';
import { EnquiryCard } from '../EnquiryCard';
import type { IMyEnquiriesProps } from './IMyEnquiriesProps';
import { getClassNames } from './MyEnquiries.styles';

/**
 * "My enquiries": the officer's own enquiries, newest first, with status, who claimed it, how long it has
 * waited, and when answered the answer and the references given. Loading, empty and error states; status changes
 * are announced in a polite live region.
 */
export const MyEnquiries: React.FC<IMyEnquiriesProps> = ({ model, workTypes, now: fixedNow, resources, flags }) => {
  const now: Date = useNow(30000, fixedNow);
  const classes = getClassNames(useTheme());
  const headingId: string = 'ask-tps-my-enquiries';

  let body: React.ReactNode;
  if (model.load.kind === 'loading') {
    body = (
      <div role="status" aria-label={strings.MyEnquiriesLoading}>
        <Stack tokens={{ childrenGap: 12 }}>
          <Shimmer width="70%" />
          <Shimmer />
          <Shimmer width="85%" />
        </Stack>
      </div>
    );
  } else if (model.load.kind === 'failed') {
    body = (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline={true}
        delayedRender={false}
        actions={<DefaultButton onClick={model.retry} text={strings.Retry} />}
      >
        <strong>{strings.MyEnquiriesLoadFailed}</strong> {model.load.message}
      </MessageBar>
    );
  } else if (model.items.length === 0) {
    body = <Text block={true}>{strings.MyEnquiriesEmpty}</Text>;
  } else {
    body = (
      <>
        <ul className={classes.list} aria-labelledby={headingId}>
          {model.items.map((e) => (
            <li key={e.id} className={classes.item}>
              <EnquiryCard
                enquiry={e}
                workTypes={workTypes}
                now={now}
                onChanged={model.replace}
                onStale={model.refreshNow}
                resources={resources}
                flag={flags ? flags.byEnquiry[e.id] : undefined}
                onFlagged={flags ? flags.refresh : undefined}
              />
            </li>
          ))}
        </ul>
        {model.hasMore && (
          <DefaultButton
            text={model.loadingMore ? strings.LoadingMore : strings.ShowMore}
            disabled={model.loadingMore}
            onClick={model.loadMore}
          />
        )}
      </>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large" block={true} id={headingId}>
        {strings.MyEnquiriesHeading}
      </Text>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={classes.announcer}
        data-testid="my-enquiries-announcer"
      >
        {model.announcement}
      </div>
      {model.refreshError && model.load.kind === 'ready' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} delayedRender={false}>
          {format(strings.MyEnquiriesRefreshFailed, model.refreshError)}
        </MessageBar>
      )}
      {body}
    </Stack>
  );
};
