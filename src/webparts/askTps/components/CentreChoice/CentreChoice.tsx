import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AskTpsWebPartStrings';
import { CENTRE_TIME_ZONES, isCentreTimeZone } from '../../../../domain/centres';
import { format } from '../../../../shared/text/format';
import type { ICentreChoiceProps } from './ICentreChoiceProps';

const OPTIONS: IDropdownOption[] = CENTRE_TIME_ZONES.map((c) => ({ key: c.timeZone, text: c.label }));

function labelOf(timeZone: string): string {
  const c = CENTRE_TIME_ZONES.filter((z) => z.timeZone === timeZone)[0];
  return c ? c.label : timeZone;
}

/**
 * The officer's Smart Centre (BRIEF: close of business and "day" are local to it, with the ACT as its own state):
 * asked once, then shown as a line with "Change centre". Never guessed from the browser's time zone.
 */
export const CentreChoice: React.FC<ICentreChoiceProps> = ({ centre, onChoose, errorMessage, disabled }) => {
  const [changing, setChanging] = React.useState<boolean>(false);
  const dropdown = React.useRef<IDropdown | null>(null); // eslint-disable-line @rushstack/no-new-null

  React.useEffect(() => {
    if (changing && dropdown.current) {
      dropdown.current.focus();
    }
  }, [changing]);

  if (centre.source !== 'unknown' && !changing) {
    return (
      <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Text data-testid="centre-line">{format(strings.CentreIs, labelOf(centre.timeZone))}</Text>
        <ActionButton
          text={strings.CentreChange}
          iconProps={{ iconName: 'Edit' }}
          onClick={() => setChanging(true)}
          disabled={disabled}
        />
      </Stack>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Dropdown
        componentRef={dropdown}
        label={strings.CentreLabel}
        placeholder={strings.CentrePlaceholder}
        options={OPTIONS}
        selectedKey={centre.source === 'unknown' ? null : centre.timeZone} // eslint-disable-line @rushstack/no-new-null
        onChange={(_e, option) => {
          const zone: string = option ? String(option.key) : '';
          if (isCentreTimeZone(zone)) {
            onChoose(zone);
            setChanging(false);
          }
        }}
        required={true}
        disabled={disabled}
        errorMessage={errorMessage}
      />
      <Text variant="small" block={true}>
        {strings.CentreDescription}
      </Text>
    </Stack>
  );
};
