/**
 * Folders of the site's pages that have no page of their own: a reader who trims an address
 * (…/en/cities/casablanca/ to …/en/cities/) would get the 404 page. Each gets a page that sends
 * them on to its section's page (nav-current.ts), which lists what the folder holds.
 */
export const FOLDERS = ['timeline', 'timeline/partner', 'timeline/kind', 'engagements', 'articles', 'cities', 'organisations'] as const;

export type Folder = (typeof FOLDERS)[number];

/** Whether a path below a language's root, `cities/` or `cities/jakarta/`, is one of those folders. */
export const isFolderPage = (path: string): boolean => (FOLDERS as readonly string[]).includes(path.replace(/\/$/, ''));

/**
 * The widgets' folders that hold a widget per kind or partner (embed-options.ts's `widgetPath`)
 * and none of their own: each sends a web officer who trims a widget's address to the page that
 * makes widgets.
 */
export const WIDGET_FOLDERS = ['kind', 'partner'] as const;
