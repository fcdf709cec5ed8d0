/**
 * Why a pasted address cannot be inspected, or null when it can be sent. The server checks it again
 * (and where it leads); this only saves a round trip for the obvious mistakes.
 */
export function sourceUrlProblem(text: string): string | null {
  if (!text) return 'Paste the address of a video first.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'That is not a web address. Copy the whole address from the browser, starting with https://.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'Only web addresses (http:// or https://) can be downloaded.';
  }
  return null;
}
