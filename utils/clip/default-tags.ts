/**
 * Default tags: the tags the user wants on every new clip (options page), from the popup, the menu, the shortcut or
 * a link alike. Kept as the text the user typed; a re-clip of a saved article leaves its tags as the user left them.
 */

/** The typed text as tags: split at commas (either width), 、 and line breaks; blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}
