export { BoardFilters } from './BoardFilters';
export type { IBoardFiltersProps } from './IBoardFiltersProps';
