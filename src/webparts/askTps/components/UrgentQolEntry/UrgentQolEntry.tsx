import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'QolChecksWebPartStrings';
import type { IQolResponse } from '../../../../data/stores/types';
import { format } from '../../../../shared/text/format';
import type { IRequestUrgentFormProps } from '../../../qolChecks/components/RequestUrgentForm/IRequestUrgentFormProps';
import type { IUrgentQolEntryProps } from './IUrgentQolEntryProps';

// The QOL web part's own form and actions, loaded on demand: nothing of them is in Ask TPS's first bundle.
const RequestUrgentForm = React.lazy(
  () =>
    import(
      /* webpackChunkName: 'qol-urgent-form' */ '../../../qolChecks/components/RequestUrgentForm/RequestUrgentForm'
    )
) as React.ComponentType<IRequestUrgentFormProps>;

/**
 * "Request an urgent QOL check" from Ask TPS (issue: "from Ask TPS or the QOL web part"): the QOL web part's form,
 * the same refusals and the same once-per-key save; the result reaches the officer in the QOL web part.
 */
export const UrgentQolEntry: React.FC<IUrgentQolEntryProps> = () => {
  const [open, setOpen] = React.useState<boolean>(false);
  const [sent, setSent] = React.useState<string>('');
  const button = React.useRef<HTMLButtonElement>(null);
  const close = (): void => {
    setOpen(false);
    window.setTimeout(() => button.current?.focus(), 0); // keyboard users land back where they were
  };
  const onSent = (r: IQolResponse): void => {
    setSent(format(strings.UrgentEntryDone, r.activityRef || ''));
    close();
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {sent && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setSent('')} role="status">
          {sent}
        </MessageBar>
      )}
      {!open && (
        <DefaultButton
          elementRef={button}
          text={strings.UrgentEntryButton}
          onClick={() => {
            setSent('');
            setOpen(true);
          }}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      )}
      {open && (
        <React.Suspense fallback={<Spinner label={strings.FormLoading} />}>
          <RequestUrgentForm onSent={onSent} onClose={close} />
        </React.Suspense>
      )}
    </Stack>
  );
};
