/**
 * Whether a process still runs: a leftover file or folder named after a process id may only be removed once
 * that process is gone (the import's temporary files, the build's hidden sibling folders).
 */
export function prozessLaeuft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
