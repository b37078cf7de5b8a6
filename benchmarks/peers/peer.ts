/**
 * What bench:peers asks of every system it compares: a best guess for a query, and whether the
 * system would put that guess in place of the query by itself.
 */
export interface PeerAnswer {
  /** the system's first answer: its correction, or the query itself when it has none */
  top: string;
  /** true when the system would replace the query without asking (for peers: top ≠ query) */
  autocorrect: boolean;
}

export interface Peer {
  readonly name: string;
  /** How the peer was set up, for the report. */
  readonly about: string;
  correct(query: string): Promise<PeerAnswer>;
  close(): Promise<void>;
}
