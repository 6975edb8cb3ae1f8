import type { TypedReference } from '../../../domain/references';
import type { Resource } from '../../../domain/resources';

/** Props of {@link ReferenceLinks}. */
export interface IReferenceLinksProps {
  /** Text before the links, e.g. "References given:". */
  label: string;
  /** Valid Operational Blueprint numbers (e.g. from parseReferences(text).valid). */
  numbers: ReadonlyArray<string>;
  /** Typed references (seed 002 item 1), shown after `numbers`: each a link where it has one, else its name. */
  references?: ReadonlyArray<TypedReference>;
  /** The TPS Resources rows, when read (a `Resource` reference links to its URL; before, its default name shows). */
  resources?: ReadonlyArray<Resource>;
}
