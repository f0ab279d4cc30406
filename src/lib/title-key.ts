/** A title as a key: publishers print the same title with other spacing or case, never other words. */
export const titleKey = (title: string): string => title.replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
