import type { IQolDirection } from '../../../../data/stores/types';

/** Props of {@link DirectChecksForm}. */
export interface IDirectChecksFormProps {
  /** A direction landed (the form has cleared). */
  onDirected(direction: IQolDirection, tpsoName: string): void;
  /** Closed. */
  onClose(): void;
}
