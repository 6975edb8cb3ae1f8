import type { OfficerStep } from '../../../../domain/escalationGuidance';
import type { Resource } from '../../../../domain/resources';

/** Props of {@link EscalatedGuidance}. */
export interface IEscalatedGuidanceProps {
  /** The steps, in order (model.escalatedSteps). */
  steps: ReadonlyArray<OfficerStep>;
  /** The TPS Resources rows, once read (each step's links). */
  resources: ReadonlyArray<Resource> | undefined;
  /** Id prefix (one card's), for the heading. */
  idPrefix: string;
}
