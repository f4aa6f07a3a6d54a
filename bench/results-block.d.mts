/** Puts `md` into `file` as the block of `command`, in place of the block it had, else at the end. */
export function writeResultsBlock(file: string, command: string, md: string): void;
