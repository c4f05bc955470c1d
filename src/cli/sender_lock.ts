// Locking a sender from the outpost command, through the sender-limit state
// of haraka.ini [state] (issue 12). Until that state is reachable from here,
// no lock is taken and the caller says so.
export async function lockSender(_dir: string, _identity: string, _reason: string): Promise<boolean | undefined> {
  return undefined
}
