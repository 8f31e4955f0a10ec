/** The right to probe: one monitor holds it across all replicas, the others wait to take over. */
export interface MonitorLock {
  /** Takes the lock, or keeps it when this monitor holds it already; true while it does. Called every interval. */
  acquire(): Promise<boolean>;
  /** Lets go of the lock, if held, so a waiting monitor takes over at its next turn; closes what the lock used. */
  close(): Promise<void>;
}
