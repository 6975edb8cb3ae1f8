export interface IWebPartLoadingProps {
  /** The web part's code did not arrive: say so, instead of a spinner that never ends. */
  failed?: boolean;
}
