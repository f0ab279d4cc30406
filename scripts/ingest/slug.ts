import { fold } from '../../src/lib/fold.ts';

/** A URL- and file-safe id: lowercase ASCII words joined by hyphens, cut at a word boundary. */
export function slugify(text: string, max = 60): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary >= max / 2 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
