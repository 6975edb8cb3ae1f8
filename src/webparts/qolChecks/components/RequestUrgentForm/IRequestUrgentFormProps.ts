import type { IQolResponse } from '../../../../data/stores/types';

/** Props of {@link RequestUrgentForm}. */
export interface IRequestUrgentFormProps {
  /** The request landed (the form has cleared). */
  onSent(request: IQolResponse): void;
  /** The officer closed the form. */
  onClose(): void;
}
