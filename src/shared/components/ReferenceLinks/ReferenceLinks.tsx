import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'BoutiqueSharedStrings';
import { referenceUrl } from '../../../domain/references';
import { format } from '../../text/format';
import type { IReferenceLinksProps } from './IReferenceLinksProps';

/**
 * Operational Blueprint numbers as links that open the page in a new tab (underlined: colour alone is not enough to
 * tell a link in running text). Nothing when there are none.
 */
export const ReferenceLinks: React.FC<IReferenceLinksProps> = ({ label, numbers }) => {
  if (numbers.length === 0) {
    return null; // eslint-disable-line @rushstack/no-new-null
  }
  return (
    <Text variant="small" block={true}>
      {label}{' '}
      {numbers.map((n, i) => (
        <React.Fragment key={n}>
          {i > 0 ? ', ' : ''}
          <Link href={referenceUrl(n)} target="_blank" rel="noopener noreferrer" underline={true}
            aria-label={format(strings.ReferenceLinkAria, n)}>{n}</Link>
        </React.Fragment>
      ))}
    </Text>
  );
};
