import type { IBoardFilters } from '../../model';

export interface IBoardFiltersProps {
  filters: IBoardFilters;
  onChange: (filters: IBoardFilters) => void;
  /** The person's centre name, when the roster gives one. */
  centreName: string | undefined;
}
