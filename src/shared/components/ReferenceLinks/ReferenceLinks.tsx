import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'BoutiqueSharedStrings';
import { referenceHref, referenceUrl } from '../../../domain/references';
import type { TypedReference } from '../../../domain/references';
import { resourceByKey, resourceUrl } from '../../../domain/resources';
import { format } from '../../text/format';
import type { IReferenceLinksProps } from './IReferenceLinksProps';

/**
 * References as links that open in a new tab (underlined: colour alone is not enough to tell a link in running
 * text): Operational Blueprint numbers, and typed references where a link exists (their name otherwise). Nothing
 * when there are none.
 */
export const ReferenceLinks: React.FC<IReferenceLinksProps> = ({ label, numbers, references, resources }) => {
  const typed: ReadonlyArray<TypedReference> = references || [];
  if (numbers.length === 0 && typed.length === 0) {
    return null; // eslint-disable-line @rushstack/no-new-null
  }
  const items: Array<{ key: string; text: string; href: string | undefined; ob: boolean }> = numbers
    .map((n) => ({ key: 'ob-' + n, text: n, href: referenceUrl(n), ob: true }))
    .concat(
      typed.map((r, i) => {
        const resource = r.kind === 'Resource' ? resourceByKey(r.text, resources) : undefined;
        return {
          key: 'ref-' + i,
          ob: r.kind === 'OB',
          text: resource ? resource.title : r.text,
          href: referenceHref(r, (k) => resourceUrl(resourceByKey(k, resources)))
        };
      })
    );
  return (
    <Text variant="small" block={true}>
      {label}{' '}
      {items.map((it, i) => (
        <React.Fragment key={it.key}>
          {i > 0 ? ', ' : ''}
          {it.href ? (
            <Link
              href={it.href}
              target="_blank"
              rel="noopener noreferrer"
              underline={true}
              aria-label={format(it.ob ? strings.ReferenceLinkAria : strings.ResourceLinkAria, it.text)}
            >
              {it.text}
            </Link>
          ) : (
            it.text
          )}
        </React.Fragment>
      ))}
    </Text>
  );
};
