/** Props of {@link ActionError}. */
export interface IActionErrorProps {
  /** The failure to say; nothing shows (but the alert region stays) when undefined. */
  message: string | undefined;
}
