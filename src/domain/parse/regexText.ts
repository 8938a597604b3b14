/** Text written into a regular expression as itself: "iOS App (2)" matches only "iOS App (2)". Pure. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
