import type { IDirectedRow } from '../../model';

/** Props of {@link DirectedChecks}. */
export interface IDirectedChecksProps {
  /** The TPSO's directions with what is done, soonest due first. */
  rows: IDirectedRow[];
}
